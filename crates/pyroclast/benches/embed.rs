//! Embedding costs, measured in process: `cargo bench -p pyroclast --bench
//! embed`. Prints the median of several rounds for each figure; nothing here
//! runs under `cargo test`.

use std::time::{Duration, Instant};

use pyroclast::{Interpreter, Pool};

/// Median of `rounds` measurements of `f`, each returning a per-item time.
fn median(rounds: usize, mut f: impl FnMut() -> Duration) -> Duration {
    let mut v: Vec<Duration> = (0..rounds).map(|_| f()).collect();
    v.sort();
    v[v.len() / 2]
}

fn interpreter_new() -> Duration {
    const N: u32 = 500;
    let start = Instant::now();
    for _ in 0..N {
        let py = Interpreter::builder().capture_output().build();
        std::hint::black_box(&py);
        // Dropping includes the teardown a host pays too.
    }
    start.elapsed() / N
}

fn host_to_python_call() -> Duration {
    const N: u32 = 200_000;
    let mut py = Interpreter::builder().capture_output().build();
    py.run("def f(x):\n    return x").expect("define f");
    let start = Instant::now();
    for i in 0..N {
        let v = py.call("f", (i64::from(i),)).expect("call");
        std::hint::black_box(v);
    }
    start.elapsed() / N
}

fn python_to_host_call() -> Duration {
    const N: u32 = 1_000_000;
    let mut py = Interpreter::builder().capture_output().build();
    py.register_fn("add", |a: i64, b: i64| a + b);
    py.run("def plain(n):\n    for i in range(n):\n        i + 1\ndef host(n):\n    for i in range(n):\n        add(i, 1)")
        .expect("define loops");
    let time = |py: &mut Interpreter, f: &str| {
        let start = Instant::now();
        py.call(f, (i64::from(N),)).expect("loop");
        start.elapsed()
    };
    let plain = time(&mut py, "plain");
    let host = time(&mut py, "host");
    host.saturating_sub(plain) / N
}

fn pool_throughput(rt: &tokio::runtime::Runtime) -> f64 {
    const N: usize = 10_000;
    let pool = Pool::new(2);
    rt.block_on(async {
        // Warm the workers up.
        pool.run("pass").await.expect("warm-up");
        let start = Instant::now();
        let runs: Vec<_> = (0..N).map(|_| pool.run("print(sum(range(100)))")).collect();
        for r in runs {
            let out = r.await.expect("script");
            assert_eq!(out.stdout, "4950\n");
        }
        N as f64 / start.elapsed().as_secs_f64()
    })
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let new = median(7, interpreter_new);
    println!(
        "Interpreter::new() + drop: {:.1} µs",
        new.as_secs_f64() * 1e6
    );
    let call = median(7, host_to_python_call);
    println!("py.call() of a trivial function: {} ns", call.as_nanos());
    let host = median(7, python_to_host_call);
    println!(
        "Python calling a host fn (over a plain loop): {} ns",
        host.as_nanos()
    );
    let mut rates: Vec<f64> = (0..5).map(|_| pool_throughput(&rt)).collect();
    rates.sort_by(f64::total_cmp);
    println!(
        "Pool (2 workers), print(sum(range(100))): {:.0} scripts/s",
        rates[rates.len() / 2]
    );
}
