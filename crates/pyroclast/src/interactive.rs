//! What an interactive front end (the `pyroclast` REPL, or a host's own
//! console) needs beyond running code: whether input is complete, syntax
//! colouring, completion, interactive execution that echoes values, serving
//! background tasks while waiting for the user, and interrupting a run from
//! another thread.

use std::cell::RefCell;
use std::future::Future;
use std::ops::Range;
use std::rc::Rc;
use std::sync::Arc;

use pyroclast_runtime::object::signals::Signals;
use pyroclast_runtime::object::value::{Args, Value as RValue};
use pyroclast_syntax::Mode;

use crate::bridge::syntax_error;
use crate::host::HostWait;
use crate::run::drive_async;
use crate::{Error, Interpreter};

/// Whether some input is a whole program yet.
#[derive(Debug, Clone, PartialEq)]
pub enum InputStatus {
    /// It compiles (with top-level `await` allowed).
    Complete,
    /// It ended too early: an open bracket or triple-quoted string, a
    /// trailing backslash, a block header without its body. Ask for more;
    /// the error is what the input gives if it ends here.
    Incomplete(Error),
    /// It cannot become valid by adding lines.
    Invalid(Error),
}

/// Classifies interactive input, as the REPL decides between running it
/// and asking for another line. Blank-line rules (a compound statement ends
/// at an empty line) are the front end's business.
///
/// ```
/// use pyroclast::{InputStatus, input_status};
///
/// assert_eq!(input_status("x = 1"), InputStatus::Complete);
/// assert_eq!(input_status("await asyncio.sleep(1)"), InputStatus::Complete);
/// assert!(matches!(input_status("def f():"), InputStatus::Incomplete(_)));
/// assert!(matches!(input_status("x = (1,"), InputStatus::Incomplete(_)));
/// assert!(matches!(input_status("x = )"), InputStatus::Invalid(_)));
/// // `match` is a soft keyword: a header waits for its cases.
/// assert!(matches!(input_status("match x:"), InputStatus::Incomplete(_)));
/// assert!(matches!(input_status("match x:\n    case 1:"), InputStatus::Incomplete(_)));
/// assert!(matches!(input_status("match x:\n    case 1:\n        pass"), InputStatus::Complete));
/// assert_eq!(input_status("match = 1"), InputStatus::Complete);
/// assert!(matches!(input_status("with (open(a) as f,"), InputStatus::Incomplete(_)));
/// ```
pub fn input_status(source: &str) -> InputStatus {
    match pyroclast_syntax::compile(source, Mode::Module, true) {
        Ok(_) => InputStatus::Complete,
        Err(e) if e.incomplete => InputStatus::Incomplete(syntax_error(&e, source, "<stdin>")),
        Err(e) => InputStatus::Invalid(syntax_error(&e, source, "<stdin>")),
    }
}

/// What a span of source is, for syntax colouring (see [`highlight`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Highlight {
    /// A keyword (`def`, `await`, `True`).
    Keyword,
    /// A string, bytes or f-string literal.
    String,
    /// A number.
    Number,
    /// A comment.
    Comment,
}

/// The spans of `source` to colour, as byte ranges in order. Works on any
/// text, complete or not.
///
/// ```
/// use pyroclast::{Highlight, highlight};
///
/// let src = "await f('x')  # go";
/// let spans: Vec<_> = highlight(src).into_iter().map(|(r, h)| (&src[r], h)).collect();
/// assert_eq!(spans, [("await", Highlight::Keyword), ("'x'", Highlight::String), ("# go", Highlight::Comment)]);
/// ```
pub fn highlight(source: &str) -> Vec<(Range<usize>, Highlight)> {
    use pyroclast_syntax::highlight::Class;
    pyroclast_syntax::highlight::highlight(source)
        .into_iter()
        .map(|(r, c)| {
            let h = match c {
                Class::Keyword => Highlight::Keyword,
                Class::String => Highlight::String,
                Class::Number => Highlight::Number,
                Class::Comment => Highlight::Comment,
            };
            (r, h)
        })
        .collect()
}

