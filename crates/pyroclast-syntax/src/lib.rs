//! Pyroclast's front end: the logos lexer ([`token`]), the layout pass that
//! adds NEWLINE/INDENT/DEDENT ([`layout`]), the lalrpop parser ([`parser`]),
//! the AST ([`ast`]), CPython-worded syntax errors ([`error`]) and the
//! resolver that assigns every name a slot and raises compile-time errors.

pub mod actions;
pub mod ast;
pub mod error;
pub mod fstring;
pub mod highlight;
pub mod layout;
pub mod mangle;
pub mod parser;
pub mod patterns;
pub mod resolver;
pub mod strings;
pub mod token;

pub use ast::Module;
pub use error::{ErrorKind, SyntaxError};
pub use parser::parse_expression;

/// Parses and resolves a module: the result is ready to evaluate.
pub fn parse_module(src: &str) -> Result<Module, SyntaxError> {
    compile(src, Mode::Module, false)
}

/// What [`compile`] accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A sequence of statements (a file).
    Module,
    /// One expression, as `eval()` takes; the result is a module holding
    /// one expression statement.
    Expression,
}

/// Parses and resolves source, optionally allowing top-level `await`
/// (see [`resolver::resolve_with`]).
pub fn compile(src: &str, mode: Mode, top_level_await: bool) -> Result<Module, SyntaxError> {
    if let Some(at) = src.find('\0') {
        return Err(SyntaxError::new(
            ErrorKind::Syntax,
            "source code cannot contain null bytes",
            at as u32,
        ));
    }
    let module = match mode {
        Mode::Module => parser::parse_module_unresolved(src)?,
        Mode::Expression => {
            let expr = parser::parse_expression(src)?;
            let span = expr.span;
            Module {
                body: vec![ast::Stmt::new(ast::StmtKind::Expr(Box::new(expr)), span)],
                ..Module::default()
            }
        }
    };
    if let Err(e) = resolver::resolve_with(&module, top_level_await) {
        if e.kind.is_compile_limit() {
            // Dropping a very deep tree recurses once per level: give the
            // drop a stack sized to the input.
            stacker::grow(src.len() * 512 + (1 << 20), move || drop(module));
        }
        return Err(e);
    }
    Ok(module)
}
