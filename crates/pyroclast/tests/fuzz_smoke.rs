//! A few seconds of the fuzz targets on the stable toolchain, with fixed
//! seeds so a failure reproduces: the conformance corpus mutated byte by
//! byte and token by token, and programs from the fuzzers' generator
//! (`fuzz/src/programs.rs`), run through the parser and through the
//! interpreter under tight limits. Any outcome but a panic is fine; a panic
//! fails the test and names the seed and the input.

#[path = "../../../fuzz/src/programs.rs"]
#[allow(dead_code, missing_docs)]
mod programs;

use std::path::{Path, PathBuf};
use std::time::Duration;

use pyroclast::Interpreter;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

/// `Rng::below` over lengths.
fn below(rng: &mut Rng, n: usize) -> usize {
    rng.below(n as u64) as usize
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "\n",
    "    ",
    "\t",
    "await ",
    "yield ",
    "lambda: ",
    "async ",
    "for x in y",
    "*",
    "**",
    "'",
    "\"",
    "\\",
    "\0",
    "é",
    "0x",
    "1e",
    "=",
    ",",
    ".",
    "f'{",
    "}'",
    "return",
    "class C:",
    "def f():",
    "try:",
    "except",
    "match x:",
    "case _:",
    "\r",
    "\x0c",
    "#",
    "not ",
    "is ",
    ":=",
    "@",
    "...",
    "nonlocal x",
    "global x",
    "del ",
];

fn corpus() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance"),
        &mut out,
    );
    out.sort();
    out
}

fn mutate(rng: &mut Rng, src: &[u8], other: &[u8]) -> Vec<u8> {
    let mut s = src.to_vec();
    for _ in 0..1 + below(rng, 6) {
        let at = below(rng, s.len() + 1);
        match below(rng, 5) {
            0 if !s.is_empty() => {
                let i = below(rng, s.len());
                s[i] ^= 1 << below(rng, 8);
            }
            1 => {
                let end = (at + below(rng, 40)).min(s.len());
                s.drain(at..end);
            }
            2 => {
                let end = (at + below(rng, 80)).min(s.len());
                let dup = s[at..end].to_vec();
                s.splice(at..at, dup);
            }
            3 if !other.is_empty() => {
                let from = below(rng, other.len());
                let end = (from + below(rng, 200)).min(other.len());
                s.splice(at..at, other[from..end].iter().copied());
            }
            _ => {
                let t = TOKENS[below(rng, TOKENS.len())];
                s.splice(at..at, t.bytes());
            }
        }
    }
    s
}

fn run_limited(src: &str) {
    let mut py = Interpreter::builder()
        .capture_output()
        .virtual_time(true)
        .max_steps(20_000)
        .max_memory(64 << 20)
        .max_recursion_depth(60)
        .timeout(Duration::from_secs(5))
        .build();
    let _ = py.run(src);
}

/// Runs `f` on a thread with the CLI's stack size and reports a panic with
/// what caused it.
fn no_panic(what: &str, input: String, f: fn(&str)) {
    let shown = input.clone();
    let r = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || f(&input))
        .unwrap()
        .join();
    assert!(r.is_ok(), "{what} panicked on input:\n{shown}");
}

#[test]
fn mutated_corpus_never_panics_the_parser() {
    let files = corpus();
    assert!(files.len() > 100, "corpus not found");
    let mut rng = Rng(0x5eed_0001);
    let sources: Vec<Vec<u8>> = files.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let mut inputs = Vec::new();
    for _ in 0..3000 {
        let a = &sources[below(&mut rng, sources.len())];
        let b = &sources[below(&mut rng, sources.len())];
        inputs.push(String::from_utf8_lossy(&mutate(&mut rng, a, b)).into_owned());
    }
    // One thread for all of them; `\u{1}` separates the inputs.
    no_panic("the parser", inputs.join("\u{1}"), |all| {
        for src in all.split('\u{1}') {
            let _ = pyroclast::Program::compile(src, "<fuzz>");
        }
    });
}

#[test]
fn mutated_corpus_never_panics_the_interpreter() {
    let files = corpus();
    let sources: Vec<Vec<u8>> = files.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let mut rng = Rng(0x5eed_0002);
    for _ in 0..120 {
        let a = &sources[below(&mut rng, sources.len())];
        let b = &sources[below(&mut rng, sources.len())];
        let src = String::from_utf8_lossy(&mutate(&mut rng, a, b)).into_owned();
        no_panic("the interpreter", src, run_limited);
    }
}

#[test]
fn generated_programs_never_panic_the_interpreter() {
    let mut rng = Rng(0x5eed_0003);
    for _ in 0..150 {
        let len = 16 + below(&mut rng, 1024);
        let data: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let src = programs::program(&data);
        // The generator's programs are valid: if one stops parsing, the
        // fuzz target is only testing the parser.
        if let Err(e) = pyroclast::Program::compile(src.as_str(), "<gen>") {
            panic!("generated program does not parse: {e}\n{src}");
        }
        no_panic("the interpreter", src, run_limited);
    }
}
/// Not a test: a tool that writes the program an `eval_gen` crash input
/// stands for, to reproduce it with the CLI:
/// `ARTIFACT=fuzz/artifacts/eval_gen/crash-... OUT=x.py cargo test -p
/// pyroclast --test fuzz_smoke -- --ignored show_artifact`.
#[test]
#[ignore]
fn show_artifact() {
    let data = std::fs::read(std::env::var("ARTIFACT").expect("ARTIFACT=path")).unwrap();
    let out = std::env::var("OUT").unwrap_or_else(|_| "artifact.py".into());
    std::fs::write(out, programs::program(&data)).unwrap();
}
