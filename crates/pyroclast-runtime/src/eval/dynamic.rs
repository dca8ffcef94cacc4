//! `eval()`, `exec()` and `compile()`: compile source at run time and run it
//! against a namespace (the caller's globals, or the dicts passed in).

use std::rc::Rc;

use pyroclast_syntax::ast::{Stmt, StmtKind};

use crate::object::exc_kind::ExcKind;
use crate::object::model::{Code, Namespace, namespace};
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, bind, check};
use crate::protocol::types::construct::{DictSource, InstanceDict};
use crate::{Interp, PyErr, PyResult};

/// A SyntaxError of run-time compiled source, worded as CPython words it
/// (`msg (filename, line N)`).
fn syntax_error(
    vm: &Interp,
    e: &pyroclast_syntax::SyntaxError,
    source: &str,
    filename: &str,
) -> PyErr {
    crate::protocol::types::syntax_error::from_parser(vm, e, source, filename)
}

/// What `compile()` returns: checked source that `exec`/`eval` run.
pub struct CompiledCode {
    source: Rc<str>,
    filename: Rc<str>,
    mode: &'static str,
}

impl crate::object::value::Native for CompiledCode {
    fn class(&self, vm: &Interp) -> Rc<crate::object::model::Class> {
        vm.other_class("code")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<code object <module> at {:#x}, file \"{}\", line 1>",
            self as *const _ as usize, self.filename
        )))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "co_filename" => Value::Str(self.filename.clone()),
            "co_name" | "co_qualname" => Value::str("<module>"),
            "co_firstlineno" => Value::Int(1),
            _ => return None,
        }))
    }
}

/// Source text as the parser takes it: CPython refuses a string holding
/// NUL before parsing (with no location) and reads `\r\n` and a lone `\r`
/// as newlines, as it does for files.
fn prepare_source(vm: &Interp, source: String) -> PyResult<String> {
    check_null_bytes(vm, &source)?;
    Ok(if source.contains('\r') {
        source.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        source
    })
}

