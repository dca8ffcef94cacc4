//! The interactive prompt.
//!
//! Two threads: this one owns the interpreter and runs a current-thread
//! tokio runtime; a second one owns the line editor (rustyline). While the
//! user types, the interpreter thread keeps serving the session's
//! background tasks (`run_tasks_until`) and answers completion requests; a
//! finished line comes back over a channel. Output that background tasks
//! print while the prompt is shown goes through the editor's external
//! printer, above the input line.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use pyroclast::{Access, Error, InputStatus, Interpreter, InterruptHandle, input_status};
use rustyline::ExternalPrinter;
use tokio::sync::mpsc as amp;

use crate::editor::{self, Event};

/// How the prompt is set up.
pub struct Options {
    /// Run asyncio on the virtual clock.
    pub virtual_time: bool,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Run this file first and keep its globals (`-i FILE`).
    pub file: Option<(String, String)>,
}

/// Where output goes: straight to the terminal while code runs, through the
/// editor's external printer (above the prompt) while the user types.
#[derive(Clone, Default)]
struct Router {
    prompt_shown: Arc<AtomicBool>,
    printer: Arc<Mutex<Option<Box<dyn ExternalPrinter + Send>>>>,
    partial: Rc<RefCell<String>>,
}

impl Router {
    fn write(&self, text: &str, to_stderr: bool) {
        if self.prompt_shown.load(Ordering::SeqCst) {
            // Whole lines only: the printer redraws the prompt after each.
            let mut partial = self.partial.borrow_mut();
            partial.push_str(text);
            if let Some(cut) = partial.rfind('\n') {
                let lines: String = partial.drain(..=cut).collect();
                if let Ok(mut p) = self.printer.lock()
                    && let Some(p) = p.as_mut()
                {
                    let _ = p.print(lines.trim_end_matches('\n').to_string());
                    return;
                }
                raw_write(&lines, to_stderr);
            }
            return;
        }
        self.flush_partial();
        raw_write(text, to_stderr);
    }

    fn flush_partial(&self) {
        let pending = std::mem::take(&mut *self.partial.borrow_mut());
        if !pending.is_empty() {
            raw_write(&pending, false);
        }
    }
}

fn raw_write(text: &str, to_stderr: bool) {
    if to_stderr {
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(text.as_bytes());
        let _ = e.flush();
    } else {
        let mut o = std::io::stdout().lock();
        let _ = o.write_all(text.as_bytes());
        let _ = o.flush();
    }
}

/// The banner's one line.
fn banner() -> String {
    format!(
        "Pyroclast {} (a Python 3.11 subset) - top-level await works here. Ctrl-D or exit() to leave.",
        env!("CARGO_PKG_VERSION")
    )
}

/// Runs the REPL until the user leaves; returns the exit status.
pub fn run(options: Options) -> u8 {
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        eprintln!("pyroclast: cannot start the runtime");
        return 1;
    };
    rt.block_on(session(options))
}

async fn session(options: Options) -> u8 {
    let router = Router::default();
    let (out, err) = (router.clone(), router.clone());
    let builder = Interpreter::builder()
        .on_output(move |t| out.write(t, false))
        .on_stderr(move |t| err.write(t, true))
        .virtual_time(options.virtual_time)
        .argv(options.argv)
        .environ(std::env::vars())
        .allow_dir(".", Access::ReadWrite)
        .module_paths(crate::search_path(
            options.file.as_ref().map(|(_, path)| path.as_str()),
        ));
    let mut py = builder.build();
    install_interrupt(py.interrupt_handle());

    if let Some((source, path)) = &options.file {
        match pyroclast::Program::compile(source.as_str(), path.as_str()) {
            Ok(p) => {
                if let Err(e) = py.run_program(&p, &[])
                    && let Some(status) = report(&e)
                {
                    return status;
                }
            }
            Err(e) => {
                report(&e);
            }
        }
    } else {
        println!("{}", banner());
    }

    let (events_tx, events_rx) = amp::unbounded_channel::<Event>();
    let (prompts_tx, prompts_rx) = mpsc::channel::<String>();
    let editor = editor::spawn(
        prompts_rx,
        events_tx,
        router.prompt_shown.clone(),
        router.printer.clone(),
    );
    let events = Rc::new(RefCell::new(events_rx));
    let mut cell = Cell::default();
    let status = loop {
        router.flush_partial();
        let prompt = if cell.is_empty() { ">>> " } else { "... " };
        if prompts_tx.send(prompt.to_string()).is_err() {
            break 0;
        }
        let event = match next_event(&mut py, &events).await {
            Some(e) => e,
            None => break 0,
        };
        match event {
            Event::Eof => {
                println!();
                break 0;
            }
            Event::Interrupted => {
                cell.clear();
                eprintln!("KeyboardInterrupt");
            }
            Event::Line(line) => {
                if let Some(source) = cell.push(&line)
                    && let Some(status) = run_cell(&mut py, &source).await
                {
                    break status;
                }
            }
            Event::Complete(..) => {}
        }
    };
    drop(prompts_tx);
    let _ = editor.join();
    status
}

