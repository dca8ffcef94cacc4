//! Running untrusted Python: resource limits and no ambient host access.
//!
//! Shows how to:
//! - stop a runaway loop with `max_steps` or a wall-clock `timeout`: the
//!   run ends with [`Error::Limit`], which Python cannot catch (not even with
//!   `except BaseException`),
//! - cap the call depth with `max_recursion_depth`: too deep a recursion
//!   raises `RecursionError`, which Python may catch,
//! - cap memory with `max_memory`: too large an allocation raises
//!   `MemoryError`, which Python may catch,
//! - keep using the interpreter after each of these,
//! - rely on the sandbox: no `os` module, no `open()`.
//!
//! Run it with `cargo run -p pyroclast --example limits`.

use std::time::{Duration, Instant};

use pyroclast::{Error, Interpreter, Limit};

/// Checks that an interpreter still runs code after a stop or an error.
fn assert_still_usable(py: &mut Interpreter) -> Result<(), Error> {
    let two: i64 = py.eval("1 + 1")?.extract()?;
    assert_eq!(two, 2);
    println!("  ...and the interpreter still works: 1 + 1 = {two}");
    Ok(())
}

/// `max_steps`: an endless loop is stopped, uncatchably.
fn steps() -> Result<(), Error> {
    println!("max_steps(100_000):");
    let mut py = Interpreter::builder()
        .capture_output()
        .max_steps(100_000)
        .build();
    let err = py.run("while True:\n    pass").unwrap_err();
    println!("  while True: pass -> {err}");
    assert!(err.is_limit());
    assert!(matches!(err, Error::Limit(Limit::Steps(100_000))));
    assert_eq!(err.exception_type(), None);
    assert_still_usable(&mut py)?;

    // The stop is not a Python exception: neither `except BaseException`
    // nor `finally` code runs, and nothing after the loop does either.
    let err = py
        .run(
            r#"
print('start')
try:
    while True:
        pass
except BaseException as e:
    print('caught', type(e).__name__)
finally:
    print('finally')
print('after the loop')
"#,
        )
        .unwrap_err();
    let output = py.take_output();
    println!("  with try/except BaseException -> {err}; printed {output:?}");
    assert!(matches!(err, Error::Limit(Limit::Steps(_))));
    assert_eq!(output, "start\n");
    // Each run gets the full budget again.
    assert_still_usable(&mut py)?;
    Ok(())
}

/// `timeout`: a run that takes too long (in wall-clock time) is stopped.
fn timeout() -> Result<(), Error> {
    println!("timeout(200ms):");
    let limit = Duration::from_millis(200);
    let mut py = Interpreter::builder()
        .capture_output()
        .timeout(limit)
        .build();
    let start = Instant::now();
    let err = py.run("n = 0\nwhile True:\n    n += 1").unwrap_err();
    let elapsed = start.elapsed();
    println!("  counting forever -> {err} (after {elapsed:?})");
    assert!(matches!(err, Error::Limit(Limit::Timeout(t)) if t == limit));
    assert!(elapsed >= limit);
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
    assert_still_usable(&mut py)?;
    Ok(())
}

/// `max_recursion_depth`: `RecursionError`, catchable in Python.
fn recursion() -> Result<(), Error> {
    println!("max_recursion_depth(100):");
    let mut py = Interpreter::builder()
        .capture_output()
        .max_recursion_depth(100)
        .build();
    py.run(
        r#"
deepest = 0
def dive(n):
    global deepest
    deepest = n
    return dive(n + 1)

try:
    dive(1)
except RecursionError as e:
    print('caught RecursionError:', e)
"#,
    )?;
    let output = py.take_output();
    print!("  {output}");
    assert_eq!(
        output,
        "caught RecursionError: maximum recursion depth exceeded\n"
    );
    let deepest: i64 = py.eval("deepest")?.extract()?;
    println!("  deepest call reached: {deepest}");
    assert!((50..=100).contains(&deepest), "deepest = {deepest}");

    // Not caught, it comes back to Rust as an ordinary exception.
    let err = py.run("dive(1)").unwrap_err();
    assert_eq!(err.exception_type(), Some("RecursionError"));
    // `sys.setrecursionlimit` cannot raise the host's cap.
    py.run("import sys\nsys.setrecursionlimit(100_000)")?;
    let err = py.run("dive(1)").unwrap_err();
    println!("  after sys.setrecursionlimit(100_000): {}", err.message());
    assert_eq!(err.exception_type(), Some("RecursionError"));
    assert_still_usable(&mut py)?;
    Ok(())
}

/// `max_memory`: `MemoryError`, catchable in Python.
fn memory() -> Result<(), Error> {
    println!("max_memory(64 MiB):");
    let mut py = Interpreter::builder()
        .capture_output()
        .max_memory(64 << 20)
        .build();
    py.run(
        r#"
try:
    big = [0] * 10**7
except MemoryError:
    print('caught MemoryError')
small = [0] * 10**5
print('a smaller list is fine:', len(small))
"#,
    )?;
    let output = py.take_output();
    for line in output.lines() {
        println!("  {line}");
    }
    assert_eq!(
        output,
        "caught MemoryError\na smaller list is fine: 100000\n"
    );
    // Not caught, it comes back to Rust as an ordinary exception.
    let err = py.run("big = [0] * 10**7").unwrap_err();
    println!("  uncaught -> {:?}", err.exception_type());
    assert_eq!(err.exception_type(), Some("MemoryError"));
    assert_still_usable(&mut py)?;
    Ok(())
}

/// No ambient access to the host: no files unless granted, no processes.
fn sandbox() -> Result<(), Error> {
    println!("no host access:");
    let mut py = Interpreter::builder().capture_output().build();
    // `os` imports, but without `Builder::allow_dir` every file operation
    // fails as CPython fails when permission is refused.
    let err = py.run("import os\nos.listdir('/')").unwrap_err();
    println!(
        "  os.listdir('/') -> {}: {}",
        err.exception_type().unwrap_or("?"),
        err.message()
    );
    assert_eq!(err.exception_type(), Some("PermissionError"));

    let err = py.run("open('x')").unwrap_err();
    println!(
        "  open('x') -> {}: {}",
        err.exception_type().unwrap_or("?"),
        err.message()
    );
    assert_eq!(err.exception_type(), Some("PermissionError"));
    assert_eq!(
        err.message(),
        "[Errno 13] Permission denied (no filesystem access was granted): 'x'"
    );

    // Python code can handle that like any other exception.
    py.run(
        r#"
try:
    import subprocess
except ImportError as e:
    print('caught', type(e).__name__, e)
"#,
    )?;
    let output = py.take_output();
    print!("  {output}");
    assert_eq!(
        output,
        "caught ModuleNotFoundError No module named 'subprocess'\n"
    );
    assert_still_usable(&mut py)?;
    Ok(())
}

/// Runs the example, checking every result it prints.
pub fn main() -> Result<(), Error> {
    steps()?;
    timeout()?;
    recursion()?;
    memory()?;
    sandbox()?;
    Ok(())
}
