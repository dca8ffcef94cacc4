//! The async embedding API on the host's tokio runtime: top-level await,
//! async host functions (errors, panics, cancellation), the stream bridge
//! both ways with backpressure and cleanup, and the session event loop.

use std::cell::{Cell, RefCell};
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures::{Stream, StreamExt};
use pyroclast::{Error, Interpreter, Value};

fn py() -> Interpreter {
    Interpreter::builder().capture_output().build()
}

fn with_fetch(py: &mut Interpreter) {
    py.register_async_fn("fetch", |url: String| async move {
        tokio::time::sleep(Duration::from_millis(10)).await;
        Ok::<_, Error>(format!("data from {url}"))
    });
}

/// Sets its flag when dropped: shows a host future or stream was dropped.
struct DropGuard(Rc<Cell<bool>>);

impl Drop for DropGuard {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn top_level_await_and_async_host_functions() {
    let mut py = py();
    with_fetch(&mut py);
    py.run_async("page = await fetch('x')").await.unwrap();
    assert_eq!(py.eval("page").unwrap(), Value::Str("data from x".into()));
    let v = py.eval_async("await fetch('y')").await.unwrap();
    assert_eq!(v, Value::Str("data from y".into()));
    // Host futures run concurrently under gather.
    let start = Instant::now();
    py.run_async("import asyncio\npages = await asyncio.gather(*[fetch(str(i)) for i in range(20)])\nprint(len(pages), pages[7])")
        .await
        .unwrap();
    assert!(
        start.elapsed() < Duration::from_millis(150),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(py.take_output(), "20 data from 7\n");
    // async for, async with and async comprehensions at top level.
    py.run_async("async def agen():\n    for i in range(3):\n        yield i\nclass CM:\n    async def __aenter__(self):\n        return 'cm'\n    async def __aexit__(self, *a):\n        print('exit')\nasync with CM() as c:\n    print(c)\nasync for i in agen():\n    print(i)\nprint([i async for i in agen()])")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "cm\nexit\n0\n1\n2\n[0, 1, 2]\n");
    // Top-level await is an error in the blocking API, as in CPython.
    let err = py.run("await fetch('z')").unwrap_err();
    assert_eq!(err.message(), "'await' outside function");
}

#[tokio::test(flavor = "current_thread")]
async fn host_future_errors_and_panics_raise_in_python() {
    let mut py = py();
    py.register_async_fn("fail", |kind: String| async move {
        tokio::task::yield_now().await;
        match kind.as_str() {
            "key" => Err(Error::exception("KeyError", "missing")),
            "panic" => panic!("async host bug"),
            _ => Ok(kind),
        }
    });
    py.run_async("try:\n    await fail('key')\nexcept KeyError as e:\n    print('caught', repr(e))\ntry:\n    await fail('panic')\nexcept RuntimeError as e:\n    print('caught', e)\nprint(await fail('ok'))")
        .await
        .unwrap();
    assert_eq!(
        py.take_output(),
        "caught KeyError('missing')\ncaught host function fail() panicked: async host bug\nok\n"
    );
    let err = py.run_async("await fail('key')").await.unwrap_err();
    assert_eq!(err.exception_type(), Some("KeyError"));
}

#[tokio::test(flavor = "current_thread")]
async fn cancelling_the_task_drops_the_host_future() {
    let dropped = Rc::new(Cell::new(false));
    let flag = dropped.clone();
    let mut py = py();
    py.register_async_fn("slow", move || {
        let guard = DropGuard(flag.clone());
        async move {
            let _guard = guard;
            tokio::time::sleep(Duration::from_secs(30)).await;
            Ok::<_, Error>(1)
        }
    });
    py.run_async("import asyncio\ntry:\n    await asyncio.wait_for(slow(), 0.02)\nexcept TimeoutError:\n    print('timed out')")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "timed out\n");
    assert!(
        dropped.get(),
        "wait_for's cancellation did not drop the host future"
    );

