//! `sys`: argv, the standard streams, exit, the recursion limit and version
//! information.

use crate::protocol::tb_objects::FrameObject;
use std::any::Any;
use std::rc::Rc;

use super::toolkit::{add_methods, cached_class, functions, this};
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, Layout};
use crate::object::value::{Args, Native, Value};
use crate::protocol::args::{Sig, Style, bind, check};
use crate::protocol::ops::type_name;
use crate::{Interp, PyErr, PyResult};

/// Which standard stream a [`Stream`] object stands for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Stdin,
    Stdout,
    Stderr,
}

/// `sys.stdin`, `sys.stdout` and `sys.stderr`.
struct Stream(Which);

impl Native for Stream {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        stream_class(vm)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        let (name, mode) = match self.0 {
            Which::Stdin => ("<stdin>", "r"),
            Which::Stdout => ("<stdout>", "w"),
            Which::Stderr => ("<stderr>", "w"),
        };
        Some(Ok(format!(
            "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
        )))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "encoding" => Some(Ok(Value::str("utf-8"))),
            "errors" => Some(Ok(Value::str("strict"))),
            "name" => Some(Ok(Value::str(match self.0 {
                Which::Stdin => "<stdin>",
                Which::Stdout => "<stdout>",
                Which::Stderr => "<stderr>",
            }))),
            "mode" => Some(Ok(Value::str(if self.0 == Which::Stdin {
                "r"
            } else {
                "w"
            }))),
            "closed" => Some(Ok(Value::Bool(false))),
            _ => None,
        }
    }
    fn is_iterator(&self) -> bool {
        self.0 == Which::Stdin
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        if self.0 != Which::Stdin {
            return None;
        }
        Some(read_line(vm).map(|l| (!l.is_empty()).then(|| Value::str(&l))))
    }
}

fn stream_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "sys.TextIOWrapper", |vm| {
        let c = super::toolkit::new_class(
            vm,
            "TextIOWrapper",
            "_io",
            vec![],
            Layout::Object,
            "TextIOWrapper",
            &[],
        );
        add_methods(
            &c,
            "TextIOWrapper",
            &[
                ("write", stream_write),
                ("flush", stream_flush),
                ("readline", stream_readline),
                ("read", stream_read),
                ("readlines", stream_readlines),
                ("isatty", |vm, a| {
                    check(vm, &a, &no_args("isatty"))?;
                    Ok(Value::Bool(false))
                }),
                ("fileno", stream_fileno),
                ("writable", |vm, a| {
                    check(vm, &a, &no_args("writable"))?;
                    Ok(Value::Bool(which(vm, &a)? != Which::Stdin))
                }),
                ("readable", |vm, a| {
                    check(vm, &a, &no_args("readable"))?;
                    Ok(Value::Bool(which(vm, &a)? == Which::Stdin))
                }),
                ("__iter__", |vm, a| this(vm, &a)),
                ("__enter__", |vm, a| this(vm, &a)),
                ("__exit__", |_, _| Ok(Value::None)),
            ],
        );
        c
    })
}

/// A `TextIOWrapper` method taking no arguments.
const fn no_args(name: &str) -> Sig<'_> {
    Sig::method("TextIOWrapper", name, Style::NoArgs, 0, 0)
}

/// A `TextIOWrapper` read method, with its optional size or hint.
const fn reader(name: &str) -> Sig<'_> {
    Sig::method("TextIOWrapper", name, Style::Clinic, 0, 1)
}

fn which(vm: &Interp, a: &Args) -> PyResult<Which> {
    let s = this(vm, a)?;
    super::toolkit::with_native::<Stream, _>(vm, &s, "TextIOWrapper", |s| Ok(s.0))
}

fn stream_write(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::method("TextIOWrapper", "write", Style::One, 1, 1);
    check(vm, &a, &SIG)?;
    let w = which(vm, &a)?;
    let text = match &a.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                type_name(vm, other)
            )));
        }
    };
    match w {
        Which::Stdout => {
            vm.write(&text);
            vm.check_output()?;
        }
        Which::Stderr => vm.write_err(&text),
        Which::Stdin => return Err(unsupported(vm, "not writable")),
    }
    Ok(Value::Int(text.chars().count() as i64))
}

fn stream_flush(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &no_args("flush"))?;
    if which(vm, &a)? == Which::Stdout {
        vm.flush();
        vm.check_output()?;
    }
    Ok(Value::None)
}

