//! The interpreter: all state of one Python world (builtin classes, builtins,
//! modules, output, recursion depth, the exception being handled). Nothing
//! lives in process-wide statics, so two interpreters never see each other.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::{Rc, Weak};

use crate::object::{Class, Code, ExcData, Instance, Layout, ModuleObj, Namespace, namespace};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// Where `print` and `sys.stdout.write` go.
pub enum Output {
    /// The process's stdout, buffered and flushed at exit or before input.
    Stdout(std::io::BufWriter<std::io::Stdout>),
    /// An in-memory buffer for embedding hosts.
    Buffer(String),
}

impl Output {
    /// Writes text.
    pub fn write(&mut self, s: &str) {
        match self {
            Output::Stdout(w) => {
                let _ = w.write_all(s.as_bytes());
            }
            Output::Buffer(b) => b.push_str(s),
        }
    }
    /// Flushes buffered text.
    pub fn flush(&mut self) {
        if let Output::Stdout(w) = self {
            let _ = w.flush();
        }
    }
}

/// The builtin classes the runtime refers to directly.
pub struct Types {
    /// `object`
    pub object: Rc<Class>,
    /// `type`
    pub type_: Rc<Class>,
    /// `int`
    pub int: Rc<Class>,
    /// `bool`
    pub bool_: Rc<Class>,
    /// `float`
    pub float: Rc<Class>,
    /// `str`
    pub str_: Rc<Class>,
    /// `bytes`
    pub bytes: Rc<Class>,
    /// `list`
    pub list: Rc<Class>,
    /// `tuple`
    pub tuple: Rc<Class>,
    /// `dict`
    pub dict: Rc<Class>,
    /// `set`
    pub set: Rc<Class>,
    /// `frozenset`
    pub frozenset: Rc<Class>,
    /// `NoneType`
    pub none: Rc<Class>,
    /// `NotImplementedType`
    pub not_implemented: Rc<Class>,
    /// `ellipsis`
    pub ellipsis: Rc<Class>,
    /// `function`
    pub function: Rc<Class>,
    /// `builtin_function_or_method`
    pub builtin: Rc<Class>,
    /// `method`
    pub method: Rc<Class>,
    /// `module`
    pub module: Rc<Class>,
    /// Other builtin classes by name (iterators, range, generator, ...).
    pub others: RefCell<HashMap<&'static str, Rc<Class>>>,
    /// Exception classes by name.
    pub exceptions: HashMap<&'static str, Rc<Class>>,
}

/// Creates a builtin class.
pub fn new_class(name: &str, bases: Vec<Rc<Class>>, layout: Layout, builtin: bool) -> Rc<Class> {
    let mro = crate::classes::linearize(&bases).unwrap_or_default();
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from("builtins"),
        bases,
        mro,
        dict: namespace(),
        layout,
        builtin,
        marker: Cell::new(0),
        metaclass: std::cell::RefCell::new(None),
    })
}

/// CPython's builtin exception tree: (name, parent).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("FileExistsError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

impl Types {
    fn new() -> Types {
        let object = new_class("object", vec![], Layout::Object, true);
        let b = |name: &str| new_class(name, vec![object.clone()], Layout::Builtin, true);
        let int = b("int");
        let bool_ = new_class("bool", vec![int.clone()], Layout::Builtin, true);
        let mut exceptions: HashMap<&'static str, Rc<Class>> = HashMap::new();
        for (name, parent) in EXCEPTIONS {
            let mut bases = vec![if parent.is_empty() {
                object.clone()
            } else {
                exceptions[parent].clone()
            }];
            if *name == "ExceptionGroup" {
                bases.push(exceptions["Exception"].clone());
            }
            exceptions.insert(name, new_class(name, bases, Layout::Exception, true));
        }
        Types {
            type_: b("type"),
            int,
            bool_,
            float: b("float"),
            str_: b("str"),
            bytes: b("bytes"),
            list: b("list"),
            tuple: b("tuple"),
            dict: b("dict"),
            set: b("set"),
            frozenset: b("frozenset"),
            none: b("NoneType"),
            not_implemented: b("NotImplementedType"),
            ellipsis: b("ellipsis"),
            function: b("function"),
            builtin: b("builtin_function_or_method"),
            method: b("method"),
            module: b("module"),
            others: RefCell::new(HashMap::new()),
            exceptions,
            object,
        }
    }
}

