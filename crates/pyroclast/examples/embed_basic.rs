//! The shortest useful embedding of Pyroclast.
//!
//! Shows how to:
//! - build an interpreter that captures `print()` output,
//! - register Rust functions (a plain one, and a fallible one whose
//!   `Err(Error::exception("ValueError", ..))` Python catches with
//!   `except ValueError`),
//! - pass values in with `set_global`, run statements with `run`, and get
//!   values out with `eval` + `extract`,
//! - call a Python function from Rust with `call`,
//! - compile a [`Program`] once and run it with different inputs,
//! - get a Python exception back as [`Error::Exception`], with its type and
//!   its CPython-style traceback.
//!
//! Run it with `cargo run -p pyroclast --example embed_basic`.

use pyroclast::{Error, Interpreter, Program, Value};

/// Runs the example, checking every result it prints.
pub fn main() -> Result<(), Error> {
    // An interpreter whose output we read with `take_output()` instead of
    // letting it go to the process's stdout.
    let mut py = Interpreter::builder().capture_output().build();

    // Host functions: arguments and results convert automatically.
    py.register_fn("add", |a: i64, b: i64| a + b);
    // A fallible host function: an `Err` is raised in Python.
    py.register_fn("greet", |name: String| -> Result<String, Error> {
        if name.is_empty() {
            Err(Error::exception("ValueError", "name must not be empty"))
        } else {
            Ok(format!("hello, {name}"))
        }
    });

    // Values in, statements run.
    py.set_global("limit", 10)?;
    py.set_global("words", vec!["lava", "ash", "pumice"])?;
    py.run(
        r#"
print('add:', add(2, 3))
print(greet('Ada'))
try:
    greet('')
except ValueError as e:
    print('caught ValueError:', e)
squares = [i * i for i in range(limit)]
"#,
    )?;
    let output = py.take_output();
    print!("{output}");
    assert_eq!(
        output,
        "add: 5\nhello, Ada\ncaught ValueError: name must not be empty\n"
    );

    // Values out: `eval` an expression, `extract` it into a Rust type.
    let total: i64 = py.eval("sum(squares)")?.extract()?;
    println!("sum of squares below 10: {total}");
    assert_eq!(total, 285);
    let upper: Vec<String> = py.eval("[w.upper() for w in words]")?.extract()?;
    println!("upper: {upper:?}");
    assert_eq!(upper, ["LAVA", "ASH", "PUMICE"]);

    // Calling a Python function from Rust with positional arguments.
    py.run("def f(a, b):\n    return [a, b * 2]")?;
    let v: Value = py.call("f", (1, "two"))?;
    println!("f(1, 'two') = {v}");
    assert_eq!(v.to_string(), "[1, 'twotwo']");
    assert_eq!(
        v,
        Value::List(vec![Value::Int(1), Value::Str("twotwo".into())])
    );

    // A program compiled once (syntax errors are reported here), then run
    // with different inputs. Its last expression is the result.
    let prog = Program::compile("y = x * 2\ny + 1", "calc.py")?;
    let a: i64 = py.run_program(&prog, &[("x", 21.into())])?.extract()?;
    let b: i64 = py.run_program(&prog, &[("x", 1.into())])?.extract()?;
    println!("calc.py with x=21: {a}, with x=1: {b}");
    assert_eq!((a, b), (43, 3));
    let bad = Program::compile("x = (", "bad.py").unwrap_err();
    println!("compiling bad.py: {}", bad.message());
    assert_eq!(bad.exception_type(), Some("SyntaxError"));
    assert_eq!(bad.message(), "'(' was never closed");

    // A Python exception escaping comes back as `Error::Exception`, whose
    // `Display` is the traceback CPython would print.
    let err = py
        .run("def divide(a, b):\n    return a // b\n\ndivide(1, 0)")
        .unwrap_err();
    println!("exception type: {:?}", err.exception_type());
    println!("{err}");
    assert!(matches!(err, Error::Exception(_)));
    assert_eq!(err.exception_type(), Some("ZeroDivisionError"));
    assert_eq!(err.message(), "integer division or modulo by zero");
    // The traceback has CPython's frames and source lines (CPython 3.11
    // also draws `~~^^~~` markers under the failing expression; Pyroclast
    // leaves them out, see the README).
    let traceback = err.to_string();
    assert!(traceback.starts_with(
        "Traceback (most recent call last):\n  \
         File \"<string>\", line 4, in <module>\n    \
         divide(1, 0)\n  \
         File \"<string>\", line 2, in divide\n    \
         return a // b\n"
    ));
    assert!(traceback.ends_with("\nZeroDivisionError: integer division or modulo by zero"));

    // The interpreter is still usable, with everything defined so far.
    py.run("print('still here:', add(len(squares), 1))")?;
    let output = py.take_output();
    print!("{output}");
    assert_eq!(output, "still here: 11\n");
    // Nothing is left in the buffer.
    assert_eq!(py.take_output(), "");
    Ok(())
}
