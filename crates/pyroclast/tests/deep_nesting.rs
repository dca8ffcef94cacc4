//! Native operations over deeply nested data never overflow the host's
//! stack, even on a small host thread stack and with a recursion limit far
//! above the default: they finish, or raise RecursionError at the limit.
//!
//! Freeing such structures does not recurse either: containers drop their
//! contents through the trashcan (`object/trashcan.rs`).

use pyroclast::Interpreter;

/// Runs `src` on a thread with a small stack and returns its output.
fn run_small(src: &'static str) -> String {
    run_on_stack(256 * 1024, src)
}

/// Runs `src` on a thread with a `stack`-byte stack and returns its output.
fn run_on_stack(stack: usize, src: &'static str) -> String {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let mut py = Interpreter::builder().capture_output().build();
            py.run(src).unwrap();
            py.take_output()
        })
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn repr_and_compare_hit_the_limit() {
    let out = run_small(
        "x = []; y = []\n\
         for _ in range(100000):\n    x = [x]; y = [y]\n\
         for f in (repr, str, lambda v: v == y, lambda v: v < y, lambda v: v in [y]):\n\
         \x20   try:\n        f(x)\n    except RecursionError as e:\n        print(e)\n",
    );
    assert_eq!(
        out,
        "maximum recursion depth exceeded while getting the repr of an object\n".repeat(2)
            + &"maximum recursion depth exceeded in comparison\n".repeat(3)
    );
}

#[test]
fn a_high_limit_grows_the_stack_instead_of_overflowing() {
    let out = run_small(
        "import sys\nsys.setrecursionlimit(200000)\n\
         x = []; y = []; t = ()\n\
         for _ in range(50000):\n    x = [x]; y = [y]; t = (t,)\n\
         print(len(repr(x)), x == y, x < y, hash(t) == hash(t))\n\
         u = int\nfor _ in range(50000):\n    u = (u,)\n\
         print(isinstance(1, u), issubclass(int, u))\n",
    );
    assert_eq!(out, "100002 True False True\nTrue True\n");
}

#[test]
fn long_exception_chains_format_in_a_loop() {
    let out = run_small(
        "import traceback\ne = None\n\
         for i in range(20000):\n    x = ValueError(i)\n    x.__context__ = e\n    e = x\n\
         print(len(traceback.format_exception(e)))\n",
    );
    assert_eq!(out, "39999\n");
}

#[test]
fn deep_structures_free_on_a_one_mib_stack() {
    // 100,000 levels of each: without the trashcan, freeing any of them
    // recursed once per level in Rust's drop glue and overflowed this
    // stack (an embedder's ordinary thread).
    let out = run_on_stack(
        1 << 20,
        "import gc\ngc.disable()\n\
         N = 100000\n\
         x = []\nfor _ in range(N):\n    x = [x]\ndel x\nprint('list')\n\
         t = ()\nfor _ in range(N):\n    t = (t,)\ndel t\nprint('tuple')\n\
         d = {}\nfor _ in range(N):\n    d = {0: d}\ndel d\nprint('dict')\n\
         s = frozenset()\nfor _ in range(300):\n    s = frozenset([s])\ndel s\nprint('frozenset')\n\
         class Node:\n    def m(self):\n        pass\n\
         o = None\nfor _ in range(N):\n    n = Node(); n.next = o; o = n\ndel o, n\nprint('instances')\n\
         m = Node().m\nfor _ in range(N):\n    m = m.__func__.__get__(m)\ndel m\nprint('methods')\n\
         def wrap(f):\n    def inner():\n        return f\n    return inner\n\
         c = None\nfor _ in range(N):\n    c = wrap(c)\ndel c\nprint('closures')\n\
         g = iter(())\nfor _ in range(N):\n    g = (v for v in g)\ndel g\nprint('generators')\n\
         i = iter(())\nfor k in range(N):\n    i = (map, filter, zip, enumerate, iter)[k % 5](*((None, i) if k % 5 < 2 else (i,)))\n\
         del i\nprint('iterators')\n\
         e = None\nfor i in range(N):\n    x = ValueError(i); x.__context__ = e; e = x\ndel e, x\nprint('exceptions')\n\
         gc.enable()\nfirst = l = []\nfor _ in range(N // 10):\n    l = [(l, {0: Node()})]\nfirst.append(l)\ndel first, l\n\
         print('collected', gc.collect() >= N // 10)\n",
    );
    assert_eq!(
        out,
        "list\ntuple\ndict\nfrozenset\ninstances\nmethods\nclosures\ngenerators\n\
         iterators\nexceptions\ncollected True\n"
    );
}