/// Interrupts an interpreter's run from any thread: the running Python code
/// gets `KeyboardInterrupt` (which it may catch) at its next statement, or
/// at once when it is waiting (`await asyncio.sleep(100)`, `time.sleep`).
/// Unlike a limit stop it is an ordinary exception. Cloneable, `Send +
/// Sync`; an interrupt with no run in progress is dropped at the next run.
///
/// ```
/// use std::time::Duration;
/// use pyroclast::Interpreter;
///
/// let mut py = Interpreter::builder().capture_output().build();
/// let handle = py.interrupt_handle();
/// std::thread::spawn(move || {
///     std::thread::sleep(Duration::from_millis(50));
///     handle.interrupt();
/// });
/// py.run("try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('stopped')")?;
/// assert_eq!(py.take_output(), "stopped\n");
/// # Ok::<(), pyroclast::Error>(())
/// ```
#[derive(Clone)]
pub struct InterruptHandle(Arc<Signals>);

impl InterruptHandle {
    /// Raises `KeyboardInterrupt` in the code being run.
    pub fn interrupt(&self) {
        self.0.interrupt();
    }

    /// True while an interrupt has not reached the code yet (a second
    /// Ctrl-C while one is pending means the code is stuck somewhere that
    /// does not check, such as a blocking read).
    pub fn is_pending(&self) -> bool {
        self.0.pending()
    }
}

impl std::fmt::Debug for InterruptHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InterruptHandle")
    }
}

/// Python's keywords, for completion.
pub(crate) use pyroclast_syntax::highlight::KEYWORDS;

