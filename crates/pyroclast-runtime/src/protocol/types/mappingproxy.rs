//! `mappingproxy`: the read-only view a class's `__dict__` returns
//! (`int.__dict__`, `C.__dict__`), and `types.MappingProxyType(m)`.

use std::any::Any;
use std::rc::Rc;

use crate::object::model::Class;
use crate::object::value::{Args, Native, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::classes::call_method;
use crate::protocol::ops::type_name;
use crate::{Interp, PyResult};

const CLASS: &str = "mappingproxy";

/// A read-only view of a mapping.
pub struct MappingProxy {
    /// A class (whose namespace is read live) or any mapping.
    target: Value,
}

impl MappingProxy {
    /// The proxy of a class's namespace.
    pub fn of_class(class: &Rc<Class>) -> Value {
        Value::native_tracked(Rc::new(MappingProxy {
            target: Value::Class(class.clone()),
        }))
    }

    /// The mapping the proxy reads: a class's namespace as a fresh dict
    /// (so the class can change under the proxy), else the mapping itself.
    fn mapping(&self, vm: &Interp) -> Value {
        match &self.target {
            Value::Class(c) => {
                crate::protocol::types::construct::namespace_dict(vm, &c.dict.borrow())
            }
            other => other.clone(),
        }
    }
}

impl Native for MappingProxy {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class(CLASS)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some(
            crate::protocol::ops::repr(vm, &self.mapping(vm)).map(|r| format!("mappingproxy({r})")),
        )
    }
    fn traverse(&self, visit: &mut dyn FnMut(crate::object::gc::Edge)) {
        crate::object::gc::visit_value(&self.target, visit);
    }
}

/// The proxy's mapping, from a method's receiver.
fn target(vm: &Interp, a: &Args, name: &str) -> PyResult<Value> {
    match a.pos.first().and_then(|v| v.native::<MappingProxy>()) {
        Some(p) => Ok(p.mapping(vm)),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{}' object",
            a.pos
                .first()
                .map_or_else(|| Rc::from("NoneType"), |v| type_name(vm, v))
        ))),
    }
}

/// Calls `name` on the proxied mapping with the arguments after self.
fn forward(vm: &Interp, mut a: Args, name: &str) -> PyResult<Value> {
    let m = target(vm, &a, name)?;
    let rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: std::mem::take(&mut a.kw),
    };
    call_method(vm, &m, name, rest)
}

/// `mappingproxy(mapping)`.
fn proxy_new(vm: &Interp, a: Args) -> PyResult<Value> {
    check(
        vm,
        &a,
        &Sig::function("mappingproxy", Style::KwClinic, 1, 1),
    )?;
    let m = a.pos[0].clone();
    let ok = match &m {
        Value::Dict(_) => true,
        Value::List(_) | Value::Tuple(_) => false,
        other => {
            let t = crate::protocol::ops::type_of(vm, other);
            t.lookup("__getitem__").is_some() && t.lookup("keys").is_some()
        }
    };
    if !ok {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            type_name(vm, &m)
        )));
    }
    Ok(Value::Native(Rc::new(MappingProxy { target: m })))
}

/// Registers the type's methods.
pub fn install(vm: &Interp) {
    let class = vm.other_class(CLASS);
    class.new.set(Some(proxy_new));
    crate::object::model::add_methods(
        &class,
        CLASS,
        &[
            ("__getitem__", |vm, a| forward(vm, a, "__getitem__")),
            ("__contains__", |vm, a| {
                let m = target(vm, &a, "__contains__")?;
                check(
                    vm,
                    &a,
                    &Sig::method(CLASS, "__contains__", Style::Slot, 1, 1),
                )?;
                Ok(Value::Bool(crate::protocol::containers::contains(
                    vm, &m, &a.pos[1],
                )?))
            }),
            ("__iter__", |vm, a| {
                let m = target(vm, &a, "__iter__")?;
                crate::protocol::iter::iter_object(vm, &m)
            }),
            ("__len__", |vm, a| {
                let m = target(vm, &a, "__len__")?;
                Ok(Value::Int(crate::protocol::ops::length(vm, &m)? as i64))
            }),
            ("__eq__", |vm, a| {
                let m = target(vm, &a, "__eq__")?;
                check(vm, &a, &Sig::method(CLASS, "__eq__", Style::Slot, 1, 1))?;
                crate::protocol::ops::compare(vm, pyroclast_syntax::ast::CmpOp::Eq, &m, &a.pos[1])
            }),
            ("__str__", |vm, a| {
                let m = target(vm, &a, "__str__")?;
                Ok(Value::str(&crate::protocol::ops::to_str(vm, &m)?))
            }),
            ("__or__", |vm, a| {
                let m = target(vm, &a, "__or__")?;
                check(vm, &a, &Sig::method(CLASS, "__or__", Style::Slot, 1, 1))?;
                let other = match a.pos[1].native::<MappingProxy>() {
                    Some(p) => p.mapping(vm),
                    None => a.pos[1].clone(),
                };
                crate::protocol::ops::binary_op(vm, pyroclast_syntax::ast::BinOp::BitOr, &m, &other)
            }),
            ("get", |vm, a| forward(vm, a, "get")),
            ("keys", |vm, a| forward(vm, a, "keys")),
            ("values", |vm, a| forward(vm, a, "values")),
            ("items", |vm, a| forward(vm, a, "items")),
            ("copy", |vm, a| forward(vm, a, "copy")),
        ],
    );
    // Read-only views are unhashable only when their mapping is; CPython
    // hashes the mapping. A dict is not hashable, so neither is its proxy.
    class
        .dict
        .borrow_mut()
        .insert(Rc::from("__hash__"), Value::None);
}
