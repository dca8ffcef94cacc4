//! The bootstrap: makes an interpreter and installs every layer into it
//! (the evaluator's hooks, the builtins namespace and the builtin types'
//! methods, the module table).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::object::model::namespace;
use crate::object::vm::{Interp, Sink, Types};

impl Interp {
    /// A fresh interpreter whose output is kept in memory (for tests).
    pub fn new() -> Rc<Interp> {
        let buf = Rc::new(RefCell::new(String::new()));
        Self::with_sinks(Box::new(buf.clone()), Box::new(buf))
    }

    /// A fresh interpreter writing to the given sinks.
    pub fn with_sinks(out: Box<dyn Sink>, err: Box<dyn Sink>) -> Rc<Interp> {
        crate::object::gc::interpreter_started();
        let vm = Rc::new(Interp {
            types: Types::new(),
            builtins: Rc::new(namespace()),
            modules: Default::default(),
            out: RefCell::new(out),
            err: RefCell::new(err),
            stdin: RefCell::new(None),
            frames: RefCell::new(Vec::new()),
            line: Cell::new(0),
            frame_serial: Cell::new(0),
            sources: RefCell::new(HashMap::new()),
            recursion_limit: Cell::new(1000),
            native_depth: Cell::new(0),
            int_max_str_digits: Cell::new(4300),
            handling: RefCell::new(Vec::new()),
            argv: RefCell::new(Vec::new()),
            loader: RefCell::new(None),
            fs: Default::default(),
            environ: RefCell::new(None),
            sys_path: crate::Value::list(Vec::new()),
            self_ref: RefCell::new(Weak::new()),
            clock: crate::object::clock::Clock::default(),
            limits: crate::object::limits::Limits::default(),
            driver: Cell::new(Default::default()),
            host_waits: Cell::new(0),
            closing: Cell::new(false),
            hash_seq: Cell::new(1),
            async_depth: Cell::new(0),
            signals: Default::default(),
            hooks: Default::default(),
            event_loop: RefCell::new(None),
            finalizers: RefCell::new(Vec::new()),
            finalizers_pending: Cell::new(false),
            asyncgen_hooks: RefCell::new([None, None]),
            context: RefCell::new(None),
            passed_up: Cell::new(None),
            passed_down: RefCell::new(None),
            module_state: RefCell::new(HashMap::default()),
            module_namespaces: RefCell::new(Vec::new()),
            char_index: Default::default(),
        });
        *vm.self_ref.borrow_mut() = Rc::downgrade(&vm);
        vm.hooks.call_function.set(crate::eval::call_function_with);
        vm.hooks.import.set(crate::stdlib::import);
        vm.hooks.collect.set(crate::protocol::gc::collect_due);
        crate::stdlib::asyncio::install_hooks(&vm);
        crate::builtins::install(&vm);
        vm
    }
}
