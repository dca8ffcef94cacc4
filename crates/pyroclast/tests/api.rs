//! The blocking embedding API: running code, values in and out, host
//! functions and modules, errors, programs, and interpreter independence.

use std::collections::{BTreeMap, HashMap};

use pyroclast::{Error, Interpreter, Program, Value};

fn py() -> Interpreter {
    Interpreter::builder().capture_output().build()
}

#[test]
fn run_eval_and_globals() {
    let mut py = py();
    py.register_fn("add", |a: i64, b: i64| a + b);
    py.set_global("limit", 3).unwrap();
    py.run("total = add(1, 2)\nprint('total', total, 'limit', limit)")
        .unwrap();
    let total: i64 = py.eval("total").unwrap().extract().unwrap();
    assert_eq!(total, 3);
    assert_eq!(py.take_output(), "total 3 limit 3\n");
    let items: Vec<String> = py.eval("['a', 'b']").unwrap().extract().unwrap();
    assert_eq!(items, ["a", "b"]);
    assert_eq!(py.get_global("limit").unwrap(), Value::Int(3));
    assert_eq!(
        py.get_global("missing").unwrap_err().message(),
        "name 'missing' is not defined"
    );
}

#[test]
fn call_a_global_callable() {
    let mut py = py();
    py.run("def f(a, b):\n    return (a, b * 2)").unwrap();
    let v: Value = py.call("f", (1, "two")).unwrap();
    assert_eq!(
        v,
        Value::Tuple(vec![Value::Int(1), Value::Str("twotwo".into())])
    );
    assert_eq!(py.call("len", ("abc",)).unwrap(), Value::Int(3));
    let err = py.call("nope", ()).unwrap_err();
    assert_eq!(err.exception_type(), Some("NameError"));
}

#[test]
fn objects_come_back_as_handles_and_can_be_called() {
    let mut py = py();
    py.run("class Box:\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v\ndef make(v):\n    return Box(v)")
        .unwrap();
    let b = py.call("make", (7,)).unwrap();
    let Value::Object(obj) = &b else {
        panic!("expected an object, got {b:?}")
    };
    assert_eq!(obj.type_name(), "Box");
    py.set_global("b", b.clone()).unwrap();
    assert_eq!(py.eval("b.get()").unwrap(), Value::Int(7));
    let get = py.eval("b.get").unwrap();
    let Value::Object(get) = get else {
        panic!("bound method")
    };
    assert_eq!(py.call_object(&get, ()).unwrap(), Value::Int(7));
    // A handle of one interpreter means nothing to another.
    let mut other = self::py();
    let err = other.set_global("b", b).unwrap_err();
    assert!(matches!(err, Error::Conversion(_)), "{err:?}");
}

#[test]
fn conversions_both_ways() {
    let mut py = py();
    let mut m = HashMap::new();
    m.insert("x".to_string(), vec![1i64, 2]);
    py.set_global("m", m).unwrap();
    py.set_global("big", u64::MAX).unwrap();
    py.set_global("t", (1, "a", 2.5, true)).unwrap();
    py.set_global("opt", None::<i64>).unwrap();
    assert_eq!(
        py.eval("(m['x'][1], big, t[1], t[2], t[3], opt)")
            .unwrap()
            .to_string(),
        "(2, 18446744073709551615, 'a', 2.5, True, None)"
    );
    let back: BTreeMap<String, Vec<i64>> =
        py.eval("{'b': [1], 'a': []}").unwrap().extract().unwrap();
    assert_eq!(back.len(), 2);
    let big: u64 = py.eval("2**64 - 1").unwrap().extract().unwrap();
    assert_eq!(big, u64::MAX);
    let (a, b, c, d): (i32, String, f64, bool) =
        py.eval("(1, 'x', 2, False)").unwrap().extract().unwrap();
    assert_eq!((a, b.as_str(), c, d), (1, "x", 2.0, false));
    let o: Option<String> = py.eval("None").unwrap().extract().unwrap();
    assert_eq!(o, None);
    let unit: () = py.eval("print('side effect')").unwrap().extract().unwrap();
    assert_eq!(unit, ());
    let bytes = py.eval("b'\\x00ab'").unwrap();
    assert_eq!(bytes, Value::Bytes(vec![0, b'a', b'b']));
    let set = py.eval("{3}").unwrap();
    assert_eq!(set, Value::Set(vec![Value::Int(3)]));
    // A value that does not fit says so.
    let err = py.eval("'x'").unwrap().extract::<i64>().unwrap_err();
    assert_eq!(err.to_string(), "expected int, got str");
    let err = py.eval("2**40").unwrap().extract::<i32>().unwrap_err();
    assert!(matches!(err, Error::Conversion(_)));
    let err = py
        .eval("[1, 'a']")
        .unwrap()
        .extract::<Vec<i64>>()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected list of int, got list containing str"
    );
    // A list containing itself cannot be copied out.
    assert!(matches!(
        py.eval("[l := [], l.append(l)][0]").unwrap_err(),
        Error::Conversion(_)
    ));
}

