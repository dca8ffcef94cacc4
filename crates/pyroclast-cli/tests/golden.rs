//! The golden-file conformance harness: every `tests/conformance/**/X.py`
//! and `tests/realworld/**/X.py` with an `X.out` runs through the real
//! `pyroclast` binary from its own folder, and stdout, the exit status and
//! (for failing scripts, `X.err`) the last stderr line must equal what
//! CPython 3.11 produced.
//!
//! `tests/adversarial/X.py` cases run the same way, with more control
//! (see `tests/adversarial/generate.py`, which writes their expected files
//! from python3): `X.args` replaces `X.py` on the command line, `X.pipe`
//! closes stdout after its first line, `X.sigint` sends SIGINT once the
//! first line has arrived, `X.stdin_closed` starts it with descriptor 0
//! closed, `X.status` gives a status other than 0 or 1, and
//! `{dir}` in `X.err` stands for the case's folder.
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

/// How an adversarial case is run.
#[derive(Default, Clone)]
struct Setup {
    /// Arguments replacing the script's name.
    args: Option<Vec<String>>,
    /// Read one line of stdout, then close it.
    pipe: bool,
    /// Send SIGINT after the first line of stdout.
    sigint: bool,
    /// Start with file descriptor 0 closed (`x.py <&-`).
    stdin_closed: bool,
}

impl Setup {
    fn of(script: &Path) -> Setup {
        Setup {
            args: std::fs::read_to_string(script.with_extension("args"))
                .ok()
                .map(|a| a.split_whitespace().map(str::to_string).collect()),
            pipe: script.with_extension("pipe").exists(),
            sigint: script.with_extension("sigint").exists(),
            stdin_closed: script.with_extension("stdin_closed").exists(),
        }
    }
}

/// How a failure that is a native crash starts.
const CRASH: &str = "native crash";

struct Outcome {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(bin: &Path, script: &Path, extra: &[&str], setup: &Setup) -> Result<Outcome, String> {
    let dir = script.parent().ok_or("script has no folder")?;
    let name = script.file_name().ok_or("script has no name")?;
    let mut command = if setup.stdin_closed {
        // Only a shell can start a program with a descriptor closed.
        let mut c = Command::new("sh");
        c.args(["-c", "exec \"$@\" <&-", "sh"]).arg(bin);
        c
    } else {
        Command::new(bin)
    };
    command.args(extra);
    match &setup.args {
        Some(args) => command.args(args),
        None => command.arg(name),
    };
    let mut child = command
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", bin.display()))?;
    let mut out_pipe = child.stdout.take().ok_or("no stdout")?;
    let mut err_pipe = child.stderr.take().ok_or("no stderr")?;
    let pid = child.id();
    let (pipe, sigint) = (setup.pipe, setup.sigint);
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        if pipe || sigint {
            // Byte by byte up to the first newline, so nothing past it is
            // read before the pipe closes or the signal goes.
            let mut b = [0u8];
            while out_pipe.read(&mut b).unwrap_or(0) == 1 {
                s.push(b[0]);
                if b[0] == b'\n' {
                    break;
                }
            }
            if pipe {
                return s;
            }
            let _ = Command::new("kill")
                .args(["-INT", &pid.to_string()])
                .status();
        }
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
    // A death by signal N reads as a shell reports it: 128 + N.
    #[cfg(unix)]
    let code = {
        use std::os::unix::process::ExitStatusExt;
        status.code().or(status.signal().map(|n| 128 + n))
    };
    #[cfg(not(unix))]
    let code = status.code();
    Ok(Outcome {
        status: code,
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
    let folder = std::fs::canonicalize(script.parent().ok_or("script has no folder")?)
        .map_err(|e| e.to_string())?;
    let want_err = std::fs::read_to_string(script.with_extension("err"))
        .ok()
        .map(|e| e.replace("{dir}", &folder.to_string_lossy()));
    let want_status = match std::fs::read_to_string(script.with_extension("status")) {
        Ok(s) => s.trim().parse::<i32>().map_err(|e| e.to_string())?,
        Err(_) if want_err.is_some() => 1,
        Err(_) => 0,
    };
    let got = run(bin, script, extra, &Setup::of(script))?;
    for sign in ["panicked at", "stack overflow", "SIGSEGV", "SIGABRT"] {
        if got.stderr.contains(sign) {
            return Err(format!("{CRASH}: stderr says `{sign}`:\n{}", got.stderr));
        }
    }
    if matches!(got.status, Some(134 | 139)) && got.status != Some(want_status) {
        return Err(format!("{CRASH}: status {:?}\n{}", got.status, got.stderr));
    }
    let mut problems = Vec::new();
    if got.stdout != want_out {
        problems.push(format!(
            "stdout differs\n--- expected\n{want_out}--- got\n{}",
            got.stdout
        ));
    }
    match &want_err {
        Some(err) => {
            if got.status != Some(want_status) {
                problems.push(format!(
                    "exit status {:?}, expected {want_status}",
                    got.status
                ));
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
            if got.status != Some(want_status) {
                problems.push(format!(
                    "exit status {:?}, expected {want_status}\nstderr:\n{}",
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
    collect(&root.join("tests/adversarial"), &mut scripts);
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
        // (Cases that control the process, timing-bound, run once.)
        let setup = Setup::of(&script);
        let runs = if setup.args.is_some() || setup.pipe || setup.sigint || setup.stdin_closed {
            1
        } else {
            2
        };
        for (prefix, flags) in [("", &[][..]), ("virtual-time/", &["--virtual-time"][..])]
            .into_iter()
            .take(runs)
        {
            let expected_failure = xfail.get(&rel).cloned();
            let bin = bin.clone();
            let script = script.clone();
            trials.push(Trial::test(format!("{prefix}{rel}"), move || {
                let mut result = check_live(&bin, &script, flags);
                // On the real clock a case whose order rests on timer gaps
                // of a few milliseconds can lose to a loaded machine (CPython
                // would too): one more try there. The virtual-clock run of
                // the same case stays strict, so a scheduling bug still shows.
                if flags.is_empty()
                    && matches!(&result, Err(e) if !e.starts_with(CRASH))
                {
                    result = check_live(&bin, &script, flags);
                }
                match (result, expected_failure) {
                    // Not even a known gap may take the process down.
                    (Err(e), _) if e.starts_with(CRASH) => Err(Failed::from(e)),
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
