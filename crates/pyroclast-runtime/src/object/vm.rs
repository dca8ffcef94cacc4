//! The interpreter's state: everything of one Python world (builtin
//! classes, builtins, modules, output, the frame stack, the exception being
//! handled). Nothing lives in process-wide statics, so two interpreters
//! never see each other. The bootstrap (`crate::interp`) fills it.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, ExcData, Instance, Layout, ModuleObj, Namespace};
use crate::object::value::Value;
use crate::{PyErr, PyResult};

/// Where an interpreter's text output goes (`print`, `sys.stdout`,
/// `sys.stderr`, warnings and "Exception ignored" reports). The host supplies
/// the sinks; the runtime never writes to the process's streams itself.
pub trait Sink {
    /// Writes text.
    fn write(&mut self, text: &str);
    /// Pushes buffered text out (before waiting, reading input or writing to
    /// the other stream).
    fn flush(&mut self) {}
    /// The error a write or flush met since the last call (a closed pipe,
    /// a full disk), for the `print`/`write`/`flush` to raise.
    fn take_error(&mut self) -> Option<std::io::Error> {
        None
    }
}

/// A sink that keeps the text in a shared buffer.
impl Sink for std::rc::Rc<RefCell<String>> {
    fn write(&mut self, text: &str) {
        self.borrow_mut().push_str(text);
    }
}

/// Where `input()` and `sys.stdin` read lines from; `None` in an interpreter
/// reads end of file.
pub type Input = Box<dyn std::io::BufRead>;

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
    pub others: RefCell<HashMap<&'static str, Rc<Class>, rustc_hash::FxBuildHasher>>,
    /// Exception classes by name.
    /// The builtin exception classes, indexed by [`ExcKind`].
    pub exceptions: Vec<Rc<Class>>,
    /// The class of limit stops: outside the `BaseException` tree, so no
    /// `except` clause matches it.
    pub limit_stop: Rc<Class>,
}

/// Creates a builtin class.
pub fn new_class(name: &str, bases: Vec<Rc<Class>>, layout: Layout, builtin: bool) -> Rc<Class> {
    new_class_in("builtins", name, bases, layout, builtin)
}

