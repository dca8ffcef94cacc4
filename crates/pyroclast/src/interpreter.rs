//! [`Interpreter`] and its [`Builder`].

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

use pyroclast_runtime::Interp;
use pyroclast_runtime::object::model::{Namespace, namespace};
use pyroclast_runtime::object::value::{Args, Value as RValue};
use pyroclast_syntax::Mode;

use crate::bridge::{State, syntax_error, to_public, to_runtime};
use crate::host::{AsyncHostFn, HostFn, HostFunction};
use crate::output::{Route, sink};
use crate::run::{RunLimits, begin, drive_async, end};
use crate::stream::PyStream;
use crate::value::Object;
use crate::{Error, IntoArgs, IntoValue, Program, Value};

/// How many compiled programs an interpreter keeps parsed.
const PROGRAM_CACHE: usize = 16;

/// One Python interpreter: its own globals (`__main__`), modules, builtins,
/// output, event loop and limits. Interpreters never share state: two on the
/// same thread see nothing of each other.
///
/// An interpreter lives on one thread (`!Send`); use a [`Pool`](crate::Pool)
/// to run scripts from many threads.
///
/// By default it has no access to the host: no files (`open` raises
/// `PermissionError` and importing `.py` files is not available; see
/// [`Builder::allow_dir`] and [`Builder::module_path`]), no environment, no processes, no
/// network, no standard input, and `sys.exit` ends the run, not the
/// process. Everything else comes from functions the host registers.
///
/// ```
/// use pyroclast::Interpreter;
///
/// let mut py = Interpreter::builder().capture_output().build();
/// py.register_fn("add", |a: i64, b: i64| a + b);
/// py.run("total = add(1, 2)\nprint('total is', total)")?;
/// let total: i64 = py.eval("total")?.extract()?;
/// assert_eq!(total, 3);
/// assert_eq!(py.take_output(), "total is 3\n");
/// # Ok::<(), pyroclast::Error>(())
/// ```
pub struct Interpreter {
    pub(crate) vm: Rc<Interp>,
    pub(crate) state: Rc<State>,
    pub(crate) main: Rc<Namespace>,
    pub(crate) limits: RunLimits,
    stdout: Option<Rc<RefCell<String>>>,
    stderr: Option<Rc<RefCell<String>>>,
    programs: RefCell<Vec<(u64, Rc<pyroclast_syntax::Module>)>>,
}

/// Configures an [`Interpreter`]: where output goes, limits, the clock, and
/// the (opt-in) access to the host's files and standard input.
///
/// ```
/// use std::time::Duration;
/// use pyroclast::{Error, Interpreter};
///
/// let mut py = Interpreter::builder()
///     .capture_output()
///     .max_steps(10_000)
///     .timeout(Duration::from_secs(2))
///     .build();
/// let err = py.run("while True:\n    pass").unwrap_err();
/// assert!(matches!(err, Error::Limit(_)));
/// ```
pub struct Builder {
    stdout: Route,
    stderr: Route,
    virtual_time: bool,
    limits: RunLimits,
    max_recursion_depth: Option<u32>,
    max_memory: Option<usize>,
    argv: Vec<String>,
    module_paths: Vec<String>,
    module_loader: Option<Box<dyn crate::ModuleLoader>>,
    stdin: Option<Box<dyn std::io::BufRead>>,
    dirs: Vec<(PathBuf, Access)>,
    environ: Option<Vec<(String, String)>>,
}

/// What Python code may do under a directory granted with
/// [`Builder::allow_dir`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// `open(..., 'r')`, `read_text`, `os.listdir`, `os.stat`,
    /// `os.path.exists`, `glob`: reading only. Anything that writes raises
    /// `PermissionError: [Errno 13] Permission denied (read-only access):
    /// 'name'`.
    ReadOnly,
    /// Reading, plus creating, writing, renaming and removing files and
    /// directories.
    ReadWrite,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            stdout: Route::Process,
            stderr: Route::Process,
            virtual_time: false,
            limits: RunLimits::default(),
            max_recursion_depth: None,
            max_memory: None,
            argv: vec![String::new()],
            module_paths: Vec::new(),
            module_loader: None,
            stdin: None,
            dirs: Vec::new(),
            environ: None,
        }
    }
}

