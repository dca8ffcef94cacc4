//! An embedding host that makes and drops interpreters does not grow:
//! every interpreter frees what it allocated when dropped, cycles included.

use pyroclast::Interpreter;

/// Resident memory of this process in KiB (Linux), `None` elsewhere.
fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn make_and_drop(n: usize) {
    for i in 0..n {
        let mut py = Interpreter::builder().capture_output().build();
        py.run(
            "class Node:\n    def __init__(self, prev):\n        self.prev = prev\n        self.me = self\n\nprev = None\nfor _ in range(20):\n    prev = Node(prev)\nitems = [prev]\nitems.append(items)\nd = {'d': None}\nd['d'] = d\ndef f():\n    return f\n",
        )
        .unwrap_or_else(|e| panic!("run {i}: {e}"));
    }
}

#[test]
fn ten_thousand_interpreters_with_cycles_free_their_memory() {
    make_and_drop(1_000);
    let Some(warm) = rss_kib() else {
        eprintln!("skipped: no /proc/self/status");
        return;
    };
    make_and_drop(9_000);
    let end = rss_kib().expect("VmRSS");
    // 9,000 interpreters that each leaked their cycles would hold tens of
    // megabytes; allow allocator noise.
    assert!(
        end <= warm + 4 * 1024,
        "resident memory grew from {warm} KiB to {end} KiB"
    );
}
