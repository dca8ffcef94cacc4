//! The checked-in Unicode tables are exactly what the generator writes.

use std::path::Path;
use std::process::Command;

#[test]
fn unicode_tables_are_generated() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("tools/gen_unicode_tables.py");
    let out = match Command::new("python3").arg(&script).arg("--check").output() {
        Ok(out) => out,
        Err(e) => {
            eprintln!("skipped: python3 not runnable ({e})");
            return;
        }
    };
    // Exit status 2: not CPython 3.11, whose Unicode version the tables hold.
    if out.status.code() == Some(2) {
        eprintln!("skipped: {}", String::from_utf8_lossy(&out.stderr));
        return;
    }
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