/// One Python interpreter.
pub struct Interp {
    /// Builtin classes.
    pub types: Types,
    /// The `builtins` namespace.
    pub builtins: Rc<Namespace>,
    /// Imported modules by name.
    pub modules: RefCell<HashMap<Rc<str>, Value>>,
    /// Where output goes.
    pub out: RefCell<Output>,
    /// Python call depth.
    pub depth: Cell<u32>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: Cell<u32>,
    /// `sys.get_int_max_str_digits()`: the longest decimal int `int()` parses
    /// and `str()` prints (0 = no limit), guarding against quadratic work.
    pub int_max_str_digits: Cell<usize>,
    /// Exceptions being handled, innermost last (`sys.exc_info`, bare `raise`
    /// and implicit `__context__`).
    pub handling: RefCell<Vec<Value>>,
    /// `sys.argv`.
    pub argv: RefCell<Vec<String>>,
    /// Folder searched for `import name` of `.py` files.
    pub script_dir: RefCell<Option<std::path::PathBuf>>,
    /// A weak handle to ourselves, for futures that must own the interpreter.
    pub self_ref: RefCell<Weak<Interp>>,
    /// Abandoned suspended generators whose close() runs at the next
    /// statement boundary.
    pub finalizers: RefCell<Vec<Value>>,
    /// Cheap check for `finalizers` on every statement.
    pub finalizers_pending: Cell<bool>,
    /// The running asyncio event loop.
    pub event_loop: RefCell<Option<Rc<crate::modules::asyncio::event_loop::EventLoop>>>,
    /// Run asyncio on a virtual clock.
    pub virtual_time: Cell<bool>,
    /// Per-interpreter state of built-in modules, by module.
    pub module_state: RefCell<HashMap<&'static str, Rc<dyn std::any::Any>>>,
}