impl Builder {
    /// Keeps `print()` output and `sys.stderr` text in buffers, read with
    /// [`Interpreter::take_output`] and [`Interpreter::take_stderr`].
    pub fn capture_output(mut self) -> Self {
        self.stdout = Route::Capture;
        self.stderr = Route::Capture;
        self
    }

    /// Sends standard output to `f` as it is printed.
    pub fn on_output(mut self, f: impl FnMut(&str) + 'static) -> Self {
        self.stdout = Route::Callback(Box::new(f));
        self
    }

    /// Sends standard error (warnings, `sys.stderr` writes, ignored
    /// exceptions) to `f` as it is written.
    pub fn on_stderr(mut self, f: impl FnMut(&str) + 'static) -> Self {
        self.stderr = Route::Callback(Box::new(f));
        self
    }

    /// Runs asyncio on a virtual clock: whenever every task waits on a
    /// timer, the clock jumps to the next one, so `asyncio.sleep` takes no
    /// real time and output is unchanged.
    pub fn virtual_time(mut self, on: bool) -> Self {
        self.virtual_time = on;
        self
    }

    /// Stops a run after this many evaluation steps (a step is a statement,
    /// or an item of an iteration). The stop is [`Error::Limit`]; Python
    /// cannot catch it.
    pub fn max_steps(mut self, steps: u64) -> Self {
        self.limits.max_steps = Some(steps);
        self
    }

    /// Python call depth: deeper calls raise `RecursionError` inside Python
    /// (which Python may catch). `sys.setrecursionlimit` cannot raise it.
    pub fn max_recursion_depth(mut self, depth: u32) -> Self {
        self.max_recursion_depth = Some(depth.max(1));
        self
    }

    /// A budget in bytes for what the interpreter holds: going past it
    /// raises `MemoryError` inside Python (a request that would go past it
    /// fails before anything is allocated; growth by many small objects
    /// is caught between statements).
    ///
    /// Every byte is counted when the process's global allocator is
    /// [`CountingAllocator`](crate::CountingAllocator): each interpreter is charged for what it allocates and frees
    /// while it runs, including on a thread shared with others. Without
    /// it, only large objects (64 KiB and up: long lists, strings, bytes,
    /// dicts) are counted while they live.
    pub fn max_memory(mut self, bytes: usize) -> Self {
        self.max_memory = Some(bytes);
        self
    }

    /// Stops a run that takes longer than `t` (wall-clock time, including
    /// time spent waiting). The stop is [`Error::Limit`].
    pub fn timeout(mut self, t: Duration) -> Self {
        self.limits.timeout = Some(t);
        self
    }

    /// `sys.argv` (default `['']`).
    pub fn argv(mut self, argv: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.argv = argv.into_iter().map(Into::into).collect();
        self
    }

    /// Adds `dir` to the end of `sys.path`, where `import` looks for
    /// modules and packages outside the standard library, in order. The
    /// folder is read from the file system ([`FileLoader`](crate::FileLoader))
    /// unless a [`module_loader`](Self::module_loader) is given, which is
    /// then asked about it. Off by default: an embedded interpreter reads
    /// no files.
    ///
    /// ```
    /// let mut py = pyroclast::Interpreter::builder()
    ///     .module_path("lib")
    ///     .module_path("vendor")
    ///     .build();
    /// let path: Vec<String> = py.eval("__import__('sys').path")?.extract()?;
    /// assert_eq!(path, ["lib", "vendor"]);
    /// # Ok::<(), pyroclast::Error>(())
    /// ```
    pub fn module_path(mut self, dir: impl Into<PathBuf>) -> Self {
        self.module_paths.push(dir.into().display().to_string());
        self
    }

    /// Adds several [`module_path`](Self::module_path) entries at once.
    pub fn module_paths(mut self, dirs: impl IntoIterator<Item = impl Into<PathBuf>>) -> Self {
        for d in dirs {
            self = self.module_path(d);
        }
        self
    }

