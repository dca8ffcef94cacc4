//! Resource limits: every stop is a typed error Python cannot catch, the
//! interpreter stays usable afterwards, and one interpreter's limits never
//! touch another's.

use std::time::{Duration, Instant};

use pyroclast::{Error, Interpreter, Limit, Value};

fn steps(n: u64) -> Interpreter {
    Interpreter::builder().capture_output().max_steps(n).build()
}

fn timeout(ms: u64) -> Interpreter {
    Interpreter::builder()
        .capture_output()
        .timeout(Duration::from_millis(ms))
        .build()
}

fn assert_steps_stop(r: Result<impl std::fmt::Debug, Error>, n: u64) {
    match r {
        Err(Error::Limit(Limit::Steps(k))) => assert_eq!(k, n),
        other => panic!("expected a step limit stop, got {other:?}"),
    }
}

#[test]
fn max_steps_stops_loops_of_every_kind() {
    let cases = [
        "while True:\n    pass",
        "import itertools\nx = [i for i in itertools.count()]",
        "import itertools\nx = sum(itertools.count())",
        "def f():\n    while True:\n        yield 1\nfor _ in f():\n    pass",
        "x = max(iter(int, 1))",
        "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasync def main():\n    await asyncio.gather(spin(), spin())\nasyncio.run(main())",
        "import asyncio\nasync def agen():\n    while True:\n        yield 0\nasync def main():\n    async for _ in agen():\n        pass\nasyncio.run(main())",
    ];
    for src in cases {
        let mut py = steps(50_000);
        assert_steps_stop(py.run(src), 50_000);
        // Usable again, with a fresh budget.
        assert_eq!(py.eval("sum(range(1000))").unwrap(), Value::Int(499500));
    }
}

#[test]
fn a_limit_stop_cannot_be_caught_or_suppressed() {
    let mut py = steps(20_000);
    let src = "caught = 0\nwhile True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        caught += 1\n    except:\n        caught += 1";
    assert_steps_stop(py.run(src), 20_000);
    assert_eq!(py.eval("caught").unwrap(), Value::Int(0));

    // Neither finally blocks nor __exit__ run for it (they would only run
    // more code after the budget is gone), and __exit__ cannot swallow it.
    let src = "class Swallow:\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        print('exit ran')\n        return True\nwith Swallow():\n    try:\n        while True:\n            pass\n    finally:\n        print('finally ran')";
    assert_steps_stop(py.run(src), 20_000);
    assert_eq!(py.take_output(), "");

    // In a task: gather(return_exceptions=True) does not capture it.
    let src = "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasync def main():\n    r = await asyncio.gather(spin(), return_exceptions=True)\n    print('gather returned', r)\nasyncio.run(main())";
    assert_steps_stop(py.run(src), 20_000);
    assert_eq!(py.take_output(), "");
}

#[tokio::test(flavor = "current_thread")]
async fn async_runs_are_limited_too() {
    let mut py = steps(10_000);
    let r = py
        .run_async("import asyncio\nwhile True:\n    try:\n        await asyncio.sleep(0)\n    except BaseException:\n        pass")
        .await;
    assert_steps_stop(r, 10_000);
    assert_eq!(py.eval_async("1 + 1").await.unwrap(), Value::Int(2));

    let mut py = timeout(150);
    py.register_async_fn("forever", || async {
        std::future::pending::<()>().await;
        Ok::<_, Error>(())
    });
    let start = Instant::now();
    let r = py.run_async("await forever()").await;
    assert!(matches!(r, Err(Error::Limit(Limit::Timeout(_)))), "{r:?}");
    let took = start.elapsed();
    assert!(
        took >= Duration::from_millis(150) && took < Duration::from_secs(2),
        "{took:?}"
    );
    assert_eq!(py.eval_async("2 + 2").await.unwrap(), Value::Int(4));
}

