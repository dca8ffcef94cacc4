//! `scripts/` holds the tutorial's scripts, the files a reader runs with
//! `pyroclast scripts/X.py`; the conformance harness runs the same files
//! from `tests/conformance/tutorial/` beside their expected output. The two
//! copies must not drift apart.

use std::path::Path;

#[test]
fn scripts_are_the_tutorial_conformance_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut names: Vec<_> = std::fs::read_dir(root.join("scripts"))
        .expect("scripts/ exists")
        .map(|e| e.expect("readable entry").file_name())
        .collect();
    names.sort();
    assert!(!names.is_empty(), "scripts/ is empty");
    for name in names {
        let script = std::fs::read(root.join("scripts").join(&name)).expect("readable script");
        let case = root.join("tests/conformance/tutorial").join(&name);
        let copy = std::fs::read(&case)
            .unwrap_or_else(|_| panic!("{} has no conformance case", name.to_string_lossy()));
        assert!(
            script == copy,
            "scripts/{0} differs from tests/conformance/tutorial/{0}",
            name.to_string_lossy()
        );
    }
}
