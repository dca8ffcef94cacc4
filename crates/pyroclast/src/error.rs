//! [`Error`]: everything that can go wrong when running Python from Rust.

use std::fmt;
use std::time::Duration;

/// An error from compiling or running Python, or from converting a value.
///
/// `Display` prints what CPython would print for it: the rendered syntax
/// error, the full traceback of an exception, the message of a `SystemExit`.
///
/// ```
/// use pyroclast::{Error, Interpreter};
///
/// let mut py = Interpreter::builder().capture_output().build();
/// let err = py.run("1 / 0").unwrap_err();
/// assert_eq!(err.exception_type(), Some("ZeroDivisionError"));
/// assert!(err.to_string().ends_with("ZeroDivisionError: division by zero"));
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The source does not compile.
    #[error("{0}")]
    Syntax(SyntaxError),
    /// A Python exception escaped (or a host function raised one).
    #[error("{0}")]
    Exception(Exception),
    /// A resource limit stopped the run. Python code cannot catch this.
    #[error("{0}")]
    Limit(Limit),
    /// `sys.exit()` / `raise SystemExit`: the script asked to end.
    #[error("{}", system_exit_text(*.code, .message.as_deref()))]
    SystemExit {
        /// The exit status (`0` for `sys.exit()` / `sys.exit(None)`, `1`
        /// when the code is not an int).
        code: i64,
        /// The text CPython prints for a non-int code (`sys.exit("bye")`).
        message: Option<String>,
    },
    /// A value did not fit the Rust type asked for.
    #[error("{0}")]
    Conversion(ConversionError),
}

fn system_exit_text(code: i64, message: Option<&str>) -> String {
    match message {
        Some(m) => m.to_string(),
        // CPython prints nothing for an int code; an empty `Display` helps
        // no one, so the code is named.
        None => format!("SystemExit: {code}"),
    }
}

impl Error {
    /// A Python exception of a builtin class, for host functions to return:
    /// it is raised in Python as `type_name(message)`.
    ///
    /// ```
    /// use pyroclast::{Error, Interpreter};
    ///
    /// let mut py = Interpreter::builder().capture_output().build();
    /// py.register_fn("check", |s: String| -> Result<String, Error> {
    ///     if s.is_empty() { Err(Error::exception("ValueError", "empty")) } else { Ok(s) }
    /// });
    /// py.run("try:\n    check('')\nexcept ValueError as e:\n    print('caught', e)").unwrap();
    /// assert_eq!(py.take_output(), "caught empty\n");
    /// ```
    pub fn exception(type_name: impl Into<String>, message: impl Into<String>) -> Error {
        Error::Exception(Exception {
            type_name: type_name.into(),
            message: message.into(),
            traceback: String::new(),
        })
    }

    /// The Python exception class name, for errors that are Python
    /// exceptions (`SyntaxError` and `SystemExit` included).
    pub fn exception_type(&self) -> Option<&str> {
        match self {
            Error::Syntax(s) => Some(s.kind.as_str()),
            Error::Exception(e) => Some(&e.type_name),
            Error::SystemExit { .. } => Some("SystemExit"),
            Error::Limit(_) | Error::Conversion(_) => None,
        }
    }

    /// The exception's message (`str(exc)`), the syntax error's message,
    /// or this error's text.
    pub fn message(&self) -> String {
        match self {
            Error::Syntax(s) => s.message.clone(),
            Error::Exception(e) => e.message.clone(),
            other => other.to_string(),
        }
    }

    /// True for a limit stop.
    pub fn is_limit(&self) -> bool {
        matches!(self, Error::Limit(_))
    }
}

/// Which kind of syntax error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SyntaxErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// `TabError`
    Tab,
    /// `RecursionError` (nesting too deep to compile)
    Recursion,
    /// `MemoryError` (nesting too deep for CPython's parser)
    Memory,
}

impl SyntaxErrorKind {
    /// The Python class name.
    pub fn as_str(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
            SyntaxErrorKind::Recursion => "RecursionError",
            SyntaxErrorKind::Memory => "MemoryError",
        }
    }
}

/// Source that does not compile, located as CPython locates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// `SyntaxError`, `IndentationError`, ...
    pub kind: SyntaxErrorKind,
    /// CPython's message (`expected ':'`, `'(' was never closed`, ...).
    pub message: String,
    /// The file name given when compiling.
    pub filename: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// CPython's rendering (`File "x.py", line 1`, the line, a caret, the
    /// message).
    pub rendered: String,
    /// The input ended before the construct was complete (an open bracket,
    /// a block header without a body): a REPL asks for more lines.
    pub incomplete: bool,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.rendered.trim_end())
    }
}

/// A Python exception that escaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    /// The exception class name (`ValueError`, `KeyError`, a user class).
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The traceback exactly as CPython prints it (empty for exceptions made
    /// by the host with [`Error::exception`]).
    pub traceback: String,
}

impl fmt::Display for Exception {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.traceback.is_empty() {
            return f.write_str(self.traceback.trim_end());
        }
        if self.message.is_empty() {
            f.write_str(&self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

/// A resource limit that stopped a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Limit {
    /// More evaluation steps than `max_steps` allows.
    Steps(u64),
    /// The run took longer than its timeout.
    Timeout(Duration),
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Limit::Steps(n) => write!(f, "limit exceeded: more than {n} evaluation steps"),
            Limit::Timeout(t) => write!(f, "limit exceeded: ran longer than {t:?}"),
        }
    }
}

/// A value that does not fit the type asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversionError {
    /// The Python type the Rust side needed (`int`, `str`, `list`, ...).
    pub expected: String,
    /// The Python type of the value found.
    pub found: String,
    /// Set when the type fits but the value does not (an int out of range).
    pub detail: Option<String>,
}

impl ConversionError {
    /// An int that does not fit the Rust number type (`OverflowError` when
    /// raised in Python).
    pub fn is_overflow(&self) -> bool {
        self.detail.is_some()
            && self.found == "int"
            && matches!(self.expected.as_str(), "int" | "float")
    }
}

impl fmt::Display for ConversionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.detail {
            Some(d) => f.write_str(d),
            None => write!(f, "expected {}, got {}", self.expected, self.found),
        }
    }
}

impl Error {
    /// A conversion error: `expected` Python type, `found` Python type.
    pub fn conversion(expected: impl Into<String>, found: impl Into<String>) -> Error {
        Error::Conversion(ConversionError {
            expected: expected.into(),
            found: found.into(),
            detail: None,
        })
    }

    /// An out-of-range conversion (`OverflowError` when raised in Python).
    pub fn overflow(expected: impl Into<String>, detail: impl Into<String>) -> Error {
        let expected = expected.into();
        Error::Conversion(ConversionError {
            found: "int".into(),
            expected,
            detail: Some(detail.into()),
        })
    }
}
