//! The runtime's layers, checked: every `crate::...` path a source file
//! names must belong to its own layer or one below it.
//!
//! ```text
//! interp     bootstrap: builds an interpreter, installs everything
//! stdlib     modules (asyncio, collections, math, ...)
//! builtins   the builtins namespace
//! eval       the sync evaluator and its async mirror
//! protocol   operators, attributes, iteration, awaiting, builtin types
//! object     values, class model, dict, set table, interpreter state
//! ```
//!
//! Calls that must go upward (running a Python function from a dict
//! probe's `__eq__`, finalizing an async generator on the running loop) go
//! through hooks the upper layer installs, never through a path.

use std::path::{Path, PathBuf};

/// Layers, lowest first, by their folder (or file) under `src/`.
const LAYERS: &[&str] = &["object", "protocol", "eval", "builtins", "stdlib", "interp"];

/// Items `lib.rs` re-exports at the crate root, and the layer defining them.
const ROOT_ITEMS: &[(&str, &str)] = &[
    ("Interp", "object"),
    ("Sink", "object"),
    ("Input", "object"),
    ("PyErr", "object"),
    ("PyResult", "object"),
    ("Flow", "object"),
    ("Value", "object"),
    ("Args", "object"),
];

/// Upward references that are still to be removed (file, path). The test
/// fails when one disappears without being taken off this list, so the
/// list only shrinks.
const KNOWN: &[(&str, &str)] = &[];

fn layer_of_file(src: &Path, file: &Path) -> Option<usize> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    LAYERS.iter().position(|l| *l == name)
}

fn layer_of_path(segment: &str) -> Option<usize> {
    if let Some(i) = LAYERS.iter().position(|l| *l == segment) {
        return Some(i);
    }
    let (_, layer) = ROOT_ITEMS.iter().find(|(name, _)| *name == segment)?;
    LAYERS.iter().position(|l| l == layer)
}

/// The first segment of every `crate::` path in `text`, with the path as
/// written (grouped imports `crate::{a, b::c}` give each member).
fn crate_paths(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        let before = &rest[..i];
        // Skip `pyroclast_runtime::crate`-like words and doc comments.
        let prev = before.chars().last();
        rest = &rest[i + "crate::".len()..];
        if prev.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = matching_brace(group);
            for member in split_top_level(&group[..end]) {
                let seg: String = member
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !seg.is_empty() {
                    out.push((seg, format!("crate::{}", member.trim())));
                }
            }
            continue;
        }
        let path: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let seg: String = path
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !seg.is_empty() {
            out.push((seg, format!("crate::{}", path.trim_end_matches(':'))));
        }
    }
    out
}

fn matching_brace(s: &str) -> usize {
    let mut depth = 1;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    s.len()
}

fn split_top_level(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

/// Source text without comments (doc comments name paths freely).
fn code_only(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every upward reference: (file relative to src, path, from, to).
fn violations(src: &Path) -> Vec<(String, String, &'static str, &'static str)> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for f in files {
        let Some(from) = layer_of_file(src, &f) else {
            continue;
        };
        let text = code_only(&std::fs::read_to_string(&f).unwrap_or_default());
        let rel = f
            .strip_prefix(src)
            .unwrap_or(&f)
            .to_string_lossy()
            .replace('\\', "/");
        for (seg, path) in crate_paths(&text) {
            if let Some(to) = layer_of_path(&seg)
                && to > from
                && !found
                    .iter()
                    .any(|(r, p, _, _): &(String, String, _, _)| *r == rel && *p == path)
            {
                found.push((rel.clone(), path, LAYERS[from], LAYERS[to]));
            }
        }
    }
    found
}

#[test]
fn lower_layers_never_name_higher_ones() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = violations(&src);
    let new: Vec<_> = found
        .iter()
        .filter(|(f, p, _, _)| !KNOWN.iter().any(|(kf, kp)| kf == f && kp == p))
        .collect();
    let gone: Vec<_> = KNOWN
        .iter()
        .filter(|(kf, kp)| !found.iter().any(|(f, p, _, _)| f == kf && p == kp))
        .collect();
    let mut report = String::new();
    for (f, p, from, to) in &new {
        report.push_str(&format!("{f} ({from}) names {p} ({to})\n"));
    }
    for (f, p) in &gone {
        report.push_str(&format!("fixed, take off KNOWN: (\"{f}\", \"{p}\")\n"));
    }
    assert!(report.is_empty(), "layering:\n{report}");
}

#[test]
fn the_checker_sees_upward_paths() {
    let text = "use crate::{eval::call, object::value::Value};\nfn f() { crate::stdlib::import(); }\n// crate::interp::x\n";
    let segs: Vec<String> = crate_paths(&code_only(text))
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert_eq!(segs, ["eval", "object", "stdlib"]);
    assert_eq!(layer_of_path("Interp"), Some(0));
    assert_eq!(layer_of_path("stdlib"), Some(4));
}