    /// Finds modules through `loader` instead of the file system: it is
    /// asked about each [`module_path`](Self::module_path) entry and each
    /// package's folder (see [`ModuleLoader`](crate::ModuleLoader)).
    pub fn module_loader(mut self, loader: impl crate::ModuleLoader) -> Self {
        self.module_loader = Some(Box::new(loader));
        self
    }

    /// Where `input()` and `sys.stdin` read from (by default they read end
    /// of file).
    pub fn stdin(mut self, input: impl std::io::BufRead + 'static) -> Self {
        self.stdin = Some(Box::new(input));
        self
    }

    /// Lets Python code reach the files under `dir` (and nothing outside
    /// it) through `open()`, `os`, `os.path`, `pathlib`, `shutil` and
    /// `tempfile`.
    ///
    /// **Guarantee:** an interpreter without any grant touches no file.
    /// Every file operation fails as CPython fails when the operating
    /// system refuses permission: it raises `PermissionError` (an
    /// `OSError` with `errno` 13, `errno.EACCES`, and `filename` set),
    /// so `except PermissionError` and `except OSError` handlers work
    /// unchanged. Only `strerror` says why:
    /// `[Errno 13] Permission denied (no filesystem access was granted):
    /// 'name'`.
    ///
    /// The first granted directory is Python's working directory
    /// (`os.getcwd()`): relative paths resolve against it, and absolute
    /// paths are host paths. Every path is resolved on the host (`..`
    /// and symbolic links followed) before use; one that lands outside
    /// every granted tree raises `PermissionError: [Errno 13] Permission
    /// denied (outside the granted directories): 'name'`. Call it again
    /// to grant more trees; where grants nest, the deepest decides. A
    /// directory that does not exist grants nothing.
    ///
    /// ```
    /// use pyroclast::{Access, Interpreter};
    ///
    /// let dir = std::env::temp_dir().join(format!("pyroclast-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let mut py = Interpreter::builder()
    ///     .capture_output()
    ///     .allow_dir(&dir, Access::ReadWrite)
    ///     .build();
    /// py.run("with open('note.txt', 'w') as f:\n    f.write('hi')\nprint(open('note.txt').read())")?;
    /// assert_eq!(py.take_output(), "hi\n");
    /// assert!(py.run("open('../outside.txt', 'w')").is_err());
    /// # std::fs::remove_dir_all(&dir).unwrap();
    /// # Ok::<(), pyroclast::Error>(())
    /// ```
    pub fn allow_dir(mut self, dir: impl Into<PathBuf>, access: Access) -> Self {
        self.dirs.push((dir.into(), access));
        self
    }