#[test]
fn host_function_argument_errors_read_like_cpython() {
    let mut py = py();
    py.register_fn("add", |a: i64, b: i64| a + b);
    py.register_fn("greet", |name: String, punct: Option<String>| {
        format!("hi {name}{}", punct.unwrap_or_default())
    });
    let cases = [
        (
            "add(1, 'x')",
            "TypeError",
            "add() argument 2 must be int, not str",
        ),
        (
            "add(1)",
            "TypeError",
            "add() takes 2 positional arguments but 1 was given",
        ),
        (
            "add(1, 2, 3)",
            "TypeError",
            "add() takes 2 positional arguments but 3 were given",
        ),
        (
            "add(1, b=2)",
            "TypeError",
            "add() got an unexpected keyword argument 'b'",
        ),
        (
            "greet()",
            "TypeError",
            "greet() takes from 1 to 2 positional arguments but 0 were given",
        ),
        (
            "add(2**70, 1)",
            "OverflowError",
            "Python int too large to convert to C long",
        ),
    ];
    for (src, ty, msg) in cases {
        let err = py.eval(src).unwrap_err();
        assert_eq!(err.exception_type(), Some(ty), "{src}");
        assert_eq!(err.message(), msg, "{src}");
    }
    assert_eq!(py.eval("greet('a')").unwrap(), Value::Str("hi a".into()));
    assert_eq!(
        py.eval("greet('a', '!')").unwrap(),
        Value::Str("hi a!".into())
    );
    assert_eq!(
        py.eval("repr(add)").unwrap(),
        Value::Str("<built-in function add>".into())
    );
}

#[test]
fn host_errors_raise_their_exception_type() {
    let mut py = py();
    py.register_fn("check", |s: String| -> Result<String, Error> {
        if s.is_empty() {
            Err(Error::exception("ValueError", "bad"))
        } else {
            Ok(s.to_uppercase())
        }
    });
    py.run("try:\n    check('')\nexcept ValueError as e:\n    print('caught', repr(e))")
        .unwrap();
    assert_eq!(py.take_output(), "caught ValueError('bad')\n");
    assert_eq!(py.eval("check('ok')").unwrap(), Value::Str("OK".into()));
    let err = py.run("check('')").unwrap_err();
    assert_eq!(err.exception_type(), Some("ValueError"));
    assert!(err.to_string().ends_with("ValueError: bad"), "{err}");
}

#[test]
fn a_host_panic_is_a_runtime_error_and_the_interpreter_survives() {
    let mut py = py();
    py.register_fn("boom", |n: i64| -> i64 {
        if n > 0 {
            panic!("host bug {n}");
        }
        n
    });
    py.run("try:\n    boom(3)\nexcept RuntimeError as e:\n    print(e)")
        .unwrap();
    assert_eq!(
        py.take_output(),
        "host function boom() panicked: host bug 3\n"
    );
    assert_eq!(py.eval("boom(0) + 1").unwrap(), Value::Int(1));
}

#[test]
fn host_modules_are_importable() {
    let mut py = py();
    py.register_module("host", |m| {
        m.add_fn("now", || 1234.5f64);
        m.add_value("VERSION", "1.0");
        m.add_value("LEVELS", vec![1, 2, 3]);
    })
    .unwrap();
    py.run("import host\nfrom host import VERSION\nprint(host.now(), VERSION, host.LEVELS)")
        .unwrap();
    assert_eq!(py.take_output(), "1234.5 1.0 [1, 2, 3]\n");
    assert_eq!(
        py.run("import hostx").unwrap_err().message(),
        "No module named 'hostx'"
    );
}

