//! Where an interpreter's output goes: the process's streams, a buffer the
//! host reads with `take_output`, or a callback.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use pyroclast_runtime::Sink;

/// The process's standard output, buffered; flushed at the end of every
/// call into the interpreter and whenever Python waits or reads input.
pub(crate) struct ProcessStdout(pub std::io::BufWriter<std::io::Stdout>);

impl ProcessStdout {
    pub fn new() -> Self {
        ProcessStdout(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout(),
        ))
    }
}

impl Sink for ProcessStdout {
    fn write(&mut self, text: &str) {
        // A closed pipe is not Python's problem: output is dropped, as
        // CPython drops it once stdout is gone.
        let _ = self.0.write_all(text.as_bytes());
    }
    fn flush(&mut self) {
        let _ = self.0.flush();
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
