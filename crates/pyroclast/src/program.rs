//! [`Program`]: source checked once, runnable in any interpreter.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::Error;
use crate::bridge::syntax_error;

static NEXT_PROGRAM: AtomicU64 = AtomicU64::new(1);

/// Python source compiled once: a syntax error is reported by
/// [`Program::compile`], and running it never fails to compile. `Send +
/// Sync` and cheap to clone, so one program can be shared by every
/// interpreter of a [`Pool`](crate::Pool).
///
/// Each interpreter parses the program on its first run and keeps the tree
/// for the next ones (the tree holds interpreter-local, non-atomic reference
/// counts, so it cannot itself cross threads).
///
/// ```
/// use pyroclast::{Interpreter, Program};
///
/// let prog = Program::compile("x * 2", "calc.py")?;
/// let mut py = Interpreter::new();
/// let y: i64 = py.run_program(&prog, &[("x", 21.into())])?.extract()?;
/// assert_eq!(y, 42);
/// assert!(Program::compile("x = (", "bad.py").is_err());
/// # Ok::<(), pyroclast::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Program(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    id: u64,
    source: Arc<str>,
    filename: Arc<str>,
}

impl Program {
    /// Parses and resolves `source`; `filename` is what tracebacks show.
    pub fn compile(
        source: impl Into<String>,
        filename: impl Into<String>,
    ) -> Result<Program, Error> {
        let source: String = source.into();
        let filename: String = filename.into();
        // A leading byte-order mark is not part of the program.
        let source = match source.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => source,
        };
        parse(&source, &filename)?;
        Ok(Program(Arc::new(Inner {
            id: NEXT_PROGRAM.fetch_add(1, Ordering::Relaxed),
            source: Arc::from(source),
            filename: Arc::from(filename),
        })))
    }

    /// The source text.
    pub fn source(&self) -> &str {
        &self.0.source
    }

    /// The file name tracebacks show.
    pub fn filename(&self) -> &str {
        &self.0.filename
    }

    /// The parsed syntax tree, pretty-printed (for `pyroclast --dump-ast`).
    pub fn dump_ast(&self) -> String {
        match pyroclast_syntax::parse_module(&self.0.source) {
            Ok(m) => format!("{m:#?}"),
            Err(e) => e.to_string(),
        }
    }

    pub(crate) fn id(&self) -> u64 {
        self.0.id
    }
}

/// Parses and resolves a whole module.
pub(crate) fn parse(source: &str, filename: &str) -> Result<pyroclast_syntax::Module, Error> {
    pyroclast_syntax::parse_module(source).map_err(|e| syntax_error(&e, source, filename))
}