impl Interpreter {
    /// A handle that interrupts this interpreter's runs from any thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.vm.signals.clone())
    }

    /// Runs interactive input as the REPL does: top-level `await` allowed,
    /// every expression statement at top level prints its value's `repr()`
    /// (unless it is None) and binds it to `_`, and tracebacks name
    /// `filename` (`<stdin>` at the REPL).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), pyroclast::Error> {
    /// use pyroclast::Interpreter;
    ///
    /// let mut py = Interpreter::builder().capture_output().build();
    /// py.run_interactive("1 + 1", "<stdin>").await?;
    /// py.run_interactive("import asyncio\nawait asyncio.sleep(0, 'slept')", "<stdin>").await?;
    /// py.run_interactive("_ * 2", "<stdin>").await?;
    /// assert_eq!(py.take_output(), "2\n'slept'\n'sleptslept'\n");
    /// # Ok(()) }
    /// ```
    pub async fn run_interactive(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.run_code_async(source, filename, Mode::Module, true)
            .await
            .map(|_| ())
    }

    /// Runs the tasks of the interpreter's session loop (those that earlier
    /// async calls created and left running) until `until` completes, and
    /// returns its output. A console waits for the user's next line this
    /// way, so background tasks keep running while the user types.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), pyroclast::Error> {
    /// use std::time::Duration;
    /// use pyroclast::Interpreter;
    ///
    /// let mut py = Interpreter::builder().capture_output().build();
    /// py.run_async("import asyncio\nasync def tick():\n    await asyncio.sleep(0.01)\n    print('tick')\nt = asyncio.create_task(tick())").await?;
    /// let n = py.run_tasks_until(async {
    ///     tokio::time::sleep(Duration::from_millis(50)).await;
    ///     7
    /// }).await?;
    /// assert_eq!((n, py.take_output().as_str()), (7, "tick\n"));
    /// # Ok(()) }
    /// ```
    pub async fn run_tasks_until<F>(&mut self, until: F) -> Result<F::Output, Error>
    where
        F: Future + 'static,
    {
        let slot: Rc<RefCell<Option<F::Output>>> = Rc::new(RefCell::new(None));
        let out = slot.clone();
        let vm = self.vm.clone();
        let state = Rc::downgrade(&self.state);
        let body: pyroclast_runtime::protocol::generator::Body = Box::pin(async move {
            let waited = async move {
                let v = until.await;
                *out.borrow_mut() = Some(v);
                Ok::<_, Error>(())
            };
            HostWait::new(&vm, state, Rc::from("run_tasks_until"), Box::pin(waited)).await?;
            Ok(RValue::None)
        });
        let coro =
            pyroclast_runtime::protocol::generator::coroutine(&self.vm, "run_tasks_until", body);
        drive_async(&self.vm, &self.state, self.limits, coro).await?;
        let v = slot.borrow_mut().take();
        v.ok_or_else(|| Error::exception("RuntimeError", "run_tasks_until ended without a value"))
    }

    /// Completion candidates for the name or attribute ending at byte
    /// `cursor` of `line`: keywords, globals and builtins for a name,
    /// attributes (`dir()`) for `obj.attr` where `obj` is a dotted name.
    /// Callables get a trailing `(`. Returns where the replaced text starts
    /// and the candidates, sorted. Only name lookups and attribute access
    /// run (no calls), as CPython's `rlcompleter` does.
    ///
    /// ```
    /// use pyroclast::Interpreter;
    ///
    /// let mut py = Interpreter::builder().capture_output().build();
    /// py.run("import asyncio")?;
    /// let (start, names) = py.complete("x = asyncio.sl", 14);
    /// assert_eq!((start, names), (12, vec!["sleep(".to_string()]));
    /// let (_, names) = py.complete("pri", 3);
    /// assert_eq!(names, ["print("]);
    /// # Ok::<(), pyroclast::Error>(())
    /// ```
    pub fn complete(&mut self, line: &str, cursor: usize) -> (usize, Vec<String>) {
        let cursor = cursor.min(line.len());
        let Some(before) = line.get(..cursor) else {
            return (cursor, Vec::new());
        };
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
            .last()
            .map_or(cursor, |(i, _)| i);
        let word = &before[word_start..];
        let mut names = match word.rfind('.') {
            Some(dot) => {
                let prefix = &word[dot + 1..];
                let mut names = self.attributes(&word[..dot]);
                names.retain(|(n, _)| {
                    n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_'))
                });
                let start = word_start + dot + 1;
                return (start, finish(names));
            }
            None => {
                let mut names: Vec<(String, bool)> =
                    KEYWORDS.iter().map(|k| (k.to_string(), false)).collect();
                for ns in [&self.main, &self.vm.builtins] {
                    for (k, v) in ns.borrow().iter() {
                        names.push((k.to_string(), callable(&self.vm, v)));
                    }
                }
                names.retain(|(n, _)| {
                    n.starts_with(word) && (word.starts_with('_') || !n.starts_with('_'))
                });
                names
            }
        };
        names.dedup();
        (word_start, finish(names))
    }

    /// `dir()` of the object a dotted name refers to, with callability.
    fn attributes(&mut self, path: &str) -> Vec<(String, bool)> {
        let vm = self.vm.clone();
        let mut parts = path.split('.');
        let Some(first) = parts.next() else {
            return Vec::new();
        };
        let lookup = self
            .main
            .borrow()
            .get(first)
            .cloned()
            .or_else(|| vm.builtins.borrow().get(first).cloned());
        let Some(mut obj) = lookup else {
            return Vec::new();
        };
        crate::run::begin(&vm, &self.state, self.limits);
        for part in parts {
            if part.is_empty() {
                return Vec::new();
            }
            match pyroclast_runtime::protocol::classes::getattr(&vm, &obj, part) {
                Ok(v) => obj = v,
                Err(_) => return Vec::new(),
            }
        }
        let Some(dir) = vm.builtins.borrow().get("dir").cloned() else {
            return Vec::new();
        };
        let names = match pyroclast_runtime::protocol::call::call(
            &vm,
            &dir,
            Args::new(vec![obj.clone()]),
        ) {
            Ok(RValue::List(l)) => l.borrow().to_vec(),
            _ => return Vec::new(),
        };
        names
            .into_iter()
            .filter_map(|n| match n {
                RValue::Str(s) => {
                    let is_callable = pyroclast_runtime::protocol::classes::getattr(&vm, &obj, &s)
                        .is_ok_and(|v| callable(&vm, &v));
                    Some((s.to_string(), is_callable))
                }
                _ => None,
            })
            .collect()
    }
}

fn callable(vm: &pyroclast_runtime::Interp, v: &RValue) -> bool {
    pyroclast_runtime::builtins::functions::is_callable(vm, v)
}

fn finish(mut names: Vec<(String, bool)>) -> Vec<String> {
    names.sort();
    names.dedup_by(|a, b| a.0 == b.0);
    names
        .into_iter()
        .map(|(n, call)| if call { format!("{n}(") } else { n })
        .collect()
}
