//! Running the cycle collector (`object/gc.rs`) as Python sees it: the
//! unreachable instances' `__del__` methods run first, once each (PEP
//! 442), and whatever they made reachable again survives; the rest is
//! cleared.

use crate::Interp;
use crate::object::gc::{self, Live};
use crate::object::value::Value;
use crate::object::weakref::{self, Target};
use crate::protocol::generator::{Generator, finalize_collected};

/// Collects `generation` (0, 1 or 2) and the younger ones; the number of
/// unreachable objects found, as `gc.collect()` returns it.
pub fn collect(vm: &Interp, generation: usize) -> usize {
    let Some(garbage) = gc::find_garbage(generation) else {
        return 0;
    };
    // A stopped run, or an interpreter being torn down, runs no more
    // Python code; without finalizers the garbage is still cleared.
    // Weak references to the garbage die first, and their callbacks run
    // before any finalizer, as in CPython.
    let callbacks: Vec<(Value, Value)> = garbage
        .objects
        .iter()
        .filter_map(|o| o.value().as_ref().and_then(Target::flagged))
        .flat_map(weakref::clear_unreachable)
        .collect();
    if !vm.stopping() && !vm.closing.get() {
        for (callback, weakref) in callbacks {
            run_callback(vm, &callback, &weakref);
        }
        let finalizable: Vec<Value> = garbage
            .objects
            .iter()
            .filter_map(|o| match o {
                Live::Instance(i) if !i.finalized.get() && i.class.lookup("__del__").is_some() => {
                    i.finalized.set(true);
                    Some(Value::Instance(i.clone()))
                }
                Live::Native(n) if n.as_any().is::<Generator>() => Some(Value::Native(n.clone())),
                _ => None,
            })
            .collect();
        for obj in finalizable {
            match obj {
                Value::Instance(_) => run_del(vm, &obj),
                _ => finalize_collected(vm, &obj),
            }
        }
    }
    gc::finish(garbage)
}

/// After an interpreter's teardown: drops the bodies of its generators and
/// coroutines still suspended (a stopped run leaves them mid-way; what
/// their bodies hold is invisible to the collector), then frees the
/// cycles left, running no Python code.
pub fn release(vm: &Interp) {
    let me = vm as *const Interp;
    let mut dropped = Vec::new();
    for n in gc::live_natives() {
        if let Some(g) = n.as_any().downcast_ref::<Generator>()
            && std::ptr::eq(g.vm.as_ptr(), me)
        {
            crate::object::value::Native::clear_refs(g, &mut dropped);
        }
    }
    drop(dropped);
    // The registry is the thread's: with another interpreter alive here (a
    // `Pool` worker running scripts side by side), its garbage would be
    // cleared without its `__del__` methods, so that one's next collection
    // frees these cycles instead.
    if gc::interpreters() <= 1 {
        collect(vm, 2);
    }
}

/// The automatic collection, when one is due (called at statement
/// boundaries through the `collect` hook).
pub fn collect_due(vm: &Interp) {
    if gc::due() {
        collect(vm, gc::generation_due());
    }
}

/// Calls `obj.__del__()`; an exception is reported, not raised, as
/// CPython's `PyErr_WriteUnraisable` does.
pub fn run_del(vm: &Interp, obj: &Value) {
    if let Err(e) = crate::protocol::classes::call_dunder(vm, obj, "__del__", vec![]) {
        let name = match obj {
            Value::Instance(i) => i.class.qualname.clone(),
            _ => crate::protocol::ops::type_name(vm, obj),
        };
        let del = match obj {
            Value::Instance(i) => i.class.lookup("__del__"),
            _ => None,
        };
        let what = match &del {
            Some(Value::Function(f)) => format!(
                "<function {}.__del__ at {:#x}>",
                name,
                std::rc::Rc::as_ptr(f) as *const () as usize
            ),
            _ => format!("<{name} object at {:#x}>", obj.id()),
        };
        let hook_obj = del.unwrap_or_else(|| obj.clone());
        crate::protocol::io::report_unraisable(vm, &e, &hook_obj, &what);
    }
}

/// What CPython does when the interpreter exits: a collection (if
/// automatic collection is on) while every module still works; then
/// `__main__` is freed, and with it its globals in the order they were
/// bound, so the objects only they held are freed and their `__del__`
/// methods run; then a last collection. Nothing runs when a limit stopped
/// the interpreter.
pub fn shutdown(vm: &Interp) {
    if vm.stopping() {
        return;
    }
    vm.run_finalizers();
    // atexit callbacks first, if the module was imported.
    let atexit = vm.modules.get(vm, "atexit");
    if let Some(m) = atexit
        && let Ok(run) = crate::protocol::classes::getattr(vm, &m, "_run_exitfuncs")
        && let Err(e) = crate::protocol::call::call(vm, &run, crate::object::value::Args::default())
    {
        crate::protocol::traceback::print_exception(vm, &e);
    }
    vm.run_finalizers();
    if gc::is_enabled() {
        collect(vm, 2);
        vm.run_finalizers();
    }
    let main = vm.modules.get(vm, "__main__");
    if let Some(Value::Module(m)) = main {
        let names: Vec<std::rc::Rc<str>> = m
            .globals
            .borrow()
            .keys()
            .filter(|k| &***k != "__builtins__")
            .cloned()
            .collect();
        for name in names {
            let old = m.globals.borrow_mut().insert(name, Value::None);
            drop(old);
            vm.run_finalizers();
        }
    }
    collect(vm, 2);
    vm.run_finalizers();
}

/// Calls a weak reference's callback with the reference; an exception is
/// reported, not raised.
pub fn run_callback(vm: &Interp, callback: &Value, weakref: &Value) {
    let args = crate::object::value::Args::new(vec![weakref.clone()]);
    if let Err(e) = crate::protocol::call::call(vm, callback, args) {
        let what = match callback {
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname(),
                std::rc::Rc::as_ptr(f) as *const () as usize
            ),
            other => crate::protocol::ops::repr(vm, other).unwrap_or_default(),
        };
        crate::protocol::io::report_unraisable(vm, &e, callback, &what);
    }
}
