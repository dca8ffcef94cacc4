//! Running many scripts at once with a [`Pool`].
//!
//! Shows how to:
//! - build a pool of worker threads whose `setup` registers host functions
//!   (plain and async) in every script's fresh interpreter,
//! - run 100 scripts concurrently from a multi-thread tokio runtime with
//!   `futures::future::join_all`, and check each one's output and value,
//! - use `run_full` to get what a failing script printed before it failed,
//!   along with the error.
//!
//! Run it with `cargo run -p pyroclast --example pool`.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use pyroclast::{Error, Pool, Value};

/// How many scripts run at once.
const SCRIPTS: usize = 100;

/// How long each script waits on its host future.
const PAUSE: Duration = Duration::from_millis(20);

/// Runs the example, checking every result it prints.
#[tokio::main]
pub async fn main() -> Result<(), Error> {
    let pool = Pool::builder()
        .workers(2)
        .setup(|py| {
            py.register_fn("square", |x: i64| x * x);
            py.register_fn("worker", || {
                std::thread::current()
                    .name()
                    .unwrap_or("unnamed")
                    .to_string()
            });
            py.register_async_fn("pause", || async {
                tokio::time::sleep(PAUSE).await;
                Ok::<_, Error>(())
            });
        })
        .build();

    // 100 scripts, each printing its own line; the last expression is the
    // script's value. Each one waits on an async host function, and the
    // waits overlap: scripts interleave on their worker.
    let start = Instant::now();
    let runs = (0..SCRIPTS).map(|i| {
        pool.run(format!(
            "await pause()\nprint('job', {i}, 'squared is', square({i}))\n({i}, worker())"
        ))
    });
    let outputs = futures::future::join_all(runs).await;
    let elapsed = start.elapsed();

    let mut workers = BTreeSet::new();
    for (i, out) in outputs.into_iter().enumerate() {
        let out = out?;
        let i = i as i64;
        assert_eq!(out.stdout, format!("job {i} squared is {}\n", i * i));
        assert_eq!(out.stderr, "");
        let (n, worker): (i64, String) = out.value.extract()?;
        assert_eq!(n, i);
        if i < 3 {
            print!("{}", out.stdout);
        }
        workers.insert(worker);
    }
    println!("... all {SCRIPTS} outputs checked");
    println!("workers used: {workers:?}");
    println!("{SCRIPTS} scripts pausing {PAUSE:?} each took {elapsed:?} in total");
    assert_eq!(workers.len(), 2);
    assert!(
        elapsed < PAUSE * SCRIPTS as u32,
        "the scripts did not overlap: {elapsed:?}"
    );

    // `run` returns `Err` for a failing script; `run_full` also returns
    // what it printed before failing.
    let outcome = pool
        .run_full("print('loading')\nprint('parsing')\nconfig = {}\nconfig['port']")
        .await;
    print!("{}", outcome.stdout);
    let err = outcome.result.unwrap_err();
    println!("{err}");
    assert_eq!(outcome.stdout, "loading\nparsing\n");
    assert_eq!(err.exception_type(), Some("KeyError"));
    assert_eq!(err.message(), "'port'");
    assert!(err.to_string().ends_with("\nKeyError: 'port'"));

    // The pool is not disturbed by a failing script.
    let out = pool.run("square(12)").await?;
    assert_eq!(out.value, Value::Int(144));
    Ok(())
}