/// CPython refuses a source string holding NUL before parsing, with no
/// location.
fn check_null_bytes(vm: &Interp, source: &str) -> PyResult<()> {
    if source.contains('\0') {
        return Err(vm.error(
            ExcKind::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    Ok(())
}

/// Source text and file name of what `exec`/`eval` got.
fn source_of(vm: &Interp, v: &Value, fname: &str) -> PyResult<(String, Rc<str>)> {
    match v {
        Value::Str(s) => Ok((prepare_source(vm, s.to_string())?, Rc::from("<string>"))),
        Value::Bytes(b) => {
            let s = String::from_utf8_lossy(b).into_owned();
            Ok((prepare_source(vm, s)?, Rc::from("<string>")))
        }
        other => match other.native::<CompiledCode>() {
            Some(c) => Ok((c.source.to_string(), c.filename.clone())),
            None => Err(vm.type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object, not {}",
                crate::protocol::ops::type_name(vm, other)
            ))),
        },
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`: checks the source (raising SyntaxError as CPython does)
/// and returns a code object for `exec`/`eval`.
pub fn compile(vm: &Interp, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("compile", Style::KwClinic, 3, 7).named(
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
    );
    let (_, slots) = bind(vm, args, &SIG)?;
    let source = match slots[0].as_ref() {
        Some(Value::Str(s)) => s.to_string(),
        Some(Value::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "compile() arg 1 must be a string, bytes or AST object, not {}",
                crate::protocol::ops::type_name(vm, other)
            )));
        }
        None => String::new(),
    };
    let source = prepare_source(vm, source)?;
    let filename = match slots[1].as_ref() {
        Some(v) => crate::protocol::ops::to_str_rc(vm, v)?,
        None => Rc::from("<string>"),
    };
    let mode = match slots[2].as_ref() {
        Some(Value::Str(m)) if &**m == "exec" => "exec",
        Some(Value::Str(m)) if &**m == "eval" => "eval",
        Some(Value::Str(m)) if &**m == "single" => "single",
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let checked = if mode == "eval" {
        let src = source.trim_start_matches([' ', '\t']);
        pyroclast_syntax::parse_expression(src).and_then(|expr| {
            let span = expr.span;
            let module = pyroclast_syntax::Module {
                body: vec![Stmt::new(StmtKind::Expr(Box::new(expr)), span)],
                ..pyroclast_syntax::Module::default()
            };
            pyroclast_syntax::resolver::resolve(&module)
        })
    } else {
        pyroclast_syntax::parse_module(&source).map(|_| ())
    };
    checked.map_err(|e| syntax_error(vm, &e, &source, &filename))?;
    Ok(Value::Native(Rc::new(CompiledCode {
        source: Rc::from(source),
        filename,
        mode,
    })))
}

/// The module namespace behind a `globals()` (or `module.__dict__`) view:
/// code run there defines its names in the module itself.
fn live_namespace(v: &Value) -> Option<Rc<Namespace>> {
    match &v.native::<InstanceDict>()?.0 {
        DictSource::Globals(g) => Some(g.clone()),
        DictSource::Instance(_) => None,
    }
}

/// The string-keyed items of a dict (or of an instance's `__dict__` view).
fn mapping_items(v: &Value) -> Option<Vec<(Rc<str>, Value)>> {
    if let Value::Dict(d) = v {
        let items = d.borrow().items().into_iter();
        return Some(
            items
                .filter_map(|(k, v)| match k {
                    Value::Str(k) => Some((k, v)),
                    _ => None,
                })
                .collect(),
        );
    }
    let ns = v.native::<InstanceDict>()?.ns().borrow();
    Some(ns.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
}

/// Which builtin is asking, for its error messages.
#[derive(Clone, Copy, PartialEq)]
enum Caller {
    Eval,
    Exec,
}

/// Where `exec`/`eval` run: a namespace, and for a temporary copy, where
/// its names go afterwards.
struct RunIn {
    ns: Rc<Namespace>,
    write_back: Option<WriteBack>,
}

/// The dict (or view) a temporary namespace is copied back into; with
/// separate locals, the globals as copied in (names still bound to the
/// same objects there stay out of the locals).
struct WriteBack {
    target: Value,
    globals: Option<crate::object::class_dict::NsMap>,
}

/// The namespace `exec`/`eval` run in: the caller's globals, a module's
/// own namespace (a `globals()` view), or a copy of the items of the dicts
/// passed in. Functions that `exec` defines in a plain dict keep the copy
/// as their globals (README, "Differences from CPython").
fn namespace_for(
    vm: &Interp,
    who: Caller,
    globals: Option<&Value>,
    locals: Option<&Value>,
    caller: &Rc<Namespace>,
) -> PyResult<RunIn> {
    let type_name = |v: &Value| crate::protocol::ops::type_name(vm, v);
    let is_mapping = |v: &Value| crate::protocol::classes::getattr(vm, v, "__getitem__").is_ok();
    let mut run = match globals {
        Some(Value::None) | None => RunIn {
            ns: caller.clone(),
            write_back: None,
        },
        Some(g) => match live_namespace(g).ok_or_else(|| mapping_items(g)) {
            Ok(ns) => RunIn {
                ns,
                write_back: None,
            },
            Err(Some(items)) => {
                let ns = vm.globals_namespace();
                ns.borrow_mut().extend(items);
                RunIn {
                    ns,
                    write_back: Some(WriteBack {
                        target: g.clone(),
                        globals: None,
                    }),
                }
            }
            Err(None) => {
                return Err(vm.type_error(match who {
                    Caller::Exec => format!("exec() globals must be a dict, not {}", type_name(g)),
                    Caller::Eval if is_mapping(g) => {
                        "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                    }
                    Caller::Eval => "globals must be a dict".to_string(),
                }));
            }
        },
    };
    let Some(l) = locals.filter(|l| !matches!(l, Value::None)) else {
        return Ok(run);
    };
    if live_namespace(l).is_some_and(|l| Rc::ptr_eq(&l, &run.ns)) {
        return Ok(run);
    }
    let Some(items) = mapping_items(l) else {
        if is_mapping(l) {
            return Ok(run);
        }
        return Err(vm.type_error(match who {
            Caller::Exec => format!("locals must be a mapping or None, not {}", type_name(l)),
            Caller::Eval => "locals must be a mapping".to_string(),
        }));
    };
    let snapshot = run.ns.borrow().clone();
    let ns = vm.globals_namespace();
    ns.borrow_mut()
        .extend(snapshot.iter().map(|(k, v)| (k.clone(), v.clone())));
    ns.borrow_mut().extend(items);
    run.ns = ns;
    run.write_back = Some(WriteBack {
        target: l.clone(),
        globals: Some(snapshot),
    });
    Ok(run)
}

/// Writes a temporary namespace back into the dict (or view) it copied.
fn copy_back(vm: &Interp, ns: &Namespace, back: &WriteBack) -> PyResult<()> {
    let unchanged = |k: &Rc<str>, v: &Value| {
        back.globals
            .as_ref()
            .and_then(|g| g.get(&**k))
            .is_some_and(|gv| gv.is(v))
    };
    let items: Vec<(Rc<str>, Value)> = ns
        .borrow()
        .iter()
        .filter(|(k, v)| !unchanged(k, v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if let Value::Dict(d) = &back.target {
        for (k, v) in items {
            d.borrow_mut().set(vm, Value::Str(k), v)?;
        }
    } else if let Some(view) = back.target.native::<InstanceDict>() {
        view.ns().borrow_mut().extend(items);
    }
    Ok(())
}

/// `eval(source, globals=None, locals=None)` with `caller` as the default globals.
pub fn eval_in(vm: &Interp, args: &Args, caller: &Rc<Namespace>) -> PyResult<Value> {
    // `eval(source, globals=None, locals=None, /)`.
    const SIG: Sig = Sig::function("eval", Style::Clinic, 1, 3);
    check(vm, args, &SIG)?;
    // Code compiled for exec runs as statements; eval then returns None.
    if args.pos[0]
        .native::<CompiledCode>()
        .is_some_and(|c| c.mode != "eval")
    {
        exec_in(vm, args, caller)?;
        return Ok(Value::None);
    }
    let (src, filename) = source_of(vm, &args.pos[0], "eval")?;
    let src = src.trim_start_matches([' ', '\t']).to_string();
    let expr = pyroclast_syntax::parse_expression(&src)
        .map_err(|e| syntax_error(vm, &e, &src, &filename))?;
    let span = expr.span;
    let module = pyroclast_syntax::Module {
        body: vec![Stmt::new(StmtKind::Expr(Box::new(expr)), span)],
        ..pyroclast_syntax::Module::default()
    };
    pyroclast_syntax::resolver::resolve(&module)
        .map_err(|e| syntax_error(vm, &e, &src, &filename))?;
    let ns = namespace_for(vm, Caller::Eval, args.pos.get(1), args.pos.get(2), caller)?.ns;
    let code = Rc::new(Code {
        filename,
        source: Rc::from(src.as_str()),
    });
    let mut frame = crate::eval::Frame::module(ns, code);
    let Some(StmtKind::Expr(e)) = module.body.first().map(|s| &s.kind) else {
        return Ok(Value::None);
    };
    crate::eval::expr::eval(vm, &mut frame, e).inspect_err(|e| frame.add_traceback(e))
}

/// `exec(source, globals=None, locals=None)` with `caller` as the default globals.
pub fn exec_in(vm: &Interp, args: &Args, caller: &Rc<Namespace>) -> PyResult<Value> {
    // `exec(source, globals=None, locals=None, /, *, closure=None)`; a
    // closure only matters for code objects, which are not supported.
    const SIG: Sig = Sig::function("exec", Style::Kw, 0, 0)
        .named(&["source", "globals", "locals", "closure"], 1)
        .positional(3)
        .posonly(3);
    check(vm, args, &SIG)?;
    if !args.kw.is_empty() {
        let copy = Args {
            pos: args.pos.clone(),
            kw: args.kw.clone(),
        };
        bind(vm, copy, &SIG)?;
    }
    let (src, filename) = source_of(vm, &args.pos[0], "exec")?;
    let module =
        pyroclast_syntax::parse_module(&src).map_err(|e| syntax_error(vm, &e, &src, &filename))?;
    let run = namespace_for(vm, Caller::Exec, args.pos.get(1), args.pos.get(2), caller)?;
    let ns = run.ns;
    let code = Rc::new(Code {
        filename,
        source: Rc::from(src.as_str()),
    });
    // Code compiled in 'single' mode echoes its expression statements
    // (sys.displayhook's rules), as interactive input does.
    let single = args.pos[0]
        .native::<CompiledCode>()
        .is_some_and(|c| c.mode == "single");
    if single {
        crate::eval::run_code(vm, &module, code, ns.clone(), true)?;
    } else {
        crate::eval::run_module_body(vm, &module, code, ns.clone())?;
    }
    if let Some(back) = &run.write_back {
        copy_back(vm, &ns, back)?;
    }
    Ok(Value::None)
}

fn main_globals(vm: &Interp) -> Rc<Namespace> {
    match vm.modules.get(vm, "__main__") {
        Some(Value::Module(m)) => m.globals.clone(),
        _ => Rc::new(namespace()),
    }
}

/// Registers `eval` and `exec` (called by name, the evaluator passes the
/// caller's globals instead).
pub fn install(vm: &Interp) {
    let mut b = vm.builtins.borrow_mut();
    b.insert(
        Rc::from("eval"),
        crate::object::value::builtin("eval", |vm, a| eval_in(vm, &a, &main_globals(vm))),
    );
    b.insert(
        Rc::from("exec"),
        crate::object::value::builtin("exec", |vm, a| exec_in(vm, &a, &main_globals(vm))),
    );
    b.insert(
        Rc::from("compile"),
        crate::object::value::builtin("compile", compile),
    );
}