    dropped.set(false);
    py.run_async("t = asyncio.create_task(slow())\nawait asyncio.sleep(0.01)\nt.cancel()\ntry:\n    await t\nexcept asyncio.CancelledError:\n    print('cancelled', t.cancelled())")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "cancelled True\n");
    assert!(dropped.get(), "task.cancel() did not drop the host future");
}

#[tokio::test(flavor = "current_thread")]
async fn dropping_the_rust_future_drops_the_host_future() {
    let dropped = Rc::new(Cell::new(false));
    let flag = dropped.clone();
    let mut py = py();
    py.register_async_fn("slow", move || {
        let guard = DropGuard(flag.clone());
        async move {
            let _guard = guard;
            tokio::time::sleep(Duration::from_secs(30)).await;
            Ok::<_, Error>(1)
        }
    });
    let run = py.run_async("x = await slow()");
    let r = tokio::time::timeout(Duration::from_millis(20), run).await;
    assert!(r.is_err(), "the run should still be waiting");
    assert!(
        dropped.get(),
        "dropping the run did not drop the host future"
    );
    // The interpreter is usable afterwards.
    assert_eq!(py.eval_async("1 + 1").await.unwrap(), Value::Int(2));
}

#[tokio::test(flavor = "current_thread")]
async fn tasks_live_across_calls_on_the_session_loop() {
    let mut py = py();
    py.run_async("import asyncio\nlog = []\nasync def worker():\n    for i in range(3):\n        log.append(i)\n        await asyncio.sleep(0)\n    return 'done'\nt = asyncio.create_task(worker())\nawait asyncio.sleep(0)")
        .await
        .unwrap();
    // As CPython's run_until_complete: the iteration that sees the call's
    // code finish still runs, so the worker took one more step.
    assert_eq!(py.eval("log").unwrap().to_string(), "[0, 1]");
    assert_eq!(
        py.eval_async("await t").await.unwrap(),
        Value::Str("done".into())
    );
    assert_eq!(py.eval("log").unwrap().to_string(), "[0, 1, 2]");
    // asyncio.run works at the top level of the input, as in a script
    // (the session loop waits meanwhile), even after a top-level await ...
    py.run_async("async def main():\n    await asyncio.sleep(0.001)\n    return 5\nprint(asyncio.run(main()))")
        .await
        .unwrap();
    py.run_async("await asyncio.sleep(0)\ndef go():\n    return asyncio.run(main())\nprint(go())")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "5\n5\n");
    // ... but not inside a coroutine, as in CPython.
    let err = py
        .run_async("async def outer():\n    return asyncio.run(main())\nawait outer()")
        .await
        .unwrap_err();
    assert_eq!(
        err.message(),
        "asyncio.run() cannot be called from a running event loop"
    );
    // A background task still runs after the nested loop is done.
    py.run_async("t = asyncio.create_task(asyncio.sleep(0.001, 'bg'))\nprint(asyncio.run(main()))\nprint(await t)")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "5\nbg\n");
}

