//! The standard library: one table of modules drives `import`,
//! `sys.builtin_module_names`, module reprs and the loader. A module is
//! Rust code that fills its namespace, embedded Python (one folder,
//! `python/`) run in it afterwards, or both. Other `.py` files come from
//! the host's [`ModuleLoader`](crate::object::vm::ModuleLoader), if any.

pub mod abc;
pub mod asyncio;
pub mod cmath;
pub mod collections;
pub mod contextvars;
pub mod datetime;
pub mod decimal_support;
pub mod frozen_external;
pub mod fs;
pub mod functools;
pub mod gc;
pub mod hashlib;
pub mod importer;
pub mod importlib;
pub mod inspect;
pub mod itertools;
pub mod json;
pub mod linecache;
pub mod math;
pub mod mersenne;
pub mod operator;
pub mod random;
pub mod re;
pub mod structmod;
pub mod sys;
pub mod time;
pub mod toolkit;
pub mod traceback;
pub mod types;
pub mod unicodedata;
pub mod weakref;

use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::model::{ModuleKind, Namespace, namespace};
use crate::object::value::Value;
use crate::{Interp, PyResult};

/// Fills a module's namespace with what is written in Rust.
type Fill = fn(&Interp, &Namespace) -> PyResult<()>;

/// One module of the standard library.
pub struct ModuleDef {
    /// The module's name.
    pub name: &'static str,
    /// Its Rust part, run first.
    pub rust: Option<Fill>,
    /// Its Python parts, run in order in the same namespace: while one
    /// runs, `__name__` is the first element (so classes defined there
    /// report CPython's submodule, as `asyncio.locks.Lock` does).
    pub python: &'static [(&'static str, &'static str)],
    /// In CPython's `sys.builtin_module_names` (a C module linked into the
    /// interpreter); the others are shown as frozen.
    pub builtin: bool,
}

macro_rules! py {
    ($file:literal) => {
        include_str!(concat!("python/", $file))
    };
}

/// A module written in Rust (`builtin`: listed in `sys.builtin_module_names`;
/// `python`: followed by `python/<name>.py` in the same namespace).
macro_rules! rust_module {
    ($name:literal, $fill:path) => {
        ModuleDef {
            name: $name,
            rust: Some($fill),
            python: &[],
            builtin: false,
        }
    };
    ($name:literal, $fill:path, builtin) => {
        ModuleDef {
            name: $name,
            rust: Some($fill),
            python: &[],
            builtin: true,
        }
    };
    ($name:literal, $fill:path, python) => {
        ModuleDef {
            name: $name,
            rust: Some($fill),
            python: &[($name, include_str!(concat!("python/", $name, ".py")))],
            builtin: false,
        }
    };
}

/// A module written in Python: `python/<name>.py`.
macro_rules! python_module {
    ($name:literal) => {
        ModuleDef {
            name: $name,
            rust: None,
            python: &[($name, include_str!(concat!("python/", $name, ".py")))],
            builtin: false,
        }
    };
}

