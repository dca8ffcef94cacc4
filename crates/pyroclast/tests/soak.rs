//! Soak: 10,000 runs of corpus scripts through `Pool`s with random limits.
//! Every outcome is checked: a run ends with CPython's output (the case's
//! `.out`, and its `.err` line for scripts that fail), or is stopped by a
//! limit; nothing panics, and the process's memory stays flat: the live
//! bytes the allocator holds (exact, unlike RSS, which glibc's per-thread
//! arenas inflate as pools come and go) return to the same level.

// Implementing `GlobalAlloc` needs `unsafe`; each call forwards unchanged.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Duration;

use pyroclast::{Error, Pool};

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

/// The allocator the CLI installs (so `max_memory` counts every byte),
/// plus a process-wide count of live bytes.
struct Tracking;

static LIVE: AtomicIsize = AtomicIsize::new(0);
static INNER: pyroclast::CountingAllocator = pyroclast::CountingAllocator;

// SAFETY: every method forwards to the counting allocator unchanged.
unsafe impl GlobalAlloc for Tracking {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { INNER.alloc(layout) };
        if !p.is_null() {
            LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { INNER.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { INNER.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_add(
                new_size as isize - layout.size() as isize,
                Ordering::Relaxed,
            );
        }
        p
    }
}

#[global_allocator]
static ALLOC: Tracking = Tracking;

fn live_kib() -> isize {
    LIVE.load(Ordering::Relaxed) / 1024
}

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
/// stopped it: an uncatchable stop anywhere, or (`catchable`, for rounds
/// with memory and recursion limits) the `MemoryError` or `RecursionError`
/// those raise ending the script after a prefix of CPython's output.
fn acceptable(
    case: &Case,
    stdout: &str,
    stderr: &str,
    result: &Result<(), Error>,
    catchable: bool,
) -> bool {
    // A limit that strikes in a callback the loop runs is logged to stderr
    // and the program goes on without what the callback would have done
    // (CPython does the same), so its output may differ from there on.
    if catchable
        && ["MemoryError", "RecursionError"]
            .iter()
            .any(|e| stderr.contains(e))
    {
        return true;
    }
    match result {
        Err(Error::Limit(_)) => true,
        Err(e)
            if catchable
                && matches!(e.exception_type(), Some("MemoryError" | "RecursionError"))
                && lines_from(stdout, &case.stdout) =>
        {
            true
        }
        Ok(()) => case.err.is_none() && stdout == case.stdout,
        Err(e) => {
            let shown = e.to_string();
            let last = shown.trim_end().lines().last().unwrap_or("").to_string();
            case.err.as_deref() == Some(last.as_str()) && stdout == case.stdout
        }
    }
}

/// Every line of `stdout` is a line CPython printed: a limit error cuts
/// the run short, and cleanup code (`finally` blocks, finalizers of
/// abandoned generators) may print its lines earlier than CPython's run did.
fn lines_from(stdout: &str, expected: &str) -> bool {
    let known: std::collections::HashSet<&str> = expected.lines().collect();
    stdout.lines().all(|l| known.contains(l))
}

/// True when a script has a handler for every exception.
fn catches_all(source: &str) -> bool {
    ["except:", "except Exception", "except BaseException"]
        .iter()
        .any(|h| source.contains(h))
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
        if acceptable(&case, &o.stdout, &o.stderr, &r, false) && r.is_ok() == case.err.is_none() {
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
    let mut baseline_live = 0;
    let mut stopped = 0;
    const ROUNDS: usize = 10;
    const PER_ROUND: usize = 1000;
    for round in 0..ROUNDS {
        // A pool per round, with random step and time limits (stops no
        // Python code can catch, so a run either finishes as CPython's
        // or is stopped); every other round also with random memory and
        // recursion limits, which raise catchable errors.
        let catchable = round % 2 == 1;
        let mut builder = Pool::builder()
            .workers(2)
            .virtual_time(true)
            .max_steps(1_000 + rng.below(200_000))
            .timeout(Duration::from_millis(50 + rng.below(2_000)));
        if catchable {
            builder = builder
                .max_memory(256 * 1024 + rng.below(16 << 20) as usize)
                .max_recursion_depth(20 + rng.below(1_000) as u32);
        }
        let pool = builder.build();
        let mut pending = Vec::with_capacity(PER_ROUND);
        for _ in 0..PER_ROUND {
            let mut i = rng.below(good.len() as u64) as usize;
            // A host's recursion limit is what `sys.getrecursionlimit()`
            // reports, by design. A script that catches RecursionError or
            // MemoryError, or any exception, prints where the limit struck
            // (`extra_modules/mock_autospec.py` did, drawn under a limit
            // below its need): its output differs from CPython's by design.
            while catchable
                && (["recursionlimit", "RecursionError", "MemoryError"]
                    .iter()
                    .any(|s| good[i].source.contains(s))
                    || catches_all(&good[i].source))
            {
                i = rng.below(good.len() as u64) as usize;
            }
            pending.push((i, pool.run_full(good[i].source.clone())));
        }
        for (i, fut) in pending {
            let o = fut.await;
            let r = o.result.as_ref().map(|_| ()).map_err(Clone::clone);
            if matches!(r, Err(Error::Limit(_))) {
                stopped += 1;
            }
            assert!(
                acceptable(&good[i], &o.stdout, &o.stderr, &r, catchable),
                "{}: {:?}\n{}",
                good[i].path.display(),
                r.err(),
                o.stdout
            );
        }
        drop(pool);
        // The workers end once their queue closes.
        tokio::time::sleep(Duration::from_millis(200)).await;
        eprintln!(
            "round {round} catchable={catchable} rss={} live={}",
            rss_kib(),
            live_kib()
        );
        if round == 1 {
            baseline = rss_kib();
            baseline_live = live_kib();
        }
    }
    let end = rss_kib();
    let end_live = live_kib();
    assert!(
        stopped > 0 && stopped < ROUNDS * PER_ROUND,
        "{stopped} stopped"
    );
    // Flat after warm-up: the bytes the allocator holds come back to the
    // same level (8,000 runs leaking even 130 bytes each would fail), and
    // RSS does not grow beyond what glibc's arenas keep.
    assert!(
        end_live < baseline_live + 1024,
        "live bytes grew from {baseline_live} KiB to {end_live} KiB"
    );
    assert!(
        end < baseline + baseline / 2 + 32 * 1024,
        "RSS grew from {baseline} KiB to {end} KiB"
    );
}