    /// `os.environ` (and `os.getenv`, `os.path.expanduser`'s `HOME`): these
    /// variables. By default the environment is empty; the command-line
    /// interpreter passes the process's own. Changes a script makes stay
    /// in the interpreter.
    ///
    /// ```
    /// use pyroclast::Interpreter;
    ///
    /// let mut py = Interpreter::builder()
    ///     .environ([("LANG", "C")])
    ///     .build();
    /// assert_eq!(py.eval("__import__('os').environ['LANG']")?.extract::<String>()?, "C");
    /// # Ok::<(), pyroclast::Error>(())
    /// ```
    pub fn environ(
        mut self,
        vars: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.environ = Some(
            vars.into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }

    /// Makes the interpreter.
    pub fn build(self) -> Interpreter {
        let (out, stdout) = sink(self.stdout, true);
        let (err, stderr) = sink(self.stderr, false);
        let vm = Interp::with_sinks(out, err);
        *vm.stdin.borrow_mut() = self.stdin;
        *vm.argv.borrow_mut() = self.argv;
        let loader = match self.module_loader {
            Some(l) => Some(l),
            None if !self.module_paths.is_empty() => {
                Some(Box::new(crate::FileLoader) as Box<dyn crate::ModuleLoader>)
            }
            None => None,
        };
        *vm.loader.borrow_mut() = loader.map(|l| {
            Box::new(crate::loader::Adapter(l))
                as Box<dyn pyroclast_runtime::object::vm::ModuleLoader>
        });
        *vm.fs.borrow_mut() =
            pyroclast_runtime::object::fs::FsAccess::new(self.dirs.into_iter().map(|(d, a)| {
                let a = match a {
                    Access::ReadOnly => pyroclast_runtime::object::fs::Access::ReadOnly,
                    Access::ReadWrite => pyroclast_runtime::object::fs::Access::ReadWrite,
                };
                (d, a)
            }));
        *vm.environ.borrow_mut() = self.environ;
        if let RValue::List(path) = &vm.sys_path {
            path.borrow_mut()
                .extend(self.module_paths.iter().map(|p| RValue::str(p)));
        }
        vm.clock.set_virtual(self.virtual_time);
        vm.limits.set_max_memory(self.max_memory);
        if let Some(depth) = self.max_recursion_depth {
            vm.recursion_limit.set(depth);
            vm.limits.recursion_cap.set(Some(depth));
        }
        let main = Rc::new(namespace());
        let module = vm.new_module("__main__", main.clone());
        vm.modules.insert(&vm, "__main__", module);
        {
            let mut g = main.borrow_mut();
            g.insert(Rc::from("__doc__"), RValue::None);
            // `__main__` run as a script has no package and no spec.
            g.insert(Rc::from("__package__"), RValue::None);
            g.insert(Rc::from("__spec__"), RValue::None);
        }
        let builtins = pyroclast_runtime::stdlib::builtins_module(&vm);
        main.borrow_mut().insert(Rc::from("__builtins__"), builtins);
        Interpreter {
            vm,
            state: Rc::new(State::new()),
            main,
            limits: self.limits,
            stdout,
            stderr,
            programs: RefCell::new(Vec::new()),
        }
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        let vm = self.vm.clone();
        let _scope = vm.memory_scope();
        // As CPython at exit: `__main__`'s objects are released and their
        // `__del__` methods run, then everything is torn down.
        pyroclast_runtime::protocol::gc::shutdown(&self.vm);
        self.vm.flush();
        self.state.clear();
        self.vm.teardown();
        // What only cycles kept alive once the tables were cleared (classes
        // and their methods, a module a stop left half imported), freed
        // without running Python code.
        pyroclast_runtime::protocol::gc::release(&self.vm);
    }
}

impl Interpreter {
    /// An interpreter printing to the process's standard output, without
    /// limits.
    pub fn new() -> Interpreter {
        Builder::default().build()
    }

    /// Configures a new interpreter.
    pub fn builder() -> Builder {
        Builder::default()
    }

    pub(crate) fn parts(&self) -> (Rc<Interp>, Rc<State>, RunLimits) {
        (self.vm.clone(), self.state.clone(), self.limits)
    }

    /// Makes a Rust closure callable from Python as a builtin function.
    /// It takes 0 to 6 arguments of [`FromValue`](crate::FromValue) types
    /// (trailing `Option` arguments may be left out) and returns an
    /// [`IntoValue`] or `Result<_, Error>`. A panic in it becomes a Python
    /// `RuntimeError`; the interpreter stays usable.
    ///
    /// ```
    /// use pyroclast::{Error, Interpreter};
    ///
    /// let mut py = Interpreter::builder().capture_output().build();
    /// py.register_fn("add", |a: i64, b: i64| a + b);
    /// assert_eq!(py.eval("add(2, 3)")?.extract::<i64>()?, 5);
    /// let err = py.eval("add(2, 'x')").unwrap_err();
    /// assert_eq!(err.message(), "add() argument 2 must be int, not str");
    /// # Ok::<(), Error>(())
    /// ```
    pub fn register_fn<M>(&mut self, name: &str, f: impl HostFn<M>) {
        let v = HostFunction::new_sync(name, f, &self.state);
        self.vm.builtins.borrow_mut().insert(Rc::from(name), v);
    }

