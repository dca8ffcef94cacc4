//! `Pool`: many scripts at once on worker threads, each in its own
//! interpreter, from any thread of a multi-thread host.

use std::time::Duration;

use pyroclast::{Error, Limit, Pool, Value};

fn assert_send_sync_clone<T: Send + Sync + Clone>() {}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_scripts_on_two_workers() {
    assert_send_sync_clone::<Pool>();
    let pool = Pool::new(2);
    let mut handles = Vec::new();
    for i in 0..1000u64 {
        // tokio::spawn needs the future to be Send.
        let p = pool.clone();
        handles.push(tokio::spawn(async move {
            let src = format!("n = {i}\nprint(sum(range(n)), 'from', n)\nn * 2");
            (i, p.run(src).await)
        }));
    }
    for h in handles {
        let (i, out) = h.await.unwrap();
        let out = out.unwrap();
        assert_eq!(out.stdout, format!("{} from {i}\n", (0..i).sum::<u64>()));
        assert_eq!(out.value, Value::Int(2 * i as i64));
        assert_eq!(out.stderr, "");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn scripts_are_isolated_and_get_the_setup() {
    let pool = Pool::builder()
        .workers(2)
        .setup(|py| {
            py.register_fn("double", |x: i64| x * 2);
            py.register_async_fn("later", |x: i64| async move {
                tokio::time::sleep(Duration::from_millis(5)).await;
                Ok::<_, Error>(x + 1)
            });
        })
        .build();
    let a = pool.run("x = double(21)\nprint(x)").await.unwrap();
    assert_eq!(a.stdout, "42\n");
    // A global of one script is not there for the next.
    let b = pool.run_full("print(x)").await;
    assert_eq!(b.result.unwrap_err().message(), "name 'x' is not defined");
    // Top-level await, with host futures on the worker's runtime.
    let c = pool
        .run("import asyncio\nr = await asyncio.gather(later(1), later(2))\nprint(r)")
        .await
        .unwrap();
    assert_eq!(c.stdout, "[2, 3]\n");
    // The blocking asyncio.run style works too, host futures included.
    let e = pool
        .run("import asyncio\nasync def main():\n    return await later(41)\nprint(asyncio.run(main()))")
        .await
        .unwrap();
    assert_eq!(e.stdout, "42\n");
    // Output before a failure is kept by run_full.
    let d = pool
        .run_full("print('before')\nraise ValueError('nope')")
        .await;
    assert_eq!(d.stdout, "before\n");
    let err = d.result.unwrap_err();
    assert_eq!(err.exception_type(), Some("ValueError"));
    assert!(err.to_string().ends_with("ValueError: nope"));
}

#[tokio::test(flavor = "current_thread")]
async fn pool_limits_stop_scripts_not_workers() {
    let pool = Pool::builder()
        .workers(1)
        .max_steps(10_000)
        .timeout(Duration::from_secs(5))
        .build();
    let err = pool.run("while True:\n    pass").await.unwrap_err();
    assert!(matches!(err, Error::Limit(Limit::Steps(10_000))), "{err:?}");
    let ok = pool.run("print('fine')").await.unwrap();
    assert_eq!(ok.stdout, "fine\n");
    let prog = pyroclast::Program::compile("sum(range(10))", "p.py").unwrap();
    assert_eq!(pool.run_program(&prog).await.unwrap().value, Value::Int(45));
}