#[tokio::test(flavor = "current_thread")]
async fn python_async_iterables_stream_into_rust() {
    let mut py = py();
    py.run("async def agen(n):\n    try:\n        for i in range(n):\n            yield i * i\n    finally:\n        print('finally ran')")
        .unwrap();
    let mut stream = py.stream_async("agen(4)").await.unwrap();
    let mut got = Vec::new();
    while let Some(item) = stream.next().await {
        got.push(item.unwrap().extract::<i64>().unwrap());
    }
    drop(stream);
    assert_eq!(got, [0, 1, 4, 9]);
    assert_eq!(py.take_output(), "finally ran\n");

    // Dropping the stream early closes the generator: its finally runs.
    let mut stream = py.stream_async("agen(100)").await.unwrap();
    assert_eq!(stream.next().await.unwrap().unwrap(), Value::Int(0));
    assert_eq!(stream.next().await.unwrap().unwrap(), Value::Int(1));
    drop(stream);
    assert_eq!(py.take_output(), "finally ran\n");

    // close() does the same on the runtime.
    let mut stream = py.stream_async("agen(100)").await.unwrap();
    stream.next().await.unwrap().unwrap();
    stream.close().await.unwrap();
    assert_eq!(py.take_output(), "finally ran\n");

    // Any object with __aiter__ works; an error ends the stream.
    py.run("class Countdown:\n    def __init__(self, n):\n        self.n = n\n    def __aiter__(self):\n        return self\n    async def __anext__(self):\n        if self.n == 0:\n            raise ValueError('boom')\n        self.n -= 1\n        return self.n")
        .unwrap();
    let items: Vec<Result<Value, Error>> = py
        .stream_async("Countdown(2)")
        .await
        .unwrap()
        .collect()
        .await;
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().unwrap(), &Value::Int(1));
    assert_eq!(items[1].as_ref().unwrap(), &Value::Int(0));
    assert_eq!(
        items[2].as_ref().unwrap_err().exception_type(),
        Some("ValueError")
    );
    // Not an async iterable: a TypeError worded as CPython's async for.
    let err = py.stream_async("[1, 2]").await.err().unwrap();
    assert_eq!(
        err.message(),
        "'async for' requires an object with __aiter__ method, got list"
    );
}

/// A Rust stream that counts how many items were pulled from it and flags
/// when it is dropped.
struct Counted {
    next: i64,
    pulled: Arc<AtomicUsize>,
    dropped: Arc<AtomicBool>,
}

impl Stream for Counted {
    type Item = i64;
    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<i64>> {
        self.pulled.fetch_add(1, Ordering::SeqCst);
        self.next += 1;
        Poll::Ready(Some(self.next))
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.dropped.store(true, Ordering::SeqCst);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn rust_streams_are_python_async_iterables_with_backpressure() {
    let mut py = py();
    py.set_global("ticks", Value::from_stream(futures::stream::iter(0..3)))
        .unwrap();
    py.run_async("async for t in ticks:\n    print(t)")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "0\n1\n2\n");

    // An endless stream: Python pulls exactly what it asks for, and `break`
    // drops the stream.
    let pulled = Arc::new(AtomicUsize::new(0));
    let dropped = Arc::new(AtomicBool::new(false));
    let counted = Counted {
        next: 0,
        pulled: pulled.clone(),
        dropped: dropped.clone(),
    };
    py.set_global("numbers", Value::from_stream(counted))
        .unwrap();
    py.run_async("seen = []\nasync for n in numbers:\n    seen.append(n)\n    if len(seen) == 3:\n        break\nprint(seen)")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "[1, 2, 3]\n");
    assert_eq!(pulled.load(Ordering::SeqCst), 3, "read ahead of Python");
    assert!(
        dropped.load(Ordering::SeqCst),
        "break did not drop the stream"
    );

    // aclose() drops it too; anext() pulls one item at a time.
    let pulled = Arc::new(AtomicUsize::new(0));
    let dropped = Arc::new(AtomicBool::new(false));
    let counted = Counted {
        next: 10,
        pulled: pulled.clone(),
        dropped: dropped.clone(),
    };
    py.set_global("more", Value::from_stream(counted)).unwrap();
    py.run_async("it = aiter(more)\nprint(await anext(it), await anext(it))\nawait it.aclose()")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "11 12\n");
    assert_eq!(pulled.load(Ordering::SeqCst), 2);
    assert!(
        dropped.load(Ordering::SeqCst),
        "aclose() did not drop the stream"
    );

    // Errors in a fallible stream are raised at the pull.
    let items = futures::stream::iter(vec![Ok(1), Err(Error::exception("OSError", "link down"))]);
    py.set_global("flaky", Value::from_try_stream(items))
        .unwrap();
    py.run_async("try:\n    async for x in flaky:\n        print('got', x)\nexcept OSError as e:\n    print('error', e)")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "got 1\nerror link down\n");

    // A stream that waits on the host runtime.
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel::<String>();
    let rx_stream =
        futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|v| (v, rx)) });
    py.set_global("messages", Value::from_stream(rx_stream))
        .unwrap();
    tokio::spawn(async move {
        for m in ["a", "b"] {
            tokio::time::sleep(Duration::from_millis(5)).await;
            let _ = tx.send(m.to_string());
        }
    });
    py.run_async("print([m async for m in messages])")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "['a', 'b']\n");
}