/// Waits for the editor's next line (or end of input), serving background
/// tasks and completion requests meanwhile.
async fn next_event(
    py: &mut Interpreter,
    events: &Rc<RefCell<amp::UnboundedReceiver<Event>>>,
) -> Option<Event> {
    loop {
        let rx = events.clone();
        // The receiver is only borrowed by this one future at a time.
        #[allow(clippy::await_holding_refcell_ref)]
        let waited = py
            .run_tasks_until(async move { rx.borrow_mut().recv().await })
            .await;
        let event = match waited {
            Ok(e) => e?,
            Err(e) => {
                // A background task ended the session (sys.exit) or failed
                // fatally; report it and go on waiting.
                if let Error::SystemExit { code, .. } = &e {
                    std::process::exit(*code as u8 as i32);
                }
                eprintln!("{e}");
                continue;
            }
        };
        match event {
            Event::Complete(line, pos, reply) => {
                let _ = reply.send(py.complete(&line, pos));
            }
            other => return Some(other),
        }
    }
}

/// Runs one complete input; `Some(status)` when the session should end.
async fn run_cell(py: &mut Interpreter, source: &str) -> Option<u8> {
    match py.run_interactive(source, "<stdin>").await {
        Ok(()) => None,
        Err(e) => report(&e),
    }
}

/// Prints an error as CPython's REPL does; `Some(status)` for `SystemExit`.
fn report(e: &Error) -> Option<u8> {
    match e {
        Error::SystemExit { code, message } => {
            if let Some(m) = message {
                eprintln!("{m}");
            }
            Some(*code as u8)
        }
        other => {
            eprintln!("{other}");
            None
        }
    }
}

/// Ctrl-C while code runs raises KeyboardInterrupt in it. (While the user
/// types, the editor reads Ctrl-C as a key and clears the line.)
fn install_interrupt(handle: InterruptHandle) {
    let _ = ctrlc::set_handler(move || handle.interrupt());
}

/// The lines of one input being typed, and the rules that decide when it
/// runs: when the parser says it is complete, except that a compound
/// statement (`def`, `for`, `async with`, a decorator, ...) runs at the
/// first blank line, as in CPython's REPL.
#[derive(Default)]
struct Cell {
    lines: Vec<String>,
    /// The last definition run, kept so that an indented line right after
    /// it continues it: a script pasted line by line keeps the blank lines
    /// inside its functions.
    last_definition: Option<String>,
}

impl Cell {
    fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    fn clear(&mut self) {
        self.lines.clear();
        self.last_definition = None;
    }

    /// Adds a line (or a pasted block); returns the source to run once the
    /// input is complete.
    fn push(&mut self, line: &str) -> Option<String> {
        let blank = line.trim().is_empty();
        if self.lines.is_empty() {
            if blank {
                return None;
            }
            if line.starts_with([' ', '\t'])
                && let Some(def) = self.last_definition.take()
            {
                // Continue the definition run at the blank line before.
                self.lines.extend(def.lines().map(str::to_string));
                self.lines.push(String::new());
            }
        }
        self.lines.push(line.to_string());
        let source = self.lines.join("\n");
        let compound = starts_compound(&source);
        match input_status(&source) {
            // A blank line ends an unfinished block (CPython then reports
            // "expected an indented block" or a missing `except`), but not an
            // open bracket, string or line continuation.
            InputStatus::Incomplete(e) if blank && !open_construct(&e) => {
                self.lines.clear();
                Some(source)
            }
            InputStatus::Incomplete(_) => None,
            InputStatus::Complete if compound && !blank => None,
            _ => {
                self.lines.clear();
                self.last_definition =
                    is_definition(&source).then(|| source.trim_end().to_string());
                Some(source)
            }
        }
    }
}