/// Creates a builtin class of `module`.
pub fn new_class_in(
    module: &str,
    name: &str,
    bases: Vec<Rc<Class>>,
    layout: Layout,
    builtin: bool,
) -> Rc<Class> {
    let mro = crate::object::model::linearize(&bases).unwrap_or_default();
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases,
        mro,
        dict: Default::default(),
        tag: Default::default(),
        layout,
        builtin,
        marker: crate::object::class_dict::Marker::new(0),
        metaclass: std::cell::RefCell::new(None),
        new: std::cell::Cell::new(None),
        fast_new: std::cell::Cell::new(None),
        vm: std::cell::RefCell::new(std::rc::Weak::new()),
        weakrefs: std::cell::Cell::new(false),
        ctor: std::cell::Cell::new(crate::object::model::CtorPlan::UNSET),
        attrs: std::cell::Cell::new(0),
    })
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Types {
    /// The builtin classes of a new interpreter.
    pub fn new() -> Types {
        let object = new_class("object", vec![], Layout::Object, true);
        let b = |name: &str| new_class(name, vec![object.clone()], Layout::Builtin, true);
        let int = b("int");
        let bool_ = new_class("bool", vec![int.clone()], Layout::Builtin, true);
        let mut exceptions: Vec<Rc<Class>> = Vec::with_capacity(ExcKind::ALL.len());
        for kind in ExcKind::ALL {
            let mut bases = vec![match kind.parent() {
                None => object.clone(),
                Some(p) => exceptions[p as usize].clone(),
            }];
            if *kind == ExcKind::ExceptionGroup {
                bases.push(exceptions[ExcKind::Exception as usize].clone());
            }
            exceptions.push(new_class(kind.name(), bases, Layout::Exception, true));
        }
        let flagged = |name: &str, flag: u8| {
            let c = b(name);
            c.marker.set(flag);
            c
        };
        Types {
            type_: b("type"),
            int,
            bool_,
            float: b("float"),
            str_: b("str"),
            bytes: b("bytes"),
            list: flagged("list", super::model::SEQUENCE),
            tuple: flagged("tuple", super::model::SEQUENCE),
            dict: flagged("dict", super::model::MAPPING),
            set: b("set"),
            frozenset: b("frozenset"),
            none: b("NoneType"),
            not_implemented: b("NotImplementedType"),
            ellipsis: b("ellipsis"),
            function: b("function"),
            builtin: b("builtin_function_or_method"),
            method: b("method"),
            module: b("module"),
            others: RefCell::new(HashMap::with_capacity_and_hasher(
                128,
                rustc_hash::FxBuildHasher,
            )),
            exceptions,
            limit_stop: new_class(
                "LimitExceeded",
                vec![object.clone()],
                Layout::Exception,
                true,
            ),
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
    /// Imported modules by name (`sys.modules`).
    pub modules: super::module_table::ModuleTable,
    /// Where `print` and `sys.stdout` go.
    pub out: RefCell<Box<dyn Sink>>,
    /// Where `sys.stderr`, warnings and ignored-exception reports go.
    pub err: RefCell<Box<dyn Sink>>,
    /// Where `input()` and `sys.stdin` read from.
    pub stdin: RefCell<Option<Input>>,
    /// The running Python frames, outermost first (`object/frames.rs`).
    pub frames: RefCell<Vec<super::frames::ActiveFrame>>,
    /// The statement the innermost running frame is at (a byte offset).
    pub line: Cell<u32>,
    /// Frames entered so far (numbers each run of a frame).
    pub frame_serial: Cell<u32>,
    /// Source text of the files run or imported, by file name
    /// (`linecache`).
    pub sources: RefCell<HashMap<Rc<str>, Rc<str>>>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: Cell<u32>,
    /// Levels of native recursion over nested data (repr, comparison...)
    /// in progress, counted with the frames against the recursion limit
    /// as CPython counts `Py_EnterRecursiveCall` levels.
    pub native_depth: Cell<u32>,
    /// `sys.get_int_max_str_digits()`: the longest decimal int `int()` parses
    /// and `str()` prints (0 = no limit), guarding against quadratic work.
    pub int_max_str_digits: Cell<usize>,
    /// Exceptions being handled, innermost last (`sys.exc_info`, bare `raise`
    /// and implicit `__context__`).
    pub handling: RefCell<Vec<Value>>,
    /// `sys.argv`.
    pub argv: RefCell<Vec<String>>,
    /// Where `import name` finds `.py` files not in the standard library
    /// (the host's choice; none by default).
    pub loader: RefCell<Option<Box<dyn ModuleLoader>>>,
    /// The directory trees Python may read or write (`open`, `os`,
    /// `pathlib`); empty unless the host granted some.
    pub fs: RefCell<super::fs::FsAccess>,
    /// `os.environ` as the host gave it (`None`: an empty environment).
    pub environ: RefCell<Option<Vec<(String, String)>>>,
    /// The initial `sys.path` (a list), kept here so imports can search it
    /// before `sys` is imported; `sys.path` is this very list.
    pub sys_path: Value,
    /// A weak handle to ourselves, for futures that must own the interpreter.
    pub self_ref: RefCell<Weak<Interp>>,
    /// Abandoned suspended generators whose close() runs at the next
    /// statement boundary.
    pub finalizers: RefCell<Vec<Value>>,
    /// Cheap check for `finalizers` on every statement.
    pub finalizers_pending: Cell<bool>,
    /// The running asyncio event loop.
    pub event_loop: RefCell<Option<Rc<dyn std::any::Any>>>,
    /// The monotonic clock (real or virtual) behind `time` and asyncio.
    pub clock: crate::object::clock::Clock,
    /// Step, time and memory limits.
    pub limits: crate::object::limits::Limits,
    /// How the event loop waits (blocking its thread, or on the host's
    /// runtime).
    pub driver: Cell<Driver>,
    /// Host futures in flight: while any is, the virtual clock does not
    /// jump (the host's work takes real time).
    pub host_waits: Cell<usize>,
    /// Functions installed by the upper layers (see `object::hooks`).
    pub hooks: crate::object::hooks::Hooks,
    /// Requests from other threads (Ctrl-C).
    pub signals: std::sync::Arc<crate::object::signals::Signals>,
    /// Coroutine and async generator bodies being polled, innermost last
    /// (1 while a task runs its own coroutine's code).
    pub async_depth: Cell<u32>,
    /// The next default hash of a user object.
    pub hash_seq: Cell<i64>,
    /// Set while the interpreter is torn down: objects being dropped run no
    /// finalizers and print no reports.
    pub closing: Cell<bool>,
    /// Async generator hooks set from Python (`sys.set_asyncgen_hooks`):
    /// firstiter and finalizer. While set they take the place of the
    /// running loop's; a loop clears them while it runs, as asyncio's
    /// `run_forever` installs its own.
    pub asyncgen_hooks: RefCell<[Option<Value>; 2]>,
    /// The current `contextvars.Context` (`None` until a context variable
    /// is first set; see `stdlib/contextvars.rs`).
    pub context: RefCell<Option<Value>>,
    /// A value an awaitable passes up to the driver of the body being
    /// polled (a generator-based awaitable's yield); the nearest
    /// `Generator::poll_step` on the stack takes it and reports
    /// `Step::Await`.
    pub passed_up: Cell<Option<Value>>,
    /// What that driver sent back (`(is_throw, value)`), for the awaitable
    /// to take when the body resumes.
    pub passed_down: RefCell<Option<(bool, Value)>>,
    /// Per-interpreter state of built-in modules, by module.
    pub module_state:
        RefCell<HashMap<&'static str, Rc<dyn std::any::Any>, rustc_hash::FxBuildHasher>>,
    /// Every module namespace made, so `teardown` clears those no longer in
    /// `sys.modules` too (functions and their globals form cycles the
    /// collector does not follow).
    pub module_namespaces: RefCell<Vec<std::rc::Weak<Namespace>>>,
    /// Where the characters of the long strings indexed last are.
    pub char_index: super::char_index::CharIndex,
}

impl Interp {
    /// A strong handle to this interpreter.
    pub fn rc(&self) -> Rc<Interp> {
        self.self_ref
            .borrow()
            .upgrade()
            .expect("interpreter alive while running")
    }

    /// Writes to the output sink.
    pub fn write(&self, s: &str) {
        if let Ok(mut out) = self.out.try_borrow_mut() {
            out.write(s);
        }
    }

    /// Raises the OSError the output sink met since the last check, as
    /// CPython's `print` raises BrokenPipeError once stdout's reader is gone.
    pub fn check_output(&self) -> PyResult<()> {
        let Some(e) = self
            .out
            .try_borrow_mut()
            .ok()
            .and_then(|mut o| o.take_error())
        else {
            return Ok(());
        };
        let Some(errno) = e.raw_os_error() else {
            return Err(self.error(ExcKind::OSError, e.to_string()));
        };
        // std's text is strerror(errno) followed by " (os error N)".
        let text = e.to_string();
        let strerror = text
            .strip_suffix(&format!(" (os error {errno})"))
            .unwrap_or(&text);
        let args = vec![Value::Int(i64::from(errno)), Value::str(strerror)];
        Err(PyErr(
            self.new_exception(&self.exc_class(ExcKind::OSError), args),
        ))
    }

    /// Flushes the output sink.
    pub fn flush(&self) {
        if let Ok(mut out) = self.out.try_borrow_mut() {
            out.flush();
        }
    }

    /// Writes to the error sink, after flushing standard output so the two
    /// streams interleave as they were written.
    pub fn write_err(&self, s: &str) {
        self.flush();
        if let Ok(mut err) = self.err.try_borrow_mut() {
            err.write(s);
            err.flush();
        }
    }

    /// One line of standard input including its newline; empty at end of
    /// file (and always, when the host gave no input).
    pub fn read_line(&self) -> PyResult<String> {
        self.flush();
        let mut line = String::new();
        if let Some(input) = self.stdin.borrow_mut().as_mut() {
            input
                .read_line(&mut line)
                .map_err(|e| self.error(ExcKind::OSError, e.to_string()))?;
        }
        Ok(line)
    }

    /// The rest of standard input.
    pub fn read_to_end(&self) -> PyResult<String> {
        self.flush();
        let mut text = String::new();
        if let Some(input) = self.stdin.borrow_mut().as_mut() {
            input
                .read_to_string(&mut text)
                .map_err(|e| self.error(ExcKind::OSError, e.to_string()))?;
        }
        Ok(text)
    }

    /// Frees everything the interpreter holds: module namespaces, builtins,
    /// class dicts, the event loop and pending finalizers. Objects that
    /// point back at the interpreter (generator bodies hold it) form cycles
    /// through these tables, so an embedding host calls this when it drops
    /// an interpreter. Nothing runs Python code afterwards.
    pub fn teardown(&self) {
        self.closing.set(true);
        self.char_index.forget();
        let lp = self.event_loop.borrow_mut().take();
        drop(lp);
        let finalizers = std::mem::take(&mut *self.finalizers.borrow_mut());
        drop(finalizers);
        self.handling.borrow_mut().clear();
        let modules = self.modules.take_all();
        let mut namespaces: Vec<Rc<Namespace>> = modules
            .iter()
            .filter_map(|m| match m {
                Value::Module(m) => Some(m.globals.clone()),
                _ => None,
            })
            .collect();
        namespaces.push(self.builtins.clone());
        namespaces.extend(
            std::mem::take(&mut *self.module_namespaces.borrow_mut())
                .iter()
                .filter_map(std::rc::Weak::upgrade),
        );
        drop(modules);
        for ns in namespaces {
            let contents = std::mem::take(&mut *ns.borrow_mut());
            drop(contents);
        }
        let mut classes: Vec<Rc<Class>> = self.types.others.borrow().values().cloned().collect();
        classes.extend(self.types.exceptions.iter().cloned());
        let t = &self.types;
        classes.extend(
            [
                &t.object,
                &t.type_,
                &t.int,
                &t.bool_,
                &t.float,
                &t.str_,
                &t.bytes,
                &t.list,
                &t.tuple,
                &t.dict,
                &t.set,
                &t.frozenset,
                &t.none,
                &t.function,
                &t.builtin,
                &t.method,
                &t.module,
            ]
            .into_iter()
            .cloned(),
        );
        for c in classes {
            let contents = std::mem::take(&mut *c.dict.borrow_mut());
            drop(contents);
            c.metaclass.borrow_mut().take();
        }
        self.module_state.borrow_mut().clear();
        let finalizers = std::mem::take(&mut *self.finalizers.borrow_mut());
        drop(finalizers);
    }

    /// A builtin exception class by name.
    pub fn exc_class(&self, kind: ExcKind) -> Rc<Class> {
        self.types.exceptions[kind as usize].clone()
    }

    /// A new exception instance of `class` with `args`.
    pub fn new_exception(&self, class: &Rc<Class>, mut args: Vec<Value>) -> Value {
        let os_error = self.exc_class(ExcKind::OSError);
        let mut class = class;
        let mapped;
        if Rc::ptr_eq(class, &os_error)
            && (2..=5).contains(&args.len())
            && let Value::Int(errno) = &args[0]
            && let Some(kind) = super::exc_kind::os_error_subclass(*errno)
        {
            mapped = self.exc_class(kind);
            class = &mapped;
        }
        let is_os_error = class.is_subclass(&os_error);
        let mut fields = Vec::new();
        if is_os_error {
            // With a filename, `args` keeps only the first two, as in
            // CPython.
            fields = args.clone();
            if (3..=5).contains(&args.len()) {
                args.truncate(2);
            }
        }
        let inst = Instance::new(
            class,
            Some(ExcData {
                args,
                ..ExcData::default()
            }),
            None,
        );
        if class.is_subclass(&self.exc_class(ExcKind::SyntaxError))
            && let Some(d) = &inst.exc
        {
            let args = d.borrow().args.clone();
            super::exc_kind::syntax_error_fields(&inst, &args);
        }
        if is_os_error {
            super::exc_kind::os_error_fields(&inst, &fields);
        }
        Value::instance(inst)
    }

    /// An error of a builtin exception class with a message.
    #[cold]
    pub fn error(&self, kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr(self.new_exception(&self.exc_class(kind), vec![Value::str(&msg)]))
    }

    /// `TypeError(msg)`.
    #[cold]
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.error(ExcKind::TypeError, msg)
    }

    /// `ValueError(msg)`.
    #[cold]
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.error(ExcKind::ValueError, msg)
    }

    /// A builtin class registered under `name` (iterator types and the like),
    /// created on first use.
    pub fn other_class(&self, name: &'static str) -> Rc<Class> {
        if let Some(c) = self.types.others.borrow().get(name) {
            return c.clone();
        }
        // A dotted key names the class's module: `_asyncio.Task` is class
        // `Task` of module `_asyncio`.
        let (module, short) = name.rsplit_once('.').unwrap_or(("builtins", name));
        let c = new_class_in(
            module,
            short,
            vec![self.types.object.clone()],
            Layout::Builtin,
            true,
        );
        self.types.others.borrow_mut().insert(name, c.clone());
        c
    }

    /// Runs `f` one level deeper in a native recursion over nested data,
    /// raising RecursionError (with CPython's `why` suffix, e.g. `" in
    /// comparison"`) past the recursion limit. The Rust stack grows on the
    /// heap as needed, so any limit the script sets is safe to reach.
    #[inline]
    pub fn nested<T>(&self, why: &'static str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        let depth = self.native_depth.get();
        if self.frames.borrow().len() + depth as usize >= self.recursion_limit.get() as usize {
            return Err(self.nested_error(why));
        }
        self.native_depth.set(depth + 1);
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, f);
        self.native_depth.set(depth);
        r
    }

    #[cold]
    #[inline(never)]
    fn nested_error(&self, why: &str) -> crate::PyErr {
        self.error(
            ExcKind::RecursionError,
            format!("maximum recursion depth exceeded{why}"),
        )
    }

    /// RecursionError for a call past the limit.
    #[cold]
    #[inline(never)]
    pub fn recursion_error(&self) -> crate::PyErr {
        self.error(ExcKind::RecursionError, "maximum recursion depth exceeded")
    }

    /// A namespace functions may keep as their globals (`exec` with a
    /// dict), cleared at `teardown` as module namespaces are.
    pub fn globals_namespace(&self) -> Rc<Namespace> {
        let ns = Rc::new(crate::object::model::namespace());
        self.module_namespaces.borrow_mut().push(Rc::downgrade(&ns));
        ns
    }

    /// A module object wrapping a namespace.
    pub fn new_module(&self, name: &str, globals: Rc<Namespace>) -> Value {
        globals
            .borrow_mut()
            .insert(Rc::from("__name__"), Value::str(name));
        self.module_namespaces
            .borrow_mut()
            .push(Rc::downgrade(&globals));
        Value::Module(Rc::new(ModuleObj {
            name: Rc::from(name),
            globals,
            kind: Cell::new(Default::default()),
        }))
    }
}