/// Every module of the standard library, one line each.
#[rustfmt::skip]
pub const MODULES: &[ModuleDef] = &[
    rust_module!("sys", sys::fill, builtin),
    rust_module!("time", time::fill, builtin),
    rust_module!("gc", gc::fill, builtin),
    rust_module!("itertools", itertools::fill, builtin),
    rust_module!("math", math::fill),
    rust_module!("cmath", cmath::fill),
    rust_module!("unicodedata", unicodedata::fill),
    rust_module!("random", random::fill),
    rust_module!("operator", operator::fill),
    rust_module!("collections", collections::fill, python),
    rust_module!("functools", functools::fill, python),
    rust_module!("weakref", weakref::fill, python),
    rust_module!("inspect", inspect::fill, python),
    rust_module!("types", types::fill, python),
    rust_module!("contextvars", contextvars::fill),
    rust_module!("traceback", traceback::fill, python),
    rust_module!("linecache", linecache::fill, python),
    rust_module!("re", re::fill, python),
    rust_module!("_fs", fs::fill),
    python_module!("_io"),
    python_module!("os"),
    python_module!("posixpath"),
    python_module!("fnmatch"),
    python_module!("pathlib"),
    python_module!("shutil"),
    python_module!("tempfile"),
    // argparse is split in three files; each part is its own module.
    python_module!("_argparse_help"),
    python_module!("_argparse_actions"),
    python_module!("argparse"),
    rust_module!("hashlib", hashlib::fill, python),
    ModuleDef { name: "struct", rust: Some(structmod::fill), python: &[("struct", py!("struct.py"))], builtin: false },
    // asyncio's Python is split as CPython splits it; each part runs under
    // its submodule's name so its classes report it.
    ModuleDef {
        name: "asyncio",
        rust: Some(asyncio::fill),
        python: &[
            ("asyncio.exceptions", py!("asyncio/exceptions.py")),
            ("asyncio.threads", py!("asyncio/threads.py")),
            ("asyncio.tasks", py!("asyncio/tasks.py")),
            ("asyncio.timeouts", py!("asyncio/timeouts.py")),
            ("asyncio.taskgroups", py!("asyncio/taskgroups.py")),
            ("asyncio.locks", py!("asyncio/locks.py")),
            ("asyncio.queues", py!("asyncio/queues.py")),
            ("asyncio.runners", py!("asyncio/runners.py")),
            ("asyncio.events", py!("asyncio/events.py")),
        ],
        builtin: false,
    },
    python_module!("typing"),
    python_module!("dataclasses"),
    python_module!("contextlib"),
    rust_module!("abc", abc::fill, python),
    python_module!("copy"),
    python_module!("heapq"),
    python_module!("bisect"),
    python_module!("string"),
    python_module!("enum"),
    python_module!("io"),
    python_module!("keyword"),
    python_module!("atexit"),
    python_module!("collections.abc"),
    python_module!("unittest"),
    python_module!("unittest.mock"),
    python_module!("doctest"),
    python_module!("pprint"),
    python_module!("textwrap"),
    python_module!("logging"),
    python_module!("warnings"),
    python_module!("queue"),
    python_module!("numbers"),
    python_module!("fractions"),
    python_module!("statistics"),
    // The import system's Python side: module specs and loaders, then the
    // `importlib` API over the Rust importer (`importer.rs`).
    rust_module!("_frozen_importlib_external", frozen_external::fill),
    python_module!("_frozen_importlib"),
    rust_module!("importlib", importlib::fill, python),
    python_module!("importlib.util"),
    python_module!("hmac"),
    python_module!("binascii"),
    python_module!("base64"),
    python_module!("uuid"),
    python_module!("csv"),
    python_module!("graphlib"),
    python_module!("shlex"),
    python_module!("reprlib"),
    rust_module!("_decimal_support", decimal_support::fill),
    python_module!("_decimal_math"),
    python_module!("decimal"),
    // `_datetime` is the implementation, run under the name `datetime` so
    // its classes report that module; `datetime` imports its public names.
    ModuleDef { name: "_datetime", rust: Some(datetime::fill), python: &[("datetime", py!("_datetime.py"))], builtin: false },
    python_module!("datetime"),
    // json's Python is split as CPython's (json.decoder, json.encoder).
    ModuleDef { name: "json", rust: Some(json::fill), python: json::PARTS, builtin: false },
];

/// `sys.builtin_module_names`, sorted as CPython sorts them.
pub fn builtin_module_names() -> impl Iterator<Item = &'static str> {
    let mut names: Vec<&'static str> = MODULES
        .iter()
        .filter(|m| m.builtin)
        .map(|m| m.name)
        .chain(["builtins"])
        .collect();
    names.sort_unstable();
    names.into_iter()
}

pub use importer::import;

/// The `builtins` module: its namespace is the interpreter's builtins, so
/// `builtins.foo = 1` makes `foo` visible in every module, as in CPython.
pub fn builtins_module(vm: &Interp) -> Value {
    if let Some(m) = vm.modules.get(vm, "builtins") {
        return m;
    }
    let module = vm.new_module("builtins", vm.builtins.clone());
    if let Value::Module(m) = &module {
        m.kind.set(ModuleKind::Builtin);
    }
    vm.modules.insert(vm, "builtins", module.clone());
    module
}