#[tokio::test(flavor = "current_thread")]
async fn virtual_time_jumps_but_waits_for_host_work() {
    let mut py = Interpreter::builder()
        .capture_output()
        .virtual_time(true)
        .build();
    with_fetch(&mut py);
    let start = Instant::now();
    py.run_async("import asyncio, time\nt0 = time.monotonic()\nawait asyncio.sleep(3600)\nprint(round(time.monotonic() - t0))\nprint(await asyncio.wait_for(fetch('v'), 1.0))")
        .await
        .unwrap();
    assert_eq!(py.take_output(), "3600\ndata from v\n");
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[tokio::test(flavor = "current_thread")]
async fn interpreters_on_one_thread_run_concurrently_and_independently() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let outputs = Rc::new(RefCell::new(Vec::new()));
            let mut handles = Vec::new();
            for i in 0..5 {
                let outputs = outputs.clone();
                handles.push(tokio::task::spawn_local(async move {
                    let mut py = py();
                    with_fetch(&mut py);
                    py.set_global("i", i).unwrap();
                    py.run_async("import asyncio\nfor k in range(3):\n    await fetch(str(k))\n    print(i, k)")
                        .await
                        .unwrap();
                    outputs.borrow_mut().push(py.take_output());
                }));
            }
            for h in handles {
                h.await.unwrap();
            }
            let mut outs = outputs.borrow().clone();
            outs.sort();
            let expected: Vec<String> = (0..5)
                .map(|i| (0..3).map(|k| format!("{i} {k}\n")).collect())
                .collect();
            assert_eq!(outs, expected);
        })
        .await;
}

#[test]
fn a_blocking_run_outside_any_runtime_can_await_host_futures() {
    let mut py = py();
    with_fetch(&mut py);
    py.run("import asyncio\nasync def main():\n    return await asyncio.gather(fetch('a'), fetch('b'))\nprint(asyncio.run(main()))")
        .unwrap();
    assert_eq!(py.take_output(), "['data from a', 'data from b']\n");
}

#[tokio::test(flavor = "current_thread")]
async fn a_blocking_run_on_a_current_thread_runtime_says_to_use_run_async() {
    let mut py = py();
    with_fetch(&mut py);
    let err = py
        .run("import asyncio\nasync def main():\n    return await fetch('a')\nasyncio.run(main())")
        .unwrap_err();
    assert_eq!(err.exception_type(), Some("RuntimeError"));
    assert_eq!(
        err.message(),
        "cannot await host function fetch() from a blocking run on a current-thread tokio runtime; use run_async()"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocking_run_on_a_multi_thread_runtime_can_await_host_futures() {
    let mut py = py();
    with_fetch(&mut py);
    py.run("import asyncio\nasync def main():\n    return await fetch('m')\nprint(asyncio.run(main()))")
        .unwrap();
    assert_eq!(py.take_output(), "data from m\n");
}

#[test]
fn a_blocking_run_inside_a_multi_thread_runtimes_block_on_can_await_host_futures() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let out = rt.block_on(async {
        let mut py = py();
        with_fetch(&mut py);
        py.run("import asyncio\nasync def main():\n    return await fetch('b')\nprint(asyncio.run(main()))")
            .unwrap();
        py.take_output()
    });
    assert_eq!(out, "data from b\n");
}