#[test]
fn errors_print_what_cpython_prints() {
    let mut py = py();
    let err = py
        .run("def f():\n    raise KeyError('k')\nf()")
        .unwrap_err();
    assert_eq!(err.exception_type(), Some("KeyError"));
    assert_eq!(err.message(), "'k'");
    assert_eq!(
        err.to_string(),
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n    f()\n  File \"<string>\", line 2, in f\n    raise KeyError('k')\nKeyError: 'k'"
    );
    let err = py.run("x = (1,\ny = 2").unwrap_err();
    let Error::Syntax(s) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((s.line, s.column), (1, 5));
    assert_eq!(s.message, "'(' was never closed");
    assert_eq!(
        err.to_string(),
        "  File \"<string>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed"
    );
    let err = py.run("import sys\nsys.exit(3)").unwrap_err();
    assert!(matches!(
        err,
        Error::SystemExit {
            code: 3,
            message: None
        }
    ));
    let err = py.run("raise SystemExit('bye')").unwrap_err();
    assert!(matches!(&err, Error::SystemExit { code: 1, message: Some(m) } if m == "bye"));
    assert_eq!(err.to_string(), "bye");
    // The interpreter goes on after each of them.
    assert_eq!(py.eval("2 + 2").unwrap(), Value::Int(4));
}

#[test]
fn programs_compile_once_and_run_anywhere() {
    let prog = Program::compile("x * 2", "calc.py").unwrap();
    fn assert_send_sync<T: Send + Sync>(_: &T) {}
    assert_send_sync(&prog);
    let mut py = py();
    let y: i64 = py
        .run_program(&prog, &[("x", 21.into())])
        .unwrap()
        .extract()
        .unwrap();
    assert_eq!(y, 42);
    let y: i64 = py
        .run_program(&prog, &[("x", 5.into())])
        .unwrap()
        .extract()
        .unwrap();
    assert_eq!(y, 10);
    // The same program in another interpreter, on another thread.
    let p2 = prog.clone();
    let z = std::thread::spawn(move || {
        let mut py = Interpreter::new();
        py.run_program(&p2, &[("x", "ab".into())]).unwrap()
    })
    .join()
    .unwrap();
    assert_eq!(z, Value::Str("abab".into()));
    // Statements: the value is None unless the last one is an expression.
    let stmts = Program::compile("y = x + 1", "s.py").unwrap();
    assert_eq!(
        py.run_program(&stmts, &[("x", 1.into())]).unwrap(),
        Value::None
    );
    assert_eq!(py.eval("y").unwrap(), Value::Int(2));
    // Compile errors come from compile, rendered with the file name.
    let err = Program::compile("def f(:\n    pass", "bad.py").unwrap_err();
    assert!(
        err.to_string().starts_with("  File \"bad.py\", line 1"),
        "{err}"
    );
    // Runtime errors name the program's file.
    let boom = Program::compile("1 / x", "boom.py").unwrap();
    let err = py.run_program(&boom, &[("x", 0.into())]).unwrap_err();
    assert!(
        err.to_string().contains("File \"boom.py\", line 1"),
        "{err}"
    );
}

#[test]
fn interpreters_are_independent() {
    let mut a = py();
    let mut b = py();
    a.run("x = 1\nimport math\nmath.answer = 42\nprint('a')")
        .unwrap();
    b.run("print('b')").unwrap();
    assert_eq!(b.eval("'x' in globals()").unwrap(), Value::Bool(false));
    b.run("import math").unwrap();
    assert_eq!(
        b.eval("hasattr(math, 'answer')").unwrap(),
        Value::Bool(false)
    );
    assert_eq!(a.eval("math.answer").unwrap(), Value::Int(42));
    assert_eq!(a.take_output(), "a\n");
    assert_eq!(b.take_output(), "b\n");
    // Default object hashes (and so the order of sets of objects) do not
    // depend on what other interpreters on the thread did.
    let probe = "class C:\n    pass\nhash(C()) - hash(C())";
    let mut fresh = py();
    let expected = fresh
        .run_program(&Program::compile(probe, "p.py").unwrap(), &[])
        .unwrap();
    a.run("class D:\n    pass\nhashes = [hash(D()) for _ in range(100)]")
        .unwrap();
    let mut after = py();
    assert_eq!(
        after
            .run_program(&Program::compile(probe, "p.py").unwrap(), &[])
            .unwrap(),
        expected
    );
    b.run("class C:\n    pass\nh = hash(C())").unwrap();
    let mut c = py();
    c.run("class C:\n    pass\nh = hash(C())").unwrap();
    assert_eq!(b.eval("h").unwrap(), c.eval("h").unwrap());
    a.register_fn("only_a", || 1);
    assert_eq!(
        b.eval("only_a()").unwrap_err().message(),
        "name 'only_a' is not defined"
    );
}

