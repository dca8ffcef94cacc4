//! The public embedding API of Pyroclast. Today it offers parsing and running
//! a whole program as the CLI does; the typed `Interpreter` API follows.

use std::path::PathBuf;
use std::rc::Rc;

pub use pyroclast_runtime::{Interp, Value};
pub use pyroclast_syntax::{Module, SyntaxError, parse_expression, parse_module};

/// Runs a parsed program as `__main__` and returns the process exit status:
/// 0, 1 after an uncaught exception (its traceback printed to stderr), or the
/// status given to `sys.exit`.
pub fn run_main(
    module: &Module,
    source: &str,
    filename: &str,
    argv: Vec<String>,
    script_dir: Option<PathBuf>,
    virtual_time: bool,
) -> u8 {
    let vm = Interp::new();
    *vm.argv.borrow_mut() = argv;
    *vm.script_dir.borrow_mut() = script_dir;
    vm.virtual_time.set(virtual_time);
    let code = Rc::new(pyroclast_runtime::object::Code {
        filename: Rc::from(filename),
        source: Rc::from(source),
    });
    let status = match vm.run_module(module, code, "__main__") {
        Ok(_) => 0,
        Err(e) => pyroclast_runtime::modules::exit_status(&vm, &e),
    };
    vm.flush();
    status
}