    /// Makes an async Rust closure callable from Python as a coroutine
    /// function: `await fetch(url)` polls the closure's future on the
    /// host's tokio runtime. Cancelling the awaiting task (or dropping the
    /// run's future) drops the Rust future; an `Err` is raised in Python.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), pyroclast::Error> {
    /// use pyroclast::{Error, Interpreter};
    ///
    /// let mut py = Interpreter::builder().capture_output().build();
    /// py.register_async_fn("fetch", |url: String| async move {
    ///     Ok::<_, Error>(format!("data from {url}"))
    /// });
    /// let page = py.eval_async("await fetch('x')").await?;
    /// assert_eq!(page.extract::<String>()?, "data from x");
    /// # Ok(()) }
    /// ```
    pub fn register_async_fn<M>(&mut self, name: &str, f: impl AsyncHostFn<M>) {
        let v = HostFunction::new_async(name, f, &self.state);
        self.vm.builtins.borrow_mut().insert(Rc::from(name), v);
    }

    /// Registers a module that Python code can `import`.
    ///
    /// ```
    /// use pyroclast::Interpreter;
    ///
    /// let mut py = Interpreter::builder().capture_output().build();
    /// py.register_module("host", |m| {
    ///     m.add_fn("double", |x: i64| x * 2);
    ///     m.add_value("VERSION", "1.0");
    /// })?;
    /// py.run("import host\nprint(host.VERSION, host.double(21))")?;
    /// assert_eq!(py.take_output(), "1.0 42\n");
    /// # Ok::<(), pyroclast::Error>(())
    /// ```
    pub fn register_module(
        &mut self,
        name: &str,
        build: impl FnOnce(&mut ModuleBuilder<'_>),
    ) -> Result<(), Error> {
        let ns = Rc::new(namespace());
        let mut m = ModuleBuilder {
            vm: &self.vm,
            state: &self.state,
            ns: ns.clone(),
            error: None,
        };
        build(&mut m);
        if let Some(e) = m.error {
            return Err(e);
        }
        let module = self.vm.new_module(name, ns);
        self.vm.modules.insert(&self.vm, name, module);
        Ok(())
    }

    /// Sets a global variable of `__main__`.
    pub fn set_global(&mut self, name: &str, value: impl IntoValue) -> Result<(), Error> {
        let v = to_runtime(&self.vm, &self.state, value.into_value())?;
        self.main.borrow_mut().insert(Rc::from(name), v);
        Ok(())
    }

    /// A global variable of `__main__` (`NameError` when it is not set).
    pub fn get_global(&mut self, name: &str) -> Result<Value, Error> {
        let v = self.main.borrow().get(name).cloned();
        match v {
            Some(v) => to_public(&self.vm, &self.state, &v),
            None => Err(name_error(name)),
        }
    }

    /// Runs statements in `__main__` (blocking; `asyncio.run` works inside).
    pub fn run(&mut self, source: &str) -> Result<(), Error> {
        let module = compile(source, "<string>", Mode::Module, false)?;
        self.exec(&module, "<string>", source, false).map(|_| ())
    }

    /// Evaluates one expression in `__main__`.
    pub fn eval(&mut self, source: &str) -> Result<Value, Error> {
        let module = compile(source, "<string>", Mode::Expression, false)?;
        let v = self.exec(&module, "<string>", source, false)?;
        to_public(&self.vm, &self.state, &v)
    }

    /// Calls a global callable (of `__main__`, or a builtin) with
    /// positional arguments.
    ///
    /// ```
    /// use pyroclast::{Interpreter, Value};
    ///
    /// let mut py = Interpreter::new();
    /// py.run("def f(a, b):\n    return [a, b * 2]")?;
    /// let v: Value = py.call("f", (1, "two"))?;
    /// assert_eq!(v.to_string(), "[1, 'twotwo']");
    /// # Ok::<(), pyroclast::Error>(())
    /// ```
    pub fn call(&mut self, name: &str, args: impl IntoArgs) -> Result<Value, Error> {
        let f = self
            .main
            .borrow()
            .get(name)
            .cloned()
            .or_else(|| self.vm.builtins.borrow().get(name).cloned())
            .ok_or_else(|| name_error(name))?;
        self.call_runtime(&f, args)
    }

    /// Calls a Python object that came back as a [`Value::Object`].
    pub fn call_object(&mut self, f: &Object, args: impl IntoArgs) -> Result<Value, Error> {
        let f = to_runtime(&self.vm, &self.state, Value::Object(f.clone()))?;
        self.call_runtime(&f, args)
    }

    fn call_runtime(&mut self, f: &RValue, args: impl IntoArgs) -> Result<Value, Error> {
        let vm = self.vm.clone();
        let _scope = vm.memory_scope();
        let args = args
            .into_args()
            .into_iter()
            .map(|a| to_runtime(&self.vm, &self.state, a))
            .collect::<Result<Vec<_>, _>>()?;
        begin(&self.vm, &self.state, self.limits);
        let r = pyroclast_runtime::protocol::call::call(&self.vm, f, Args::new(args));
        let v = end(&self.vm, &self.state, r)?;
        to_public(&self.vm, &self.state, &v)
    }

    /// Runs a compiled program in `__main__` with `inputs` set as globals,
    /// and returns the value of its last statement when that is an
    /// expression (`None` otherwise).
    pub fn run_program(
        &mut self,
        program: &Program,
        inputs: &[(&str, Value)],
    ) -> Result<Value, Error> {
        for (name, v) in inputs {
            self.set_global(name, v.clone())?;
        }
        let module = self.parsed(program)?;
        let loader = pyroclast_runtime::stdlib::importer::main_loader(&self.vm, program.filename())
            .map_err(|e| crate::bridge::error_from_pyerr(&self.vm, &e))?;
        {
            let mut g = self.main.borrow_mut();
            // Code given as text (`-c`, standard input) has no `__file__`.
            if !program.filename().starts_with('<') {
                g.insert(Rc::from("__file__"), RValue::str(program.filename()));
            }
            g.insert(Rc::from("__loader__"), loader);
            g.insert(
                Rc::from("__doc__"),
                pyroclast_runtime::eval::module_doc(&module),
            );
        }
        let v = self.exec(&module, program.filename(), program.source(), false)?;
        to_public(&self.vm, &self.state, &v)
    }

    fn parsed(&self, program: &Program) -> Result<Rc<pyroclast_syntax::Module>, Error> {
        let mut cache = self.programs.borrow_mut();
        if let Some(i) = cache.iter().position(|(id, _)| *id == program.id()) {
            let entry = cache.remove(i);
            let module = entry.1.clone();
            cache.push(entry);
            return Ok(module);
        }
        let module = Rc::new(crate::program::parse(program.source(), program.filename())?);
        if cache.len() >= PROGRAM_CACHE {
            cache.remove(0);
        }
        cache.push((program.id(), module.clone()));
        Ok(module)
    }

    pub(crate) fn exec(
        &mut self,
        module: &pyroclast_syntax::Module,
        filename: &str,
        source: &str,
        echo: bool,
    ) -> Result<RValue, Error> {
        let vm = self.vm.clone();
        let _scope = vm.memory_scope();
        begin(&self.vm, &self.state, self.limits);
        let r = pyroclast_runtime::eval::run_code(
            &self.vm,
            module,
            self.vm.new_code(filename, source),
            self.main.clone(),
            echo,
        );
        end(&self.vm, &self.state, r)
    }

    /// Runs statements in `__main__` on the host's tokio runtime (a
    /// current-thread runtime or a `LocalSet`), with top-level `await`,
    /// `async for` and `async with` allowed. Tasks the code creates keep
    /// running in later async calls on this interpreter.
    pub async fn run_async(&mut self, source: &str) -> Result<(), Error> {
        self.eval_code_async(source, Mode::Module).await.map(|_| ())
    }

    /// Runs module code with top-level `await` and returns the value of its
    /// last statement when that is an expression (for [`crate::Pool`]).
    pub(crate) async fn eval_module_async(&mut self, source: &str) -> Result<Value, Error> {
        let v = self.eval_code_async(source, Mode::Module).await?;
        to_public(&self.vm, &self.state, &v)
    }

    /// Evaluates one expression (which may `await`) on the host's runtime.
    pub async fn eval_async(&mut self, source: &str) -> Result<Value, Error> {
        let v = self.eval_code_async(source, Mode::Expression).await?;
        to_public(&self.vm, &self.state, &v)
    }

    /// Evaluates an expression giving a Python async iterable (an async
    /// generator, any object with `__aiter__`) and streams its items.
    pub async fn stream_async(&mut self, source: &str) -> Result<PyStream<'_>, Error> {
        let iterable = self.eval_code_async(source, Mode::Expression).await?;
        let it = pyroclast_runtime::protocol::awaiting::aiter_for(&self.vm, &iterable)
            .map_err(|e| crate::bridge::error_from_pyerr(&self.vm, &e))?;
        Ok(PyStream::new(self, it))
    }

