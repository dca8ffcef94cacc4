//! Syntax errors, worded and rendered as CPython renders them.

use thiserror::Error;

/// Which exception class a syntax error is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// `TabError`
    Tab,
    /// `RecursionError`: the tree is nested too deeply to compile.
    Recursion,
    /// `MemoryError`: CPython's parser ran out of its own stack (its
    /// message is empty).
    Memory,
}

impl ErrorKind {
    /// The Python class name.
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Recursion => "RecursionError",
            ErrorKind::Memory => "MemoryError",
        }
    }

    /// RecursionError or MemoryError: a limit of the compiler, not a
    /// SyntaxError subclass.
    pub fn is_compile_limit(self) -> bool {
        matches!(self, ErrorKind::Recursion | ErrorKind::Memory)
    }
}

/// A compile-time error at a byte offset of the source.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("{}{}{msg}", kind.class_name(), if msg.is_empty() { "" } else { ": " })]
pub struct SyntaxError {
    /// Exception class.
    pub kind: ErrorKind,
    /// CPython's message.
    pub msg: String,
    /// Byte offset the caret points at.
    pub offset: u32,
    /// Set when the input ended before the construct was complete (the REPL
    /// asks for another line instead of reporting).
    pub incomplete: bool,
}

/// Line-oriented location of a syntax error, for rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// The source line without its newline.
    pub text: String,
}

impl SyntaxError {
    /// A new error.
    #[cold]
    pub fn new(kind: ErrorKind, msg: impl Into<String>, offset: u32) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            offset,
            incomplete: false,
        }
    }

    /// Marks the error as "input ended too early".
    pub fn incomplete(mut self) -> Self {
        self.incomplete = true;
        self
    }

    /// Line, column and source line of the error.
    pub fn location(&self, source: &str) -> Location {
        locate(source, self.offset as usize)
    }

    /// Renders the error as CPython prints it for an uncaught SyntaxError.
    pub fn render(&self, source: &str, filename: &str) -> String {
        if self.kind.is_compile_limit() {
            // CPython reports these without a location.
            return format!("{self}\n");
        }
        let loc = self.location(source);
        let stripped = loc.text.trim_start();
        let indent = loc.text.chars().count() - stripped.chars().count();
        let stripped = stripped.trim_end();
        let mut out = format!("  File \"{filename}\", line {}\n", loc.line);
        if !stripped.is_empty() {
            let caret = loc
                .column
                .saturating_sub(indent + 1)
                .min(stripped.chars().count());
            out.push_str(&format!("    {stripped}\n    {}^\n", " ".repeat(caret)));
        }
        out.push_str(&format!("{self}\n"));
        out
    }
}

/// Line (1-based), column (1-based) and text of the line containing `offset`.
pub fn locate(source: &str, offset: usize) -> Location {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    Location {
        line: source[..offset].matches('\n').count() + 1,
        column: source[line_start..offset].chars().count() + 1,
        text: source[line_start..line_end]
            .trim_end_matches('\r')
            .to_string(),
    }
}

/// 1-based line number of a byte offset.
pub fn line_of(source: &str, offset: u32) -> usize {
    locate(source, offset as usize).line
}