impl Interp {
    /// A fresh interpreter writing to stdout.
    pub fn new() -> Rc<Interp> {
        Self::with_output(Output::Stdout(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout(),
        )))
    }

    /// A fresh interpreter writing to the given sink.
    pub fn with_output(out: Output) -> Rc<Interp> {
        let vm = Rc::new(Interp {
            types: Types::new(),
            builtins: Rc::new(namespace()),
            modules: RefCell::new(HashMap::new()),
            out: RefCell::new(out),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            int_max_str_digits: Cell::new(4300),
            handling: RefCell::new(Vec::new()),
            argv: RefCell::new(Vec::new()),
            script_dir: RefCell::new(None),
            self_ref: RefCell::new(Weak::new()),
            virtual_time: Cell::new(false),
            event_loop: RefCell::new(None),
            finalizers: RefCell::new(Vec::new()),
            finalizers_pending: Cell::new(false),
            module_state: RefCell::new(HashMap::new()),
        });
        *vm.self_ref.borrow_mut() = Rc::downgrade(&vm);
        crate::builtins::install(&vm);
        vm
    }

    /// A strong handle to this interpreter.
    pub fn rc(&self) -> Rc<Interp> {
        self.self_ref
            .borrow()
            .upgrade()
            .expect("interpreter alive while running")
    }

    /// Writes to the output sink.
    pub fn write(&self, s: &str) {
        self.out.borrow_mut().write(s);
    }

    /// Flushes the output sink.
    pub fn flush(&self) {
        self.out.borrow_mut().flush();
    }

    /// A builtin exception class by name.
    pub fn exc_class(&self, name: &str) -> Rc<Class> {
        self.types
            .exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.types.exceptions["Exception"].clone())
    }

    /// A new exception instance of `class` with `args`.
    pub fn new_exception(&self, class: &Rc<Class>, args: Vec<Value>) -> Value {
        Value::Instance(Rc::new(Instance {
            class: class.clone(),
            dict: namespace(),
            exc: Some(RefCell::new(ExcData {
                args,
                ..ExcData::default()
            })),
            payload: RefCell::new(None),
            hash_seq: std::cell::Cell::new(0),
            dict_view: RefCell::new(std::rc::Weak::<crate::builtins::types::InstanceDict>::new()),
        }))
    }

    /// An error of a builtin exception class with a message.
    #[cold]
    pub fn error(&self, class: &str, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr(self.new_exception(&self.exc_class(class), vec![Value::str(&msg)]))
    }

    /// `TypeError(msg)`.
    #[cold]
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("TypeError", msg)
    }

    /// `ValueError(msg)`.
    #[cold]
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("ValueError", msg)
    }

    /// A builtin class registered under `name` (iterator types and the like),
    /// created on first use.
    pub fn other_class(&self, name: &'static str) -> Rc<Class> {
        if let Some(c) = self.types.others.borrow().get(name) {
            return c.clone();
        }
        let c = new_class(name, vec![self.types.object.clone()], Layout::Builtin, true);
        self.types.others.borrow_mut().insert(name, c.clone());
        c
    }

    /// `hash(v)`.
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        crate::ops::hash(self, v)
    }

    /// Closes generators abandoned while suspended (CPython closes them when
    /// their last reference goes; we do it at the next statement boundary).
    pub fn run_finalizers(&self) {
        if !self.finalizers_pending.replace(false) {
            return;
        }
        loop {
            let pending = match self.finalizers.try_borrow_mut() {
                Ok(mut f) => std::mem::take(&mut *f),
                Err(_) => return,
            };
            if pending.is_empty() {
                return;
            }
            for g in pending {
                if let Some(genobj) = g.native::<crate::generator::Generator>()
                    && let Err(e) = genobj.close(self)
                {
                    self.flush();
                    eprintln!(
                        "Exception ignored in: <generator object {} at {:#x}>",
                        genobj.qualname,
                        g.id()
                    );
                    crate::traceback::print_exception(self, &e);
                }
            }
        }
    }

    /// Enters a Python call, raising RecursionError past the limit.
    pub fn enter_call(&self) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > self.recursion_limit.get() {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.depth.set(d);
        Ok(())
    }

    /// Leaves a Python call.
    pub fn leave_call(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }

    /// A module object wrapping a namespace.
    pub fn new_module(&self, name: &str, globals: Rc<Namespace>) -> Value {
        globals
            .borrow_mut()
            .insert(Rc::from("__name__"), Value::str(name));
        Value::Module(Rc::new(ModuleObj {
            name: Rc::from(name),
            globals,
        }))
    }

    /// Runs a parsed, resolved module as `__main__` (or `name`), returning
    /// its globals.
    pub fn run_module(
        &self,
        module: &pyroclast_syntax::Module,
        code: Rc<Code>,
        name: &str,
    ) -> PyResult<Rc<Namespace>> {
        let globals = Rc::new(namespace());
        globals
            .borrow_mut()
            .insert(Rc::from("__name__"), Value::str(name));
        self.modules.borrow_mut().insert(
            Rc::from(name),
            Value::Module(Rc::new(ModuleObj {
                name: Rc::from(name),
                globals: globals.clone(),
            })),
        );
        {
            let mut g = globals.borrow_mut();
            g.insert(Rc::from("__file__"), Value::Str(code.filename.clone()));
            g.insert(Rc::from("__doc__"), module_doc(module));
        }
        crate::eval::run_module_body(self, module, code, globals.clone())?;
        Ok(globals)
    }
}

/// The docstring of a module, or None.
pub fn module_doc(module: &pyroclast_syntax::Module) -> Value {
    use pyroclast_syntax::ast::{Constant, ExprKind, StmtKind};
    if let Some(first) = module.body.first()
        && let StmtKind::Expr(e) = &first.kind
        && let ExprKind::Constant(Constant::Str(s)) = &e.kind
    {
        return Value::Str(s.clone());
    }
    Value::None
}
