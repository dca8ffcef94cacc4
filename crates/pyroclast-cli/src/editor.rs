//! The line-editor thread: rustyline with history, syntax colouring and
//! completion. It shows each prompt the interpreter thread asks for and
//! sends back what the user entered; completion questions go to the
//! interpreter thread, which knows the names.

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;
use std::time::Duration;

use pyroclast::{Highlight, highlight};
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, ExternalPrinter, Helper};
use tokio::sync::mpsc as amp;

/// What the editor sends to the interpreter thread.
pub enum Event {
    /// A line (or a pasted block) the user entered.
    Line(String),
    /// Ctrl-C at the prompt: drop the input.
    Interrupted,
    /// Ctrl-D: leave.
    Eof,
    /// Completion candidates for `line` at byte `pos`, please.
    Complete(String, usize, mpsc::Sender<(usize, Vec<String>)>),
}

/// How long completion waits for a busy interpreter before giving up.
const COMPLETION_WAIT: Duration = Duration::from_millis(500);

/// Starts the editor thread. It shows a prompt for each string received on
/// `prompts` and ends when that channel closes or input ends.
pub fn spawn(
    prompts: mpsc::Receiver<String>,
    events: amp::UnboundedSender<Event>,
    prompt_shown: Arc<AtomicBool>,
    printer: Arc<Mutex<Option<Box<dyn ExternalPrinter + Send>>>>,
) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let config = rustyline::Config::builder()
            .auto_add_history(false)
            .completion_type(rustyline::CompletionType::List)
            .bracketed_paste(true)
            .build();
        let Ok(mut rl) = Editor::<ReplHelper, DefaultHistory>::with_config(config) else {
            let _ = events.send(Event::Eof);
            return;
        };
        rl.set_helper(Some(ReplHelper {
            events: events.clone(),
            color: colour_wanted(),
        }));
        if let Ok(p) = rl.create_external_printer()
            && let Ok(mut slot) = printer.lock()
        {
            *slot = Some(Box::new(p));
        }
        let history = history_path();
        if let Some(h) = &history {
            let _ = rl.load_history(h);
        }
        // The lines of the input being typed; a new `>>> ` prompt means it
        // is finished, and it goes into the history as one entry (so a
        // multi-line statement comes back whole with the up arrow).
        let mut entry = String::new();
        while let Ok(prompt) = prompts.recv() {
            if prompt == ">>> " && !entry.is_empty() {
                let _ = rl.add_history_entry(entry.as_str());
                if let Some(path) = &history {
                    // No history file when it cannot be written.
                    let _ = rl.save_history(path);
                }
                entry.clear();
            }
            prompt_shown.store(true, Ordering::SeqCst);
            let read = rl.readline(&prompt);
            prompt_shown.store(false, Ordering::SeqCst);
            let event = match read {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        if !entry.is_empty() {
                            entry.push('\n');
                        }
                        entry.push_str(&line);
                    }
                    Event::Line(line)
                }
                Err(ReadlineError::Interrupted) => {
                    entry.clear();
                    Event::Interrupted
                }
                Err(_) => Event::Eof,
            };
            let eof = matches!(event, Event::Eof);
            if events.send(event).is_err() || eof {
                break;
            }
        }
    })
}

/// `$PYROCLAST_HISTORY`, else `~/.pyroclast_history`.
fn history_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PYROCLAST_HISTORY") {
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyroclast_history"))
}

/// Colour unless `NO_COLOR` is set or the terminal is dumb.
fn colour_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

struct ReplHelper {
    events: amp::UnboundedSender<Event>,
    color: bool,
}

impl Completer for ReplHelper {
    type Candidate = String;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let (tx, rx) = mpsc::channel();
        if self
            .events
            .send(Event::Complete(line.to_string(), pos, tx))
            .is_err()
        {
            return Ok((pos, Vec::new()));
        }
        Ok(rx
            .recv_timeout(COMPLETION_WAIT)
            .unwrap_or((pos, Vec::new())))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Validator for ReplHelper {}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        let mut out = String::with_capacity(line.len() + 16);
        let mut at = 0;
        for (range, kind) in highlight(line) {
            if range.start < at || range.end > line.len() {
                continue;
            }
            out.push_str(&line[at..range.start]);
            let colour = match kind {
                Highlight::Keyword => "\x1b[1;35m",
                Highlight::String => "\x1b[32m",
                Highlight::Number => "\x1b[36m",
                Highlight::Comment => "\x1b[2;37m",
                _ => "",
            };
            out.push_str(colour);
            out.push_str(&line[range.clone()]);
            out.push_str("\x1b[0m");
            at = range.end;
        }
        out.push_str(&line[at..]);
        Cow::Owned(out)
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

impl Helper for ReplHelper {}