/// The input ends inside a bracket, a triple-quoted string or after a
/// line-continuation backslash, where blank lines are part of the input.
fn open_construct(e: &Error) -> bool {
    let m = e.message();
    m.ends_with("was never closed")
        || m.starts_with("unterminated triple-quoted string")
        || m == "unexpected EOF while parsing"
}

/// The first statement opens a block (so a blank line must end it).
fn starts_compound(source: &str) -> bool {
    let first = source.trim_start();
    let word: String = first
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '@')
        .collect();
    first.starts_with('@')
        || matches!(
            word.as_str(),
            "if" | "while" | "for" | "try" | "with" | "def" | "class" | "async"
        ) && !first[word.len()..].starts_with(['=', '.', '(', '[', ','])
}

/// The input is a definition: re-running it with more lines only rebinds
/// its name.
fn is_definition(source: &str) -> bool {
    let first = source.trim_start();
    first.starts_with('@')
        || first.starts_with("def ")
        || first.starts_with("class ")
        || first.starts_with("async def ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(lines: &[&str]) -> Vec<String> {
        let mut cell = Cell::default();
        lines.iter().filter_map(|l| cell.push(l)).collect()
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(feed(&["x = 1", "x"]), ["x = 1", "x"]);
        assert_eq!(feed(&["x = (1,", "2)"]), ["x = (1,\n2)"]);
        assert_eq!(feed(&["s = '''a", "b'''"]), ["s = '''a\nb'''"]);
        assert_eq!(feed(&["x = 1 + \\", "2"]), ["x = 1 + \\\n2"]);
        assert_eq!(feed(&["", "  ", "1"]), ["1"]);
    }

    #[test]
    fn compound_statements_end_at_a_blank_line() {
        assert_eq!(
            feed(&["for i in range(3):", "    print(i)"]),
            Vec::<String>::new()
        );
        assert_eq!(
            feed(&["for i in range(3):", "    print(i)", ""]),
            ["for i in range(3):\n    print(i)\n"]
        );
        assert_eq!(feed(&["if x: y()", ""]), ["if x: y()\n"]);
        assert_eq!(
            feed(&["@dec", "def f():", "    pass", ""]),
            ["@dec\ndef f():\n    pass\n"]
        );
        // A name that merely starts like a keyword is not compound.
        assert_eq!(
            feed(&["format = 1", "iffy = 2"]),
            ["format = 1", "iffy = 2"]
        );
    }

    #[test]
    fn errors_run_at_once_to_be_reported() {
        assert_eq!(feed(&["x = )"]), ["x = )"]);
        assert_eq!(feed(&["def f(:"]), ["def f(:"]);
        // A header with no body, then a blank line.
        assert_eq!(feed(&["def f():", ""]), ["def f():\n"]);
        assert_eq!(feed(&["try:", "    pass", ""]), ["try:\n    pass\n"]);
        // Inside brackets and strings a blank line just continues.
        assert_eq!(feed(&["x = (", "", "1)"]), ["x = (\n\n1)"]);
        assert_eq!(feed(&["s = '''a", "", "b'''"]), ["s = '''a\n\nb'''"]);
    }

    #[test]
    fn a_pasted_function_keeps_its_blank_lines() {
        let runs = feed(&[
            "async def main():",
            "    ag = g()",
            "",
            "    while True:",
            "        break",
            "",
            "main",
        ]);
        assert_eq!(
            runs,
            [
                "async def main():\n    ag = g()\n",
                "async def main():\n    ag = g()\n\n    while True:\n        break\n",
                "main"
            ]
        );
    }
}