    async fn eval_code_async(&mut self, source: &str, mode: Mode) -> Result<RValue, Error> {
        self.run_code_async(source, "<string>", mode, false).await
    }

    /// Compiles with top-level `await` and runs the code as a task on the
    /// session loop (its top level may still call `asyncio.run`, as a
    /// script would).
    pub(crate) async fn run_code_async(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
        echo: bool,
    ) -> Result<RValue, Error> {
        let module = compile(source, filename, mode, true)?;
        let coro = pyroclast_runtime::eval::module_coroutine(
            &self.vm,
            Rc::new(module),
            self.vm.new_code(filename, source),
            self.main.clone(),
            echo,
        );
        drive_async(&self.vm, &self.state, self.limits, coro).await
    }

    /// Bytes this interpreter holds (its objects, code and tables,
    /// allocated since it was built), when the process's global allocator
    /// is [`CountingAllocator`](crate::CountingAllocator); `None` otherwise.
    pub fn memory_used(&self) -> Option<usize> {
        self.vm.memory_used()
    }

    /// Text printed to standard output since the last call, when the
    /// interpreter captures output (empty otherwise).
    pub fn take_output(&mut self) -> String {
        self.stdout
            .as_ref()
            .map(|b| std::mem::take(&mut *b.borrow_mut()))
            .unwrap_or_default()
    }

