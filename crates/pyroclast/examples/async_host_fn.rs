//! Async Rust functions called from Python, on the host's tokio runtime.
//!
//! Shows how to:
//! - register an `async` Rust closure with `register_async_fn`, so Python
//!   code can `await fetch(url)`,
//! - run code with top-level `await` (`run_async`, `eval_async`), with
//!   `asyncio.gather` running several host futures concurrently,
//! - raise a Python exception from a host future (`Err(Error::exception(..))`
//!   caught by `except ValueError`),
//! - cancel a host future from Python: `asyncio.wait_for` timing out drops
//!   the Rust future (a drop guard records it).
//!
//! Run it with `cargo run -p pyroclast --example async_host_fn`.

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use pyroclast::{Error, Interpreter};

/// How long one `fetch` takes.
const FETCH_DELAY: Duration = Duration::from_millis(100);

/// Sets its flag when dropped: lets us see that a host future was dropped
/// (cancelled) rather than run to completion.
struct DropGuard(Rc<Cell<bool>>);

impl Drop for DropGuard {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

/// Runs the example, checking every result it prints.
#[tokio::main(flavor = "current_thread")]
pub async fn main() -> Result<(), Error> {
    let mut py = Interpreter::builder().capture_output().build();

    // An async host function: awaiting it in Python polls this future on
    // our tokio runtime.
    py.register_async_fn("fetch", |url: String| async move {
        tokio::time::sleep(FETCH_DELAY).await;
        Ok::<_, Error>(format!("data from {url}"))
    });

    // Top-level `await`, and `asyncio.gather` of four fetches: they wait
    // at the same time, so the whole run takes about one delay, not four.
    let urls = ["a", "b", "c", "d"];
    let start = Instant::now();
    py.run_async(
        r#"
import asyncio
pages = await asyncio.gather(fetch('a'), fetch('b'), fetch('c'), fetch('d'))
for page in pages:
    print(page)
"#,
    )
    .await?;
    let elapsed = start.elapsed();
    let output = py.take_output();
    print!("{output}");
    println!(
        "{} fetches of {FETCH_DELAY:?} each took {elapsed:?} in total",
        urls.len()
    );
    assert_eq!(
        output,
        "data from a\ndata from b\ndata from c\ndata from d\n"
    );
    assert!(elapsed >= FETCH_DELAY);
    assert!(
        elapsed < FETCH_DELAY * urls.len() as u32,
        "the fetches did not run concurrently: {elapsed:?}"
    );
    // The results stay in the interpreter's globals.
    let pages: Vec<String> = py.eval("pages")?.extract()?;
    assert_eq!(pages.len(), urls.len());

    // One awaited expression, its value back in Rust.
    let page: String = py.eval_async("await fetch('y')").await?.extract()?;
    println!("eval_async: {page}");
    assert_eq!(page, "data from y");

    // A host future that fails: the `Err` is raised in Python at the
    // `await`, and Python catches it.
    py.register_async_fn("lookup", |key: String| async move {
        tokio::task::yield_now().await;
        if key.is_empty() {
            Err(Error::exception("ValueError", "empty key"))
        } else {
            Ok(key.len() as i64)
        }
    });
    py.run_async(
        r#"
print('lookup:', await lookup('volcano'))
try:
    await lookup('')
except ValueError as e:
    print('caught ValueError:', e)
"#,
    )
    .await?;
    let output = py.take_output();
    print!("{output}");
    assert_eq!(output, "lookup: 7\ncaught ValueError: empty key\n");

    // Cancellation: `asyncio.wait_for` gives up after 50 ms and cancels
    // the slow fetch, which drops its Rust future (and the guard inside it)
    // before `wait_for` raises `TimeoutError`.
    let dropped = Rc::new(Cell::new(false));
    let completed = Rc::new(Cell::new(false));
    let (d, c) = (dropped.clone(), completed.clone());
    py.register_async_fn("fetch_slow", move || {
        let guard = DropGuard(d.clone());
        let completed = c.clone();
        async move {
            let _guard = guard;
            tokio::time::sleep(Duration::from_secs(10)).await;
            completed.set(true);
            Ok::<_, Error>("slow data")
        }
    });
    let flag = dropped.clone();
    py.register_fn("slow_fetch_dropped", move || flag.get());
    let start = Instant::now();
    py.run_async(
        r#"
try:
    await asyncio.wait_for(fetch_slow(), 0.05)
except TimeoutError:
    print('timed out; host future dropped:', slow_fetch_dropped())
"#,
    )
    .await?;
    let elapsed = start.elapsed();
    let output = py.take_output();
    print!("{output}");
    println!("wait_for returned after {elapsed:?}");
    assert_eq!(output, "timed out; host future dropped: True\n");
    assert!(dropped.get());
    assert!(!completed.get());
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
    Ok(())
}