fn import_defined(vm: &Interp, name: &str) -> PyResult<Value> {
    if name == "builtins" {
        return Ok(builtins_module(vm));
    }
    if let Some(def) = MODULES.iter().find(|m| m.name == name) {
        let kind = if def.builtin {
            ModuleKind::Builtin
        } else {
            ModuleKind::Frozen
        };
        let (module, ns) = register(vm, name, kind);
        // `_frozen_importlib` makes the specs: its own comes after it runs.
        let own_spec = name == "_frozen_importlib";
        if !own_spec {
            importer::stdlib_attributes(vm, name, def, &ns).inspect_err(|_| forget(vm, name))?;
        }
        if let Some(fill) = def.rust {
            fill(vm, &ns).inspect_err(|_| forget(vm, name))?;
        }
        for (label, src) in def.python {
            exec_part(vm, &ns, name, label, src).inspect_err(|_| forget(vm, name))?;
            // A part named as a submodule (`asyncio.exceptions`) is also
            // reachable as one: a view of the module's namespace.
            if let Some(sub) = label.strip_prefix(name).and_then(|s| s.strip_prefix('.')) {
                let part = vm.new_module(label, ns.clone());
                if let Value::Module(m) = &part {
                    m.kind.set(kind);
                }
                vm.modules.insert(vm, label, part.clone());
                ns.borrow_mut().insert(Rc::from(sub), part);
            }
        }
        if own_spec {
            importer::stdlib_attributes(vm, name, def, &ns).inspect_err(|_| forget(vm, name))?;
        }
        return Ok(module);
    }
    Err(vm.error(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    ))
}

/// Makes the module object and registers it before its code runs, so a
/// circular import sees the partly made module, as in CPython.
fn register(vm: &Interp, name: &str, kind: ModuleKind) -> (Value, Rc<Namespace>) {
    let ns = Rc::new(namespace());
    let module = vm.new_module(name, ns.clone());
    if let Value::Module(m) = &module {
        m.kind.set(kind);
    }
    vm.modules.insert(vm, name, module.clone());
    (module, ns)
}

/// A module whose code failed is not left half made in `sys.modules`.
fn forget(vm: &Interp, name: &str) {
    let gone = vm.modules.remove(vm, name);
    drop(gone);
}

/// Runs an embedded Python part of a module, `__name__` set to `label`
/// while it runs.
fn exec_part(vm: &Interp, ns: &Rc<Namespace>, name: &str, label: &str, src: &str) -> PyResult<()> {
    let set_name = |n: &str| {
        ns.borrow_mut().insert(Rc::from("__name__"), Value::str(n));
    };
    set_name(label);
    let r = exec_source(vm, ns, &format!("<frozen {label}>"), src);
    set_name(name);
    r
}

/// The one loader of Python source: parses `source` and runs it as module
/// code in `ns`. A syntax error in an imported file raises SyntaxError.
pub fn exec_source(vm: &Interp, ns: &Rc<Namespace>, filename: &str, source: &str) -> PyResult<()> {
    let module = pyroclast_syntax::parse_module(source)
        .map_err(|e| crate::protocol::types::syntax_error::from_parser(vm, &e, source, filename))?;
    ns.borrow_mut()
        .insert(Rc::from("__doc__"), crate::eval::module_doc(&module));
    let code = vm.new_code(filename, source);
    // Functions and classes keep their own `Rc`s of the parts of the tree
    // they need, so the module can be dropped once its body has run.
    crate::eval::run_module_body(vm, &module, code, ns.clone())
}

/// What an uncaught `SystemExit` asks for: `Ok(code)` for `None`, a bool or
/// an int, `Err(text)` for any other code (printed, then status 1).
pub fn system_exit_code(vm: &Interp, e: &crate::PyErr) -> Option<Result<i64, String>> {
    if !e.matches(vm, ExcKind::SystemExit) {
        return None;
    }
    let code = match &e.0 {
        Value::Instance(i) => i
            .exc
            .as_ref()
            .and_then(|d| d.borrow().args.first().cloned()),
        _ => None,
    };
    Some(match code {
        None | Some(Value::None) => Ok(0),
        Some(Value::Int(n)) => Ok(n),
        Some(Value::Bool(b)) => Ok(i64::from(b)),
        Some(other) => Err(crate::protocol::ops::to_str(vm, &other).unwrap_or_default()),
    })
}
