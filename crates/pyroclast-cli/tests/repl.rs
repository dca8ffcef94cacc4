//! The REPL, driven through a real pseudo-terminal, and standard input that
//! is not a terminal (read as a whole program, no prompts).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use rexpect::session::{PtySession, spawn_command};

const TIMEOUT_MS: u64 = 20_000;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Starts `pyroclast ARGS` on a terminal, colour off, history in a temp file.
fn start(args: &[&str], history: &str) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyroclast"));
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("PYROCLAST_HISTORY", std::env::temp_dir().join(history))
        .current_dir(repo());
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn pyroclast");
    p.exp_string(">>> ").expect("first prompt");
    p
}

/// Sends a line and waits for the next prompt (`>>> ` or `... `); returns
/// what was printed in between.
fn line(p: &mut PtySession, text: &str) -> String {
    p.send_line(text).expect("send");
    let (before, _) = p.exp_regex(r"(>>>|\.\.\.) ").expect("prompt");
    before
}

fn quit(mut p: PtySession) {
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("exit");
    let status = p.process().wait().expect("wait");
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );
}

#[test]
fn tutorial_script_pasted_line_by_line() {
    let mut p = start(&[], "pyroclast-repl-paste");
    let script = std::fs::read_to_string(repo().join("scripts/basic_aiter.py")).unwrap();
    for l in script.lines() {
        p.send_line(l).expect("send");
    }
    p.exp_string("0\r\n1\r\n2\r\n")
        .expect("the script's output");
    p.exp_string(">>> ").expect("prompt after the script");
    quit(p);
}

#[test]
fn async_generators_tasks_and_asyncio_run_at_the_prompt() {
    let mut p = start(&[], "pyroclast-repl-async");
    line(&mut p, "import asyncio");
    line(&mut p, "async def g():");
    line(&mut p, "    for i in range(3):");
    line(&mut p, "        yield i");
    line(&mut p, "        await asyncio.sleep(0.01)");
    line(&mut p, "");
    line(&mut p, "ait = aiter(g())");
    let out = line(&mut p, "await anext(ait)");
    assert!(out.contains("\r\n0\r\n"), "{out:?}");
    let out = line(&mut p, "x = await anext(ait); x * 10");
    assert!(out.contains("\r\n10\r\n"), "{out:?}");
    // A task made on one line is awaited on a later one.
    line(&mut p, "async def work(n):");
    line(&mut p, "    await asyncio.sleep(0.05)");
    line(&mut p, "    return n * 2");
    line(&mut p, "");
    line(&mut p, "t = asyncio.create_task(work(21))");
    let out = line(&mut p, "await t");
    assert!(out.contains("\r\n42\r\n"), "{out:?}");
    // asyncio.run works as in a script.
    line(&mut p, "async def main():");
    line(&mut p, "    return [i async for i in g()]");
    line(&mut p, "");
    let out = line(&mut p, "asyncio.run(main())");
    assert!(out.contains("[0, 1, 2]"), "{out:?}");
    // `_` holds the last value.
    let out = line(&mut p, "_ + [3]");
    assert!(out.contains("[0, 1, 2, 3]"), "{out:?}");
    quit(p);
}

#[test]
fn errors_then_the_session_goes_on() {
    let mut p = start(&[], "pyroclast-repl-errors");
    let out = line(&mut p, "undefined_name + 1");
    assert!(
        out.contains("File \"<stdin>\", line 1, in <module>")
            && out.contains("NameError: name 'undefined_name' is not defined"),
        "{out:?}"
    );
    let out = line(&mut p, "y = 5");
    assert!(!out.contains("Error"), "{out:?}");
    let out = line(&mut p, "y + 1");
    assert!(out.contains("\r\n6\r\n"), "{out:?}");
    let out = line(&mut p, "def f(:");
    assert!(out.contains("SyntaxError: invalid syntax"), "{out:?}");
    quit(p);
}

#[test]
fn ctrl_c_interrupts_running_code_and_clears_typing() {
    let mut p = start(&[], "pyroclast-repl-ctrlc");
    line(&mut p, "import asyncio");
    line(&mut p, "def spin():");
    line(&mut p, "    print('spinning')");
    line(&mut p, "    while True: pass");
    line(&mut p, "");
    p.send_line("spin()").unwrap();
    p.exp_string("spinning").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    // An interrupted await, too; the task's finally block runs.
    line(&mut p, "async def nap():");
    line(&mut p, "    try:");
    line(&mut p, "        print('napping')");
    line(&mut p, "        await asyncio.sleep(100)");
    line(&mut p, "    finally:");
    line(&mut p, "        print('woke up')");
    line(&mut p, "");
    p.send_line("await nap()").unwrap();
    p.exp_string("napping").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("woke up").unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    // Ctrl-C while typing drops the line.
    p.send("half a line").unwrap();
    p.flush().unwrap();
    p.send_control('c').unwrap();
    p.exp_string(">>> ").unwrap();
    let out = line(&mut p, "'still alive'");
    assert!(out.contains("'still alive'"), "{out:?}");
    quit(p);
}

#[test]
fn tab_completes_module_members_and_names() {
    let mut p = start(&[], "pyroclast-repl-tab");
    line(&mut p, "import asyncio");
    p.send("asyncio.sl\t").unwrap();
    p.flush().unwrap();
    p.exp_string("asyncio.sleep(").unwrap();
    p.send("0, 'done')").unwrap();
    p.send_line("").unwrap();
    p.exp_string("<coroutine object sleep").unwrap();
    p.exp_string(">>> ").unwrap();
    quit(p);
}

#[test]
fn exit_and_interactive_file() {
    let dir = std::env::temp_dir().join(format!("pyroclast-repl-i-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("setup.py");
    std::fs::write(&file, "greeting = 'hi'\nprint('ran setup')\n").unwrap();
    let mut p = start(&["-i", file.to_str().unwrap()], "pyroclast-repl-i");
    let out = line(&mut p, "greeting * 2");
    assert!(out.contains("'hihi'"), "{out:?}");
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );
}

#[test]
fn piped_standard_input_runs_as_a_program() {
    // The expected output was written by python3 (tools/expect).
    let dir = repo().join("tests/conformance/tutorial");
    let source = std::fs::read(dir.join("basic_aiter.py")).unwrap();
    let expected = std::fs::read_to_string(dir.join("basic_aiter.out")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyroclast"))
        .arg("--virtual-time")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&source).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}

#[test]
fn virtual_time_at_the_prompt() {
    let mut p = start(&["--virtual-time"], "pyroclast-repl-vt");
    line(&mut p, "import asyncio, time");
    line(&mut p, "t0 = time.monotonic()");
    let started = std::time::Instant::now();
    line(&mut p, "await asyncio.sleep(3600)");
    let out = line(&mut p, "round(time.monotonic() - t0)");
    assert!(out.contains("\r\n3600\r\n"), "{out:?}");
    assert!(started.elapsed().as_secs() < 10);
    quit(p);
}
