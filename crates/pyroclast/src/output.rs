//! Where an interpreter's output goes: the process's streams, a buffer the
//! host reads with `take_output`, or a callback.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use pyroclast_runtime::Sink;

/// The process's standard output, buffered; flushed at the end of every
/// call into the interpreter and whenever Python waits or reads input.
pub(crate) struct ProcessStdout {
    out: std::io::BufWriter<std::io::Stdout>,
    /// The first error since Python last looked (a closed pipe): the next
    /// `print` raises it, as CPython's does.
    error: Option<std::io::Error>,
}

impl ProcessStdout {
    pub fn new() -> Self {
        ProcessStdout {
            // Under 64 KiB: glibc consolidates its whole heap when a chunk
            // that large is freed, 7% of a one-line script's instructions.
            out: std::io::BufWriter::with_capacity(1 << 15, std::io::stdout()),
            error: None,
        }
    }
}

impl Sink for ProcessStdout {
    fn write(&mut self, text: &str) {
        if let Err(e) = self.out.write_all(text.as_bytes()) {
            self.error.get_or_insert(e);
        }
    }
    fn flush(&mut self) {
        if let Err(e) = self.out.flush() {
            self.error.get_or_insert(e);
        }
    }
    fn take_error(&mut self) -> Option<std::io::Error> {
        self.error.take()
    }
}

/// The process's standard error, unbuffered.
pub(crate) struct ProcessStderr;

impl Sink for ProcessStderr {
    fn write(&mut self, text: &str) {
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

/// A host callback receiving text as it is printed.
pub(crate) struct Callback(pub Box<dyn FnMut(&str)>);

impl Sink for Callback {
    fn write(&mut self, text: &str) {
        (self.0)(text);
    }
}

/// How the builder routes one stream.
pub(crate) enum Route {
    Process,
    Capture,
    Callback(Box<dyn FnMut(&str)>),
}

/// Makes the sink for a route; a captured stream also returns its buffer.
pub(crate) fn sink(route: Route, stdout: bool) -> (Box<dyn Sink>, Option<Rc<RefCell<String>>>) {
    match route {
        Route::Process if stdout => (Box::new(ProcessStdout::new()), None),
        Route::Process => (Box::new(ProcessStderr), None),
        Route::Capture => {
            let buf = Rc::new(RefCell::new(String::new()));
            (Box::new(buf.clone()), Some(buf))
        }
        Route::Callback(f) => (Box::new(Callback(f)), None),
    }
}
