//! The public embedding API of Pyroclast. It re-exports the front end until the
//! `Interpreter` type lands with the evaluator.

pub use pyroclast_syntax::{Module, SyntaxError, parse_expression, parse_module};
