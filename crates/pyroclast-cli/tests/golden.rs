//! The golden-file conformance harness: every `tests/conformance/**/X.py`
//! and `tests/realworld/**/X.py` with an `X.out` runs through the real
//! `pyroclast` binary from its own folder, and stdout, the exit status and
//! (for failing scripts, `X.err`) the last stderr line must equal what
//! CPython 3.11 produced.
//!
//! Known gaps are listed in `tests/expected_failures.txt`; those cases still
//! run, and the harness fails if one of them starts passing, so the list
//! stays honest.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const TIMEOUT: Duration = Duration::from_secs(30);

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") && p.with_extension("out").exists() {
            out.push(p);
        }
    }
}

fn expected_failures(root: &Path) -> HashMap<String, String> {
    let text =
        std::fs::read_to_string(root.join("tests/expected_failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('#') {
            Some((path, why)) => (path.trim().to_string(), why.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

struct Outcome {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(bin: &Path, script: &Path, extra: &[&str]) -> Result<Outcome, String> {
    let dir = script.parent().ok_or("script has no folder")?;
    let name = script.file_name().ok_or("script has no name")?;
    let mut child = Command::new(bin)
        .args(extra)
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", bin.display()))?;
    let mut out_pipe = child.stdout.take().ok_or("no stdout")?;
    let mut err_pipe = child.stderr.take().ok_or("no stderr")?;
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out_pipe.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err_pipe.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("no answer in {} s", TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    };
    // Expected outputs were read with universal newlines (by
    // ../shared/tools/expect), so `\r` and `\r\n` compare as `\n`.
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default())
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Ok(Outcome {
        status: status.code(),
        stdout,
        stderr,
    })
}

fn last_line(s: &str) -> &str {
    s.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map_or("", str::trim)
}

/// Full comparison against CPython's recorded behaviour.
fn check_live(bin: &Path, script: &Path, extra: &[&str]) -> Result<(), String> {
    let want_out =
        std::fs::read_to_string(script.with_extension("out")).map_err(|e| e.to_string())?;
    let want_err = std::fs::read_to_string(script.with_extension("err")).ok();
    let got = run(bin, script, extra)?;
    let mut problems = Vec::new();
    if got.stdout != want_out {
        problems.push(format!(
            "stdout differs\n--- expected\n{want_out}--- got\n{}",
            got.stdout
        ));
    }
    match &want_err {
        Some(err) => {
            if got.status != Some(1) {
                problems.push(format!("exit status {:?}, expected 1", got.status));
            }
            if last_line(&got.stderr) != err.trim() {
                problems.push(format!(
                    "last stderr line\n  expected: {}\n  got:      {}",
                    err.trim(),
                    last_line(&got.stderr)
                ));
            }
        }
        None => {
            if got.status != Some(0) {
                problems.push(format!(
                    "exit status {:?}, expected 0\nstderr:\n{}",
                    got.status, got.stderr
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = workspace_root();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_pyroclast"));
    let mut scripts = Vec::new();
    collect(&root.join("tests/conformance"), &mut scripts);
    collect(&root.join("tests/realworld"), &mut scripts);
    scripts.sort();
    let xfail = expected_failures(&root);
    let mut trials = Vec::new();
    for script in scripts {
        // Conformance cases are named by their path under
        // tests/conformance, real-world programs as `realworld/...`.
        let rel = match script.strip_prefix(root.join("tests/conformance")) {
            Ok(p) => p.to_string_lossy().replace('\\', "/"),
            Err(_) => script
                .strip_prefix(root.join("tests"))
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default(),
        };
        // Every case runs twice: on the real clock and on the virtual clock
        // (`--virtual-time`), which must print exactly the same.
        for (prefix, flags) in [("", &[][..]), ("virtual-time/", &["--virtual-time"][..])] {
            let expected_failure = xfail.get(&rel).cloned();
            let bin = bin.clone();
            let script = script.clone();
            trials.push(Trial::test(format!("{prefix}{rel}"), move || {
                let result = check_live(&bin, &script, flags);
                match (result, expected_failure) {
                    (Ok(()), None) => Ok(()),
                    (Err(e), None) => Err(Failed::from(e)),
                    (Err(_), Some(_)) => Ok(()),
                    (Ok(()), Some(why)) => Err(Failed::from(format!(
                        "listed in tests/expected_failures.txt ({why}) but passes now: remove it from the list"
                    ))),
                }
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