fn stream_fileno(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &no_args("fileno"))?;
    Ok(Value::Int(match which(vm, &a)? {
        Which::Stdin => 0,
        Which::Stdout => 1,
        Which::Stderr => 2,
    }))
}

/// One line of standard input including its newline; empty at end of file.
fn read_line(vm: &Interp) -> PyResult<String> {
    vm.read_line()
}

fn expect_stdin(vm: &Interp, a: &Args) -> PyResult<()> {
    if which(vm, a)? != Which::Stdin {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// `io.UnsupportedOperation(msg)`: the class lives in the io module.
fn unsupported(vm: &Interp, msg: &str) -> crate::PyErr {
    let made = super::import(vm, "io")
        .and_then(|io| crate::protocol::classes::getattr(vm, &io, "UnsupportedOperation"))
        .and_then(|class| {
            crate::protocol::call::call(vm, &class, Args::new(vec![Value::str(msg)]))
        });
    match made {
        Ok(e) => crate::PyErr(e),
        Err(e) => e,
    }
}

fn stream_readline(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &reader("readline"))?;
    expect_stdin(vm, &a)?;
    Ok(Value::str(&read_line(vm)?))
}

fn stream_read(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &reader("read"))?;
    expect_stdin(vm, &a)?;
    Ok(Value::str(&vm.read_to_end()?))
}

fn stream_readlines(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &reader("readlines"))?;
    expect_stdin(vm, &a)?;
    let mut out = Vec::new();
    loop {
        let l = read_line(vm)?;
        if l.is_empty() {
            break;
        }
        out.push(Value::str(&l));
    }
    Ok(Value::list(out))
}

/// `sys.name()` (METH_NOARGS).
const fn sys_no_args(name: &str) -> Sig<'_> {
    Sig::module("sys", name, Style::NoArgs, 0, 0)
}

fn exit(vm: &Interp, mut a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::module("sys", "exit", Style::Clinic, 0, 1);
    check(vm, &a, &SIG)?;
    Err(PyErr(vm.new_exception(
        &vm.exc_class(ExcKind::SystemExit),
        std::mem::take(&mut a.pos),
    )))
}

fn getrecursionlimit(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &sys_no_args("getrecursionlimit"))?;
    Ok(Value::Int(i64::from(vm.recursion_limit.get())))
}

