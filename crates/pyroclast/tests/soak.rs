//! Soak: 10,000 runs of corpus scripts through `Pool`s with random limits.
//! Every outcome is checked: a run ends with CPython's output (the case's
//! `.out`, and its `.err` line for scripts that fail), or is stopped by a
//! limit; nothing panics, and the process's memory stays flat.

use std::path::{Path, PathBuf};
use std::time::Duration;

use pyroclast::{Error, Pool};

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

struct Case {
    path: PathBuf,
    source: String,
    stdout: String,
    /// The last stderr line, for scripts that fail.
    err: Option<String>,
}

fn corpus() -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance");
    let mut out = Vec::new();
    for dir in std::fs::read_dir(&root).unwrap().flatten() {
        let name = dir.file_name().to_string_lossy().into_owned();
        // Cases that need files beside them or a folder to import from.
        if !dir.path().is_dir() || matches!(name.as_str(), "imports" | "files" | "tutorial") {
            continue;
        }
        for f in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let p = f.path();
            let source = std::fs::read_to_string(&p).unwrap_or_default();
            // The collector's registry is per thread, shared by the
            // interpreters a worker runs in turn: another script's
            // leftover cycles change `gc.collect()`'s count and when
            // collections (and `__del__`) happen (README, Differences).
            let gc_dependent = ["gc", "weakref", "__del__"]
                .iter()
                .any(|w| source.contains(w));
            if p.extension().is_some_and(|e| e == "py")
                && !gc_dependent
                && let Ok(stdout) = std::fs::read_to_string(p.with_extension("out"))
            {
                out.push(Case {
                    source,
                    err: std::fs::read_to_string(p.with_extension("err"))
                        .ok()
                        .map(|e| e.trim_end().to_string()),
                    stdout,
                    path: p,
                });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// True when `outcome` is what CPython produced for `case`, or a limit
/// stopped it.
fn acceptable(case: &Case, stdout: &str, result: &Result<(), Error>) -> bool {
    match result {
        Err(Error::Limit(_)) => true,
        Ok(()) => case.err.is_none() && stdout == case.stdout,
        Err(e) => {
            let shown = e.to_string();
            let last = shown.trim_end().lines().last().unwrap_or("").to_string();
            case.err.as_deref() == Some(last.as_str()) && stdout == case.stdout
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_runs_with_random_limits() {
    let cases = corpus();
    assert!(cases.len() > 300, "corpus not found");
    // Calibration: the scripts whose output in a pool without limits is
    // CPython's (most; the others depend on the real clock or the CLI).
    let free = Pool::builder().workers(2).virtual_time(true).build();
    let mut good = Vec::new();
    for case in cases {
        let o = free.run_full(case.source.clone()).await;
        let r = o.result.as_ref().map(|_| ()).map_err(Clone::clone);
        if acceptable(&case, &o.stdout, &r) && r.is_ok() == case.err.is_none() {
            good.push(case);
        }
    }
    assert!(
        good.len() > 300,
        "only {} cases run cleanly in a pool",
        good.len()
    );

    let mut rng = Rng(0x50a1_0001);
    let mut baseline = 0;
    let mut stopped = 0;
    const ROUNDS: usize = 10;
    const PER_ROUND: usize = 1000;
    for round in 0..ROUNDS {
        // A pool per round, with random step and time limits (stops no
        // Python code can catch, so a run either finishes as CPython's
        // or is stopped).
        let pool = Pool::builder()
            .workers(2)
            .virtual_time(true)
            .max_steps(1_000 + rng.below(200_000))
            .timeout(Duration::from_millis(50 + rng.below(2_000)))
            .build();
        let mut pending = Vec::with_capacity(PER_ROUND);
        for _ in 0..PER_ROUND {
            let i = rng.below(good.len() as u64) as usize;
            pending.push((i, pool.run_full(good[i].source.clone())));
        }
        for (i, fut) in pending {
            let o = fut.await;
            let r = o.result.as_ref().map(|_| ()).map_err(Clone::clone);
            if matches!(r, Err(Error::Limit(_))) {
                stopped += 1;
            }
            assert!(
                acceptable(&good[i], &o.stdout, &r),
                "{}: {:?}\n{}",
                good[i].path.display(),
                r.err(),
                o.stdout
            );
        }
        drop(pool);
        if round == 1 {
            baseline = rss_kib();
        }
    }
    let end = rss_kib();
    assert!(
        stopped > 0 && stopped < ROUNDS * PER_ROUND,
        "{stopped} stopped"
    );
    // Flat after warm-up: no growth beyond allocator noise.
    assert!(
        end < baseline + baseline / 2 + 32 * 1024,
        "RSS grew from {baseline} KiB to {end} KiB"
    );
}
