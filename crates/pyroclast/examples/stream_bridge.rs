//! Streams across the boundary, both ways.
//!
//! Shows how to:
//! - hand a Rust `Stream` to Python with `Value::from_stream`, where it is
//!   an async iterable consumed with `async for`,
//! - rely on backpressure: Python pulls one item per iteration and nothing
//!   is read ahead, so breaking out of the loop after 3 items means exactly
//!   3 items were pulled from the Rust stream (which is then dropped),
//! - take a Python async generator into Rust with `stream_async`, read a
//!   few items with `StreamExt::next`, and stop early: dropping the stream
//!   closes the generator, so its `finally:` block runs.
//!
//! Run it with `cargo run -p pyroclast --example stream_bridge`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use futures::StreamExt;
use pyroclast::{Error, Interpreter, Value};

/// The state of an endless stream of sensor readings: counts the readings
/// pulled from it, and records when it is dropped.
struct Sensor {
    next: i64,
    pulled: Arc<AtomicUsize>,
    dropped: Arc<AtomicBool>,
}

impl Drop for Sensor {
    fn drop(&mut self) {
        self.dropped.store(true, Ordering::SeqCst);
    }
}

/// Runs the example, checking every result it prints.
#[tokio::main(flavor = "current_thread")]
pub async fn main() -> Result<(), Error> {
    let mut py = Interpreter::builder().capture_output().build();

    // Rust -> Python: a stream becomes an async iterable.
    py.set_global("numbers", Value::from_stream(futures::stream::iter(0..5)))?;
    py.run_async(
        r#"
total = 0
async for n in numbers:
    print('got', n)
    total += n
print('total', total)
"#,
    )
    .await?;
    let output = py.take_output();
    print!("{output}");
    assert_eq!(output, "got 0\ngot 1\ngot 2\ngot 3\ngot 4\ntotal 10\n");

    // Backpressure: an endless stream, read only as far as Python asks.
    let pulled = Arc::new(AtomicUsize::new(0));
    let dropped = Arc::new(AtomicBool::new(false));
    let sensor = Sensor {
        next: 0,
        pulled: pulled.clone(),
        dropped: dropped.clone(),
    };
    let readings = futures::stream::unfold(sensor, |mut s| async move {
        s.pulled.fetch_add(1, Ordering::SeqCst);
        let reading = s.next * 10;
        s.next += 1;
        Some((reading, s))
    });
    py.set_global("readings", Value::from_stream(readings))?;
    py.run_async(
        r#"
seen = 0
async for r in readings:
    print('reading', r)
    seen += 1
    if seen == 3:
        break
"#,
    )
    .await?;
    let output = py.take_output();
    print!("{output}");
    println!(
        "items pulled from the Rust stream: {}; stream dropped: {}",
        pulled.load(Ordering::SeqCst),
        dropped.load(Ordering::SeqCst)
    );
    assert_eq!(output, "reading 0\nreading 10\nreading 20\n");
    assert_eq!(pulled.load(Ordering::SeqCst), 3);
    assert!(dropped.load(Ordering::SeqCst));

    // Python -> Rust: an async generator as a Rust `Stream`.
    py.run(
        r#"
async def agen(n):
    try:
        for i in range(n):
            print('yield', i)
            yield i * i
    finally:
        print('cleanup')
"#,
    )?;
    let mut stream = py.stream_async("agen(10)").await?;
    let mut got = Vec::new();
    while let Some(item) = stream.next().await {
        got.push(item?.extract::<i64>()?);
        if got.len() == 3 {
            break;
        }
    }
    // Stopping early: dropping the stream closes the generator, running
    // its `finally:` block before `drop` returns.
    drop(stream);
    let output = py.take_output();
    println!("first items from agen(10): {got:?}");
    print!("{output}");
    assert_eq!(got, [0, 1, 4]);
    assert_eq!(output, "yield 0\nyield 1\nyield 2\ncleanup\n");

    // Read to the end, the generator finishes by itself.
    let all: Vec<i64> = py
        .stream_async("agen(4)")
        .await?
        .map(|item| item.and_then(Value::extract::<i64>))
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<Result<_, _>>()?;
    let output = py.take_output();
    println!("all of agen(4): {all:?}");
    print!("{output}");
    assert_eq!(all, [0, 1, 4, 9]);
    assert_eq!(output, "yield 0\nyield 1\nyield 2\nyield 3\ncleanup\n");
    Ok(())
}
