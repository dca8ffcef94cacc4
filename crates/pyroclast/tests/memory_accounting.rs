//! `max_memory` with the counting allocator installed: every byte an
//! interpreter holds is counted, small objects included, and each
//! interpreter on a thread is charged only for its own.

use pyroclast::{CountingAllocator, Interpreter};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator;

const MIB: usize = 1024 * 1024;

fn limited(bytes: usize) -> Interpreter {
    Interpreter::builder()
        .capture_output()
        .max_memory(bytes)
        .build()
}

#[test]
fn many_small_objects_raise_memory_error() {
    let mut py = limited(30 * MIB);
    let err = py
        .run("xs = []\nwhile True:\n    xs.append([len(xs), 'item'])")
        .unwrap_err();
    assert_eq!(err.exception_type(), Some("MemoryError"));
    let used = py.memory_used().unwrap();
    assert!(used > 25 * MIB, "charged {used} bytes");
    // Freed, the interpreter goes on under the same budget.
    // (The headers of freed containers stay allocated until the
    // collector next examines their generation: README, Differences.)
    py.run("del xs\nimport gc; gc.collect()\nys = [str(i) for i in range(1000)]\nprint(len(ys))")
        .unwrap();
    assert_eq!(py.take_output(), "1000\n");
    let after = py.memory_used().unwrap();
    assert!(after < used / 3, "{used} -> {after}");
}

#[test]
fn growing_dict_of_strings_and_python_can_catch_it() {
    let mut py = limited(20 * MIB);
    py.run(concat!(
        "d = {}\n",
        "try:\n",
        "    while True:\n",
        "        d[str(len(d))] = 'x' * 100\n",
        "except MemoryError:\n",
        "    n = len(d)\n",
        "    d.clear()\n",
        "    print('caught', n > 10000)\n",
    ))
    .unwrap();
    assert_eq!(py.take_output(), "caught True\n");
}

/// Found by the `eval_gen` fuzz target: a loop of a few steps whose string
/// grows fourfold each time (the repr of a tuple of itself) ran to
/// gigabytes before the every-thousand-steps check. A large allocation now
/// makes the next step check the budget.
#[test]
fn few_steps_of_huge_growth_stop_near_the_budget() {
    let mut py = limited(64 * MIB);
    let err = py
        .run(
            "a = 0
for _ in range(20):
    a = str((a, a))
",
        )
        .unwrap_err();
    assert_eq!(err.exception_type(), Some("MemoryError"));
    py.run("del a").unwrap();
    py.run("print(len(str((1, 2))))").unwrap();
    assert_eq!(py.take_output(), "6\n");
}

#[test]
fn usage_follows_what_lives() {
    let mut py = Interpreter::builder().capture_output().build();
    let before = py.memory_used().unwrap();
    py.run("xs = [[i] for i in range(100_000)]").unwrap();
    let full = py.memory_used().unwrap();
    assert!(full - before > 5 * MIB, "{before} -> {full}");
    py.run("del xs\nimport gc; gc.collect()").unwrap();
    let after = py.memory_used().unwrap();
    // What stays is the collector's own tables, sized for the peak.
    assert!(
        after < before + (full - before) / 3,
        "{before} -> {full} -> {after}"
    );
}

#[test]
fn interpreters_on_one_thread_are_charged_separately() {
    let mut a = limited(64 * MIB);
    let mut b = limited(64 * MIB);
    let b0 = b.memory_used().unwrap();
    a.run("big = ['a' * 100 for i in range(100_000)]").unwrap();
    b.run("small = list(range(10))").unwrap();
    a.run("big2 = [[i] for i in range(50_000)]").unwrap();
    assert!(a.memory_used().unwrap() > 10 * MIB);
    assert!(b.memory_used().unwrap() < b0 + MIB);
}

#[test]
fn functions_keeping_frames_with_closure_cells_are_still_collected() {
    // Methods using super() and nested functions keep their finished
    // frames, and those frames hold the closure's cells: the cycle class
    // -> method -> `__class__` cell -> class must still be found.
    let mut py = Interpreter::builder().capture_output().build();
    py.run(
        r#"
import gc
def make(n):
    class A:
        def f(self):
            return n
    class B(A):
        def f(self):
            def inner(k):
                return k + n
            return inner(super().f())
    b = B()
    return b.f() + b.f()
def rounds():
    for i in range(2000):
        make(i)
    gc.collect()
"#,
    )
    .unwrap();
    py.run("rounds()").unwrap();
    let first = py.memory_used().unwrap();
    for _ in 0..3 {
        py.run("rounds()").unwrap();
    }
    let later = py.memory_used().unwrap();
    assert!(later < first + MIB, "{first} -> {later}");
}
