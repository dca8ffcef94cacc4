//! `functools.partial` objects: a callable with frozen arguments.

use std::any::Any;
use std::rc::Rc;

use crate::object::gc::Edge;
use crate::object::model::{Class, Namespace};
use crate::object::trace::{Trace, clear_cell};
use crate::object::value::{Args, Native, Value};
use crate::{Interp, PyResult};

/// `functools.partial` objects.
pub struct Partial {
    /// The wrapped callable.
    pub func: Value,
    /// Frozen positional arguments.
    pub args: Vec<Value>,
    /// Frozen keyword arguments.
    pub kw: Vec<(Rc<str>, Value)>,
    /// Attributes set on the partial.
    pub dict: Namespace,
}

impl Native for Partial {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("functools.partial")
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.func.trace(visit);
        self.args.trace(visit);
        self.kw.trace(visit);
        self.dict.trace(visit);
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        clear_cell(&self.dict, out);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, mut args: Args) -> Option<PyResult<Value>> {
        let mut pos = self.args.clone();
        pos.extend(std::mem::take(&mut args.pos));
        let mut kw = self.kw.clone();
        for (k, v) in std::mem::take(&mut args.kw) {
            kw.retain(|(n, _)| *n != k);
            kw.push((k, v));
        }
        Some(crate::protocol::call::call(
            vm,
            &self.func,
            Args { pos, kw },
        ))
    }
    fn instance_dict(&self) -> Option<&crate::object::model::Namespace> {
        Some(&self.dict)
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "func" => Some(Ok(self.func.clone())),
            "args" => Some(Ok(Value::tuple(self.args.clone()))),
            "keywords" => {
                let mut d = crate::object::dict::Dict::new();
                for (k, v) in &self.kw {
                    let _ = d.set(vm, Value::Str(k.clone()), v.clone());
                }
                Some(Ok(Value::dict(d)))
            }
            _ => self.dict.borrow().get(name).cloned().map(Ok),
        }
    }
}

/// Registers `partial`'s constructor.
pub fn install(vm: &Interp) {
    vm.other_class("functools.partial")
        .new
        .set(Some(partial_new));
}

/// `functools.partial(func, /, *args, **keywords)`.
fn partial_new(vm: &Interp, mut a: crate::object::value::Args) -> PyResult<Value> {
    let func = a
        .pos
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("type 'partial' takes at least one argument"))?;
    Ok(Value::native_tracked(Rc::new(Partial {
        func,
        args: a.pos[1..].to_vec(),
        kw: std::mem::take(&mut a.kw),
        dict: crate::object::model::namespace(),
    })))
}
