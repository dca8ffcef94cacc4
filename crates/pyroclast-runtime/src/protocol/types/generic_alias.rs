//! `types.GenericAlias`: what `list[int]`, `dict[str, int]` or
//! `asyncio.Queue[int]` evaluate to (PEP 585). It remembers its origin
//! and arguments, prints as written, calls its origin, and stands for the
//! origin as a base class (`__mro_entries__`).

use std::any::Any;
use std::rc::Rc;

use crate::object::gc::Edge;
use crate::object::model::Class;
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::ops::repr;
use crate::{Interp, PyResult};

/// A parameterized generic.
pub struct GenericAlias {
    origin: Value,
    args: Vec<Value>,
}

/// `origin[index]`: a tuple index gives several arguments.
pub fn new(origin: Value, index: Value) -> Value {
    let args = match &index {
        Value::Tuple(t) => t.to_vec(),
        _ => vec![index],
    };
    Value::Native(Rc::new(GenericAlias { origin, args }))
}

/// How a type argument prints: classes by qualified name, `...` for
/// Ellipsis, anything else by repr (CPython's `ga_repr_item`).
fn type_repr(vm: &Interp, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Class(c) if &*c.module == "builtins" => c.qualname.to_string(),
        Value::Class(c) => format!("{}.{}", c.module, c.qualname),
        Value::Ellipsis => "...".into(),
        other => repr(vm, other)?,
    })
}

impl Native for GenericAlias {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("types.GenericAlias")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some((|| {
            let args = if self.args.is_empty() {
                "()".to_string()
            } else {
                self.args
                    .iter()
                    .map(|a| type_repr(vm, a))
                    .collect::<PyResult<Vec<_>>>()?
                    .join(", ")
            };
            Ok(format!("{}[{args}]", type_repr(vm, &self.origin)?))
        })())
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "__origin__" => self.origin.clone(),
            "__args__" => Value::tuple(self.args.clone()),
            "__parameters__" => Value::tuple(vec![]),
            // Dunders are the alias's own (its class dict).
            _ if name.starts_with("__") => return None,
            // Anything else is the origin's (`list[int].append`).
            _ => return Some(crate::protocol::classes::getattr(vm, &self.origin, name)),
        }))
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some(crate::protocol::call::call(vm, &self.origin, args))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn py_hash(&self, vm: &Interp) -> Option<PyResult<i64>> {
        Some((|| {
            let h = crate::protocol::ops::hash(vm, &self.origin)?;
            Ok(h ^ crate::protocol::ops::hash(vm, &Value::tuple(self.args.clone()))?)
        })())
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        visit(Edge::Value(&self.origin));
        self.args.iter().for_each(|v| visit(Edge::Value(v)));
    }
}

fn this(a: &Args) -> Option<&GenericAlias> {
    a.pos.first().and_then(|v| v.native::<GenericAlias>())
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("__mro_entries__", |_, a| {
        Ok(Value::tuple(
            this(&a).map(|g| vec![g.origin.clone()]).unwrap_or_default(),
        ))
    }),
    ("__eq__", |vm, a| {
        let (Some(x), Some(y)) = (
            this(&a),
            a.pos.get(1).and_then(|v| v.native::<GenericAlias>()),
        ) else {
            return Ok(Value::NotImplemented);
        };
        Ok(Value::Bool(
            x.origin.is(&y.origin)
                && crate::protocol::ops::eq(
                    vm,
                    &Value::tuple(x.args.clone()),
                    &Value::tuple(y.args.clone()),
                )?,
        ))
    }),
    ("__or__", |vm, a| union(vm, a)),
    ("__ror__", |vm, a| {
        let swapped = Args::new(a.pos.iter().rev().cloned().collect());
        union(vm, swapped)
    }),
];

/// `GenericAlias(origin, args)`.
fn construct(vm: &Interp, a: Args) -> PyResult<Value> {
    crate::protocol::args::check(
        vm,
        &a,
        &crate::protocol::args::Sig::function(
            "GenericAlias",
            crate::protocol::args::Style::Clinic,
            2,
            2,
        ),
    )?;
    Ok(new(a.pos[0].clone(), a.pos[1].clone()))
}

/// `list[int] | None`: a `types.UnionType`, as for classes.
fn union(_vm: &Interp, a: Args) -> PyResult<Value> {
    match (a.pos.first(), a.pos.get(1)) {
        (Some(x), Some(y)) if crate::protocol::ops::union_member(y) => {
            Ok(crate::protocol::ops::union_of(x, y))
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// Registers the class (`types.GenericAlias`, also callable as
/// `GenericAlias(origin, args)`).
pub fn install(vm: &Interp) {
    let c = vm.other_class("types.GenericAlias");
    c.new.set(Some(construct));
    crate::object::model::add_methods(&c, "GenericAlias", METHODS);
}

/// Whether `class[...]` makes a generic alias for a built-in class, as
/// CPython's `__class_getitem__` does for these types.
pub fn subscriptable_builtin(c: &Class) -> bool {
    matches!(
        (&*c.module, &*c.name),
        (
            "builtins",
            "list"
                | "dict"
                | "tuple"
                | "set"
                | "frozenset"
                | "type"
                | "enumerate"
                | "BaseExceptionGroup"
                | "ExceptionGroup"
        ) | (
            "collections",
            "deque" | "defaultdict" | "OrderedDict" | "Counter" | "ChainMap"
        ) | ("_asyncio", "Future" | "Task")
            | ("_contextvars", "ContextVar" | "Token")
            | ("weakref", _)
            | ("builtins", "dict_keys" | "dict_values" | "dict_items")
    )
}