    /// Text written to standard error since the last call, when the
    /// interpreter captures output (empty otherwise).
    pub fn take_stderr(&mut self) -> String {
        self.stderr
            .as_ref()
            .map(|b| std::mem::take(&mut *b.borrow_mut()))
            .unwrap_or_default()
    }
}

/// Adds functions and values to a module being registered with
/// [`Interpreter::register_module`].
pub struct ModuleBuilder<'a> {
    vm: &'a Rc<Interp>,
    state: &'a Rc<State>,
    ns: Rc<Namespace>,
    error: Option<Error>,
}

impl ModuleBuilder<'_> {
    /// Adds a function (as [`Interpreter::register_fn`]).
    pub fn add_fn<M>(&mut self, name: &str, f: impl HostFn<M>) -> &mut Self {
        let v = HostFunction::new_sync(name, f, self.state);
        self.ns.borrow_mut().insert(Rc::from(name), v);
        self
    }

    /// Adds an async function (as [`Interpreter::register_async_fn`]).
    pub fn add_async_fn<M>(&mut self, name: &str, f: impl AsyncHostFn<M>) -> &mut Self {
        let v = HostFunction::new_async(name, f, self.state);
        self.ns.borrow_mut().insert(Rc::from(name), v);
        self
    }

    /// Adds a value.
    pub fn add_value(&mut self, name: &str, value: impl IntoValue) -> &mut Self {
        match to_runtime(self.vm, self.state, value.into_value()) {
            Ok(v) => {
                self.ns.borrow_mut().insert(Rc::from(name), v);
            }
            Err(e) => {
                self.error.get_or_insert(e);
            }
        }
        self
    }
}

fn compile(
    source: &str,
    filename: &str,
    mode: Mode,
    top_level_await: bool,
) -> Result<pyroclast_syntax::Module, Error> {
    pyroclast_syntax::compile(source, mode, top_level_await)
        .map_err(|e| syntax_error(&e, source, filename))
}

fn name_error(name: &str) -> Error {
    Error::exception("NameError", format!("name '{name}' is not defined"))
}