#[test]
fn no_ambient_access_to_the_host() {
    let mut py = py();
    let cases = [
        // Files need a grant (`Builder::allow_dir`): without one, every
        // file operation is a PermissionError, as when the OS refuses.
        (
            "import os; os.listdir('/')",
            "PermissionError",
            "[Errno 13] Permission denied (no filesystem access was granted): '/'",
        ),
        (
            "import subprocess",
            "ModuleNotFoundError",
            "No module named 'subprocess'",
        ),
        (
            "import socket",
            "ModuleNotFoundError",
            "No module named 'socket'",
        ),
        (
            "open('/etc/passwd')",
            "PermissionError",
            "[Errno 13] Permission denied (no filesystem access was granted): '/etc/passwd'",
        ),
        ("input()", "EOFError", "EOF when reading a line"),
    ];
    for (src, ty, msg) in cases {
        let err = py.run(src).unwrap_err();
        assert_eq!(err.exception_type(), Some(ty), "{src}");
        assert_eq!(err.message(), msg, "{src}");
    }
    // A `.py` file next to the host process is not importable either.
    let dir = std::env::temp_dir().join(format!("pyroclast-api-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("secret_mod.py"), "X = 1\n").unwrap();
    let err = py.run("import secret_mod").unwrap_err();
    assert_eq!(err.exception_type(), Some("ModuleNotFoundError"));
    // ... unless the host allows that folder.
    let mut allowed = Interpreter::builder()
        .capture_output()
        .module_path(&dir)
        .build();
    allowed.run("import secret_mod").unwrap();
    assert_eq!(allowed.eval("secret_mod.X").unwrap(), Value::Int(1));
    // sys.exit ends the run, not the process; stdin is empty.
    assert!(matches!(
        py.run("import sys; sys.exit(0)").unwrap_err(),
        Error::SystemExit { code: 0, .. }
    ));
    py.run("import sys").unwrap();
    assert_eq!(
        py.eval("sys.stdin.read()").unwrap(),
        Value::Str(String::new())
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stdin_and_output_callbacks() {
    let lines = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let sink = lines.clone();
    let errs = std::rc::Rc::new(std::cell::RefCell::new(String::new()));
    let err_sink = errs.clone();
    let mut py = Interpreter::builder()
        .on_output(move |t| sink.borrow_mut().push(t.to_string()))
        .on_stderr(move |t| err_sink.borrow_mut().push_str(t))
        .stdin(std::io::Cursor::new("Ada\nLovelace\n"))
        .argv(["prog.py", "--flag"])
        .build();
    py.run("import sys\nname = input('who? ')\nprint('hi', name, sys.argv)\nprint(input(), file=sys.stderr)")
        .unwrap();
    assert_eq!(
        lines.borrow().concat(),
        "who? hi Ada ['prog.py', '--flag']\n"
    );
    assert_eq!(*errs.borrow(), "Lovelace\n");
}

#[test]
fn warnings_go_to_the_error_sink() {
    let mut py = py();
    py.run("async def f():\n    pass\nf()").unwrap();
    assert_eq!(py.take_output(), "");
    assert!(
        py.take_stderr()
            .starts_with("sys:1: RuntimeWarning: coroutine 'f' was never awaited"),
    );
}

#[test]
fn blocking_run_drives_asyncio() {
    let mut py = Interpreter::builder()
        .capture_output()
        .virtual_time(true)
        .build();
    let start = std::time::Instant::now();
    py.run("import asyncio, time\nasync def main():\n    t = time.monotonic()\n    await asyncio.sleep(30)\n    return round(time.monotonic() - t)\nprint(asyncio.run(main()))")
        .unwrap();
    assert_eq!(py.take_output(), "30\n");
    assert!(start.elapsed().as_secs() < 5, "virtual time did not jump");
}

#[test]
fn interpreter_new_is_cheap_enough_to_make_thousands() {
    for i in 0..2000 {
        let mut py = Interpreter::builder().capture_output().build();
        py.run(&format!("g = (x for x in range({i}))\nprint(sum(g))"))
            .unwrap();
        assert_eq!(py.take_output(), format!("{}\n", (0..i).sum::<i64>()));
    }
}