fn setrecursionlimit(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::module("sys", "setrecursionlimit", Style::One, 1, 1);
    check(vm, &a, &SIG)?;
    let n = match &a.pos[0] {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        x => crate::protocol::types::construct::index_arg(vm, x)?,
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = u32::try_from(n).map_err(|_| {
        vm.error(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })?;
    // An embedding host's ceiling holds against scripts that raise it.
    let cap = vm.limits.recursion_cap.get().unwrap_or(u32::MAX);
    vm.recursion_limit.set(n.min(cap));
    Ok(Value::None)
}

/// `sys.__unraisablehook__(unraisable)`: the default report of an
/// exception that could not propagate.
fn unraisablehook(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::module("sys", "unraisablehook", Style::One, 1, 1);
    check(vm, &a, &SIG)?;
    let u = &a.pos[0];
    let get = |name| crate::protocol::classes::getattr(vm, u, name);
    let exc = get("exc_value")?;
    let obj = get("object")?;
    let what = crate::protocol::ops::repr(vm, &obj)?;
    let tb = crate::protocol::traceback::format_exception(vm, &PyErr(exc));
    let head = match get("err_msg")? {
        Value::None => "Exception ignored in".to_string(),
        m => crate::protocol::ops::to_str(vm, &m)?,
    };
    crate::protocol::io::write_stderr(vm, &format!("{head}: {what}\n{tb}"));
    Ok(Value::None)
}

/// `sys._getframe(depth=0)`: the running frame `depth` calls up.
fn getframe(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::module("sys", "_getframe", Style::Clinic, 0, 1);
    check(vm, &a, &SIG)?;
    let depth = match a.pos.first() {
        Some(d) => crate::protocol::types::construct::index_arg(vm, d)?,
        None => 0,
    };
    let stack: Rc<[crate::object::frames::ActiveFrame]> = vm.stack_snapshot().into();
    let n = stack.len() as i64;
    if depth < 0 || depth >= n {
        // CPython clamps a negative depth to the current frame.
        if depth < 0 && n > 0 {
            return Ok(FrameObject::of_stack(stack, n as usize - 1));
        }
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(FrameObject::of_stack(stack, (n - 1 - depth) as usize))
}

fn get_int_max_str_digits(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &sys_no_args("get_int_max_str_digits"))?;
    Ok(Value::Int(vm.int_max_str_digits.get() as i64))
}

fn set_int_max_str_digits(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig =
        Sig::function("set_int_max_str_digits", Style::Kw, 0, 0).named(&["maxdigits"], 1);
    let (_, v) = bind(vm, a, &SIG)?;
    let n = match &v[0] {
        Some(x) => crate::protocol::types::construct::index_arg(vm, x)?,
        None => 0,
    };
    if n != 0 && !(640..=i64::from(i32::MAX)).contains(&n) {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits.set(n as usize);
    Ok(Value::None)
}

fn exc_info(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &sys_no_args("exc_info"))?;
    let current = vm.handling.borrow().last().cloned();
    Ok(Value::tuple(match current {
        Some(e) => vec![
            Value::Class(crate::protocol::ops::type_of(vm, &e)),
            e.clone(),
            crate::protocol::tb_objects::Traceback::of(&e),
        ],
        None => vec![Value::None, Value::None, Value::None],
    }))
}

/// `sys.get_asyncgen_hooks()`: the hooks set from Python (None where the
/// running loop's own are in effect).
fn get_asyncgen_hooks(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &sys_no_args("get_asyncgen_hooks"))?;
    let class = crate::stdlib::toolkit::cached_class(vm, "sys.asyncgen_hooks", |vm| {
        super::collections::make_namedtuple(
            vm,
            "asyncgen_hooks",
            &["firstiter", "finalizer"],
            vec![],
            "builtins",
        )
        .unwrap_or_else(|_| vm.types.object.clone())
    });
    let [first, fin] = vm.asyncgen_hooks.borrow().clone();
    Ok(super::collections::namedtuple_instance(
        &class,
        vec![first.unwrap_or(Value::None), fin.unwrap_or(Value::None)],
    ))
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an omitted
/// argument keeps its hook, None removes it.
fn set_asyncgen_hooks(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("set_asyncgen_hooks", Style::KwClinic, 0, 2)
        .named(&["firstiter", "finalizer"], 0);
    let (_, mut slots) = crate::protocol::args::bind(vm, a, &SIG)?;
    for (v, what) in slots.iter().zip(["firstiter", "finalizer"]) {
        if let Some(v) = v
            && !matches!(v, Value::None)
            && !crate::protocol::call::is_callable(vm, v)
        {
            return Err(vm.type_error(format!(
                "callable {what} expected, got {}",
                crate::protocol::ops::type_name(vm, v)
            )));
        }
    }
    let mut hooks = vm.asyncgen_hooks.borrow_mut();
    for (slot, v) in hooks.iter_mut().zip(slots.iter_mut().map(Option::take)) {
        if let Some(v) = v {
            *slot = (!matches!(v, Value::None)).then_some(v);
        }
    }
    Ok(Value::None)
}

fn exception(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &sys_no_args("exception"))?;
    Ok(vm.handling.borrow().last().cloned().unwrap_or(Value::None))
}

fn intern(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::module("sys", "intern", Style::One, 1, 1);
    check(vm, &a, &SIG)?;
    match &a.pos[0] {
        Value::Str(s) => Ok(Value::Str(pyroclast_syntax::token::intern_rc(s))),
        v @ Value::Instance(_)
            if matches!(crate::protocol::types::construct::unwrap(v), Value::Str(_)) =>
        {
            Err(vm.type_error(format!("can't intern {}", type_name(vm, v))))
        }
        Value::None => Err(vm.type_error("intern() argument must be str, not None")),
        other => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            type_name(vm, other)
        ))),
    }
}

/// `sys.getrefcount(object)`: the object's reference count, counting the
/// argument itself as CPython does. Values stored inline have no count;
/// they report CPython 3.12's count for immortal objects.
fn getrefcount(vm: &Interp, a: Args) -> PyResult<Value> {
    crate::protocol::args::check(vm, &a, &Sig::module("sys", "getrefcount", Style::One, 1, 1))?;
    Ok(Value::Int(match a.pos[0].refcount() {
        Some(n) => n as i64,
        None => 4_294_967_295,
    }))
}