/// How the event loop waits when nothing is ready (see
/// `stdlib::asyncio::driver`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Driver {
    /// The loop blocks its thread while it waits.
    #[default]
    Blocking,
    /// The loop is polled by the host's tokio runtime.
    Async,
}

/// What a [`ModuleLoader`] found for one name in one folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A module (`name.py`): the file name shown in `__file__` and
    /// tracebacks, and its source.
    Module {
        /// `__file__`.
        filename: String,
        /// The source text.
        source: String,
    },
    /// A regular package (`name/__init__.py`): its folder (the package's
    /// `__path__`), the `__init__` file's name and source.
    Package {
        /// The folder its submodules are looked for in.
        dir: String,
        /// `__file__` (the `__init__` file).
        filename: String,
        /// The source of `__init__`.
        source: String,
    },
    /// A folder without `__init__.py`: one portion of a namespace package.
    Namespace {
        /// The folder.
        dir: String,
    },
}

/// Finds the source of modules outside the standard library. An embedding
/// host supplies one (a folder, an archive, a database) or none, so an
/// embedded interpreter reads no files it was not given. Folders are
/// strings the loader itself gave meaning to: the entries of `sys.path`
/// and the folders of the packages it found.
pub trait ModuleLoader {
    /// Looks for module or package `name` (one identifier, no dots) in the
    /// folder `dir`.
    fn find(&self, dir: &str, name: &str) -> Option<Found>;
}

