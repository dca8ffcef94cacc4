//! Reference cycles do not accumulate: a program that makes a cycle on
//! every iteration peaks at about the memory of one that makes none.
//! Peak resident memory is measured with GNU time, as the benchmark tool
//! measures it.

use std::path::Path;
use std::process::Command;

/// Peak resident memory in KiB of `pyroclast -c source`, or `None` when
/// GNU time is not installed.
fn peak_kib(source: &str) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return None;
    }
    let out = Command::new(time)
        .args(["-f", "%M", env!("CARGO_BIN_EXE_pyroclast"), "-c", source])
        .output()
        .expect("the interpreter runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().expect("GNU time's report");
    Some(last.trim().parse().expect("a number of KiB"))
}

fn compare(with_cycles: &str, without: &str) {
    let (Some(cyclic), Some(flat)) = (peak_kib(with_cycles), peak_kib(without)) else {
        eprintln!("skipped: /usr/bin/time (GNU time) is not installed");
        return;
    };
    assert!(
        cyclic <= 2 * flat,
        "peak with cycles {cyclic} KiB, without {flat} KiB"
    );
}

#[test]
fn a_million_small_cycles_stay_flat() {
    compare(
        "class Node:\n    def __init__(self):\n        self.me = self\n        self.items = [self]\n\nfor _ in range(1_000_000):\n    Node()\n",
        "class Node:\n    def __init__(self):\n        self.me = None\n        self.items = [None]\n\nfor _ in range(1_000_000):\n    Node()\n",
    );
}

#[test]
fn abandoned_async_generators_stay_flat() {
    let program = |close: &str| {
        format!(
            "import asyncio\n\nasync def agen():\n    try:\n        yield 1\n        yield 2\n    finally:\n        pass\n\nasync def main():\n    for i in range(100_000):\n        await asyncio.sleep(0)\n        g = agen()\n        await g.__anext__()\n        {close}\n        try:\n            raise ValueError(i)\n        except ValueError as e:\n            err = e\n\nasyncio.run(main())\n"
        )
    };
    compare(&program("pass"), &program("await g.aclose()"));
}