fn getsizeof(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("getsizeof", Style::Kw, 0, 0).named(&["object", "default"], 1);
    let (_, v) = bind(vm, a, &SIG)?;
    let n = match v[0].as_ref().unwrap_or(&Value::None) {
        Value::Int(0) => 24,
        Value::Int(_) | Value::Bool(_) => 28,
        Value::Float(_) => 24,
        Value::Str(s) => 49 + s.len() as i64,
        Value::List(l) => 56 + 8 * l.borrow().len() as i64,
        Value::Tuple(t) => 40 + 8 * t.len() as i64,
        _ => 48,
    };
    Ok(Value::Int(n))
}

/// `sys.displayhook(value)`: echoes a non-None value and binds it to `_`.
fn displayhook(vm: &Interp, a: Args) -> PyResult<Value> {
    crate::protocol::args::check(vm, &a, &Sig::module("sys", "displayhook", Style::One, 1, 1))?;
    crate::eval::stmt::default_displayhook(vm, a.pos[0].clone())?;
    Ok(Value::None)
}

/// Builds the `sys` module.
pub fn fill(vm: &Interp, ns: &crate::object::model::Namespace) -> PyResult<()> {
    let argv: Vec<Value> = vm.argv.borrow().iter().map(|s| Value::str(s)).collect();
    let version_class = super::collections::make_namedtuple(
        vm,
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![],
        "sys",
    )?;
    let version_info = super::collections::namedtuple_instance(
        &version_class,
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ],
    );
    let float_class = super::collections::make_namedtuple(
        vm,
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![],
        "sys",
    )?;
    let float_info = super::collections::namedtuple_instance(
        &float_class,
        vec![
            Value::Float(f64::MAX),
            Value::Int(f64::MAX_EXP.into()),
            Value::Int(f64::MAX_10_EXP.into()),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP.into()),
            Value::Int(f64::MIN_10_EXP.into()),
            Value::Int(f64::DIGITS.into()),
            Value::Int(f64::MANTISSA_DIGITS.into()),
            Value::Float(f64::EPSILON),
            Value::Int(f64::RADIX.into()),
            // FLT_ROUNDS: to nearest.
            Value::Int(1),
        ],
    );
    let stdin = Value::Native(Rc::new(Stream(Which::Stdin)));
    let stdout = Value::Native(Rc::new(Stream(Which::Stdout)));
    let stderr = Value::Native(Rc::new(Stream(Which::Stderr)));
    let mut entries = vec![
        ("argv", Value::list(argv)),
        ("stdin", stdin.clone()),
        ("stdout", stdout.clone()),
        ("stderr", stderr.clone()),
        // The originals are the same objects, as in CPython: a replaced
        // `sys.stdout` is one that is no longer `sys.__stdout__`.
        ("__stdin__", stdin),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("version_info", version_info),
        ("float_info", float_info),
        (
            "version",
            Value::str("3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]"),
        ),
        ("hexversion", Value::Int(0x030B07F0)),
        ("platform", Value::str("linux")),
        ("byteorder", Value::str("little")),
        ("maxsize", Value::Int(i64::MAX)),
        ("maxunicode", Value::Int(0x10FFFF)),
        ("path", vm.sys_path.clone()),
        ("executable", Value::str("/usr/bin/python3")),
        ("implementation_name", Value::str("pyroclast")),
        (
            "builtin_module_names",
            Value::tuple(super::builtin_module_names().map(Value::str).collect()),
        ),
        ("dont_write_bytecode", Value::Bool(true)),
        ("warnoptions", Value::list(Vec::new())),
    ];
    entries.extend(functions(&[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("_getframe", getframe),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("exc_info", exc_info),
        ("get_asyncgen_hooks", get_asyncgen_hooks),
        ("set_asyncgen_hooks", set_asyncgen_hooks),
        ("exception", exception),
        ("intern", intern),
        ("getsizeof", getsizeof),
        ("getrefcount", getrefcount),
        ("getdefaultencoding", |_, _| Ok(Value::str("utf-8"))),
    ]));
    // One object under both names: a script that replaces the hook can
    // put the default back.
    let hook = crate::object::value::builtin("unraisablehook", unraisablehook);
    entries.push(("unraisablehook", hook.clone()));
    entries.push(("__unraisablehook__", hook));
    let hook = crate::object::value::builtin("displayhook", displayhook);
    entries.push(("displayhook", hook.clone()));
    entries.push(("__displayhook__", hook));
    super::toolkit::fill(ns, entries);
    // The interpreter's own module table: what a script changes there is
    // what `import` finds.
    ns.borrow_mut()
        .insert(Rc::from("modules"), vm.modules.value());
    Ok(())
}
