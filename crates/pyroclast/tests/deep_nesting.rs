//! Native operations over deeply nested data never overflow the host's
//! stack, even on a small host thread stack and with a recursion limit far
//! above the default: they finish, or raise RecursionError at the limit.
//!
//! Each script takes its structures apart level by level before it ends:
//! dropping one nested this deep still recurses (README, "Differences from
//! CPython").

use pyroclast::Interpreter;

/// Runs `src` on a thread with a small stack and returns its output.
fn run_small(src: &'static str) -> String {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
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
         \x20   try:\n        f(x)\n    except RecursionError as e:\n        print(e)\n\
         while x:\n    x = x[0]; y = y[0]\n",
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
         print(isinstance(1, u), issubclass(int, u))\n\
         while x:\n    x = x[0]; y = y[0]; t = t[0]\n\
         while u is not int:\n    u = u[0]\n",
    );
    assert_eq!(out, "100002 True False True\nTrue True\n");
}

#[test]
fn long_exception_chains_format_in_a_loop() {
    let out = run_small(
        "import traceback\ne = None\n\
         for i in range(20000):\n    x = ValueError(i)\n    x.__context__ = e\n    e = x\n\
         print(len(traceback.format_exception(e)))\n\
         x = None\n\
         while e is not None:\n    n = e.__context__; e.__context__ = None; e = n\n",
    );
    assert_eq!(out, "39999\n");
}