#[test]
fn timeout_stops_busy_loops_sleeps_and_waits() {
    let cases = [
        "while True:\n    pass",
        "import time\ntime.sleep(60)",
        "import asyncio\nasyncio.run(asyncio.sleep(60))",
        "import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())",
        "try:\n    while True:\n        pass\nexcept BaseException:\n    pass",
        // One `**` whose result is millions of bits, and nothing after it
        // to tick: the deadline is checked between its squarings.
        "x = 3 ** 4000000",
    ];
    for src in cases {
        let mut py = timeout(100);
        let start = Instant::now();
        let r = py.run(src);
        assert!(
            matches!(r, Err(Error::Limit(Limit::Timeout(t))) if t == Duration::from_millis(100)),
            "{src}: {r:?}"
        );
        let took = start.elapsed();
        assert!(took < Duration::from_secs(2), "{src}: took {took:?}");
        assert_eq!(
            py.eval("'still here'").unwrap(),
            Value::Str("still here".into())
        );
    }
}

#[test]
fn recursion_depth_raises_recursion_error_inside_python() {
    let mut py = Interpreter::builder()
        .capture_output()
        .max_recursion_depth(200)
        .build();
    let err = py.run("def f(n):\n    return f(n + 1)\nf(0)").unwrap_err();
    assert_eq!(err.exception_type(), Some("RecursionError"));
    assert_eq!(err.message(), "maximum recursion depth exceeded");
    py.run("import sys\nsys.setrecursionlimit(100000)\ndef depth(n):\n    try:\n        return depth(n + 1)\n    except RecursionError:\n        return n\nprint(depth(0) < 200)")
        .unwrap();
    assert_eq!(py.take_output(), "True\n");
    assert_eq!(py.eval("sys.getrecursionlimit()").unwrap(), Value::Int(200));
}

#[test]
fn memory_budget_raises_memory_error() {
    let mut py = Interpreter::builder()
        .capture_output()
        .max_memory(64 << 20)
        .build();
    for src in [
        "x = [0] * 10**9",
        "x = [0] * 10**7",
        "x = 'ab' * 10**8",
        "s = 'x' * 1000\nwhile True:\n    s = s + s",
        "l = []\nwhile True:\n    l.append(0)",
        "x = [i for i in range(10**8)]",
        "x = list(range(10**8))",
        "x = 10 ** (10**9)",
    ] {
        let err = py.run(src).unwrap_err();
        assert_eq!(err.exception_type(), Some("MemoryError"), "{src}");
        py.run("x = s = l = None").unwrap();
    }
    // Within budget, fine; and Python may catch MemoryError.
    py.run("x = [0] * 10**5\ntry:\n    y = [0] * 10**8\nexcept MemoryError:\n    print('too big')")
        .unwrap();
    assert_eq!(py.take_output(), "too big\n");
    // Live objects count: two 25 MiB bytes objects fit, a third does not ...
    py.run("x = None\na = b'a' * (25 * 2**20)\nb = b'b' * (25 * 2**20)")
        .unwrap();
    assert_eq!(
        py.run("c = b'c' * (25 * 2**20)")
            .unwrap_err()
            .exception_type(),
        Some("MemoryError")
    );
    // ... and freed ones stop counting.
    py.run("a = b = None\nc = b'c' * (25 * 2**20)").unwrap();
    // Without a budget the same list is fine.
    let mut free = Interpreter::new();
    free.run("x = [0] * 10**7").unwrap();
}

#[test]
fn limits_belong_to_one_interpreter() {
    let mut limited = steps(1_000);
    let mut free = Interpreter::builder().capture_output().build();
    assert_steps_stop(limited.run("while True:\n    pass"), 1_000);
    // The free interpreter on the same thread runs far more steps.
    assert_eq!(
        free.eval("sum(i for i in range(100000))").unwrap(),
        Value::Int(4999950000)
    );
    // A stopped interpreter does not leave the other stopped.
    assert_steps_stop(limited.run("x = [i for i in range(10**6)]"), 1_000);
    free.run("y = [i for i in range(10**5)]").unwrap();
}

#[test]
fn deep_recursion_is_safe_on_a_small_host_stack() {
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let mut py = Interpreter::builder().capture_output().build();
            py.run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(950))\nimport asyncio\nasync def g(n):\n    return 0 if n == 0 else 1 + await g(n - 1)\nprint(asyncio.run(g(900)))\ndef h():\n    return h()\ntry:\n    h()\nexcept RecursionError as e:\n    print(e)")
                .unwrap();
            py.take_output()
        })
        .unwrap();
    assert_eq!(
        worker.join().unwrap(),
        "950\n900\nmaximum recursion depth exceeded\n"
    );
}
