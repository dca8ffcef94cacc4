//! Pyroclast's front end: the logos lexer ([`token`]), the layout pass that
//! adds NEWLINE/INDENT/DEDENT ([`layout`]), the lalrpop parser ([`parser`]),
//! the AST ([`ast`]), CPython-worded syntax errors ([`error`]) and the
//! resolver that assigns every name a slot and raises compile-time errors.

pub mod actions;
pub mod ast;
pub mod error;
pub mod fstring;
pub mod layout;
pub mod mangle;
pub mod parser;
pub mod resolver;
pub mod strings;
pub mod token;

pub use ast::Module;
pub use error::{ErrorKind, SyntaxError};
pub use parser::parse_expression;

/// Parses and resolves a module: the result is ready to evaluate.
pub fn parse_module(src: &str) -> Result<Module, SyntaxError> {
    let module = parser::parse_module_unresolved(src)?;
    if let Err(e) = resolver::resolve(&module) {
        if e.kind == ErrorKind::Recursion {
            // Dropping a very deep tree recurses once per level: give the
            // drop a stack sized to the input.
            stacker::grow(src.len() * 512 + (1 << 20), move || drop(module));
        }
        return Err(e);
    }
    Ok(module)
}