/// Loads `.py` files and packages from the file system, as CPython's path
/// finder does: in a folder, a package `name/__init__.py` comes first,
/// then `name.py`, then a namespace portion `name/`. `''` is the current
/// folder.
pub struct DirLoader;

impl ModuleLoader for DirLoader {
    fn find(&self, dir: &str, name: &str) -> Option<Found> {
        // Relative folders are taken from the current folder, and file
        // names made absolute, as CPython's `FileFinder` does.
        let base = std::path::absolute(dir)
            .or_else(|_| std::env::current_dir())
            .ok()?;
        let folder = base.join(name);
        let init = folder.join("__init__.py");
        if init.is_file() {
            let source = std::fs::read_to_string(&init).ok()?;
            return Some(Found::Package {
                dir: folder.display().to_string(),
                filename: init.display().to_string(),
                source,
            });
        }
        let file = base.join(format!("{name}.py"));
        if file.is_file() {
            let source = std::fs::read_to_string(&file).ok()?;
            return Some(Found::Module {
                filename: file.display().to_string(),
                source,
            });
        }
        folder.is_dir().then(|| Found::Namespace {
            dir: folder.display().to_string(),
        })
    }
}

impl Drop for Interp {
    fn drop(&mut self) {
        crate::object::gc::interpreter_ended();
    }
}
