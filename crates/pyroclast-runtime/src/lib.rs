//! Pyroclast's runtime: Python objects, the resolver-driven evaluator, the async
//! runtime on tokio, builtins and built-in modules.

pub mod modules;
pub mod text;
