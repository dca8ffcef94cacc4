//! Creating instances (`__new__` then `__init__`) and calling the dunders
//! a user class defines.

use super::*;
use crate::object::model::{Class, Instance, Layout, namespace};
use crate::object::value::{Args, Value};
use crate::protocol::ops::{type_name, type_of};
use crate::{Interp, PyResult};
use std::rc::Rc;

/// Calls a dunder defined by a user class on `obj`'s type; `None` when the
/// type doesn't define it (builtin behaviour applies).
pub fn call_dunder(
    vm: &Interp,
    obj: &Value,
    name: &str,
    args: Vec<Value>,
) -> PyResult<Option<Value>> {
    call_dunder_args(vm, obj, name, Args::new(args))
}

/// [`call_dunder`] with one argument (`__eq__`, `__add__`, `__getitem__`):
/// its vector comes from the spare stack rather than the allocator.
pub fn call_dunder1(vm: &Interp, obj: &Value, name: &str, arg: Value) -> PyResult<Option<Value>> {
    let mut pos = crate::object::spare::take_args(1);
    pos.push(arg);
    call_dunder_args(
        vm,
        obj,
        name,
        Args {
            pos,
            kw: Vec::new(),
        },
    )
}

fn call_dunder_args(vm: &Interp, obj: &Value, name: &str, args: Args) -> PyResult<Option<Value>> {
    let class = match obj {
        Value::Instance(i) => i.class.clone(),
        Value::Native(_) => type_of(vm, obj),
        Value::Class(c) => match c.metaclass.borrow().clone() {
            Some(m) => m,
            None => return Ok(None),
        },
        _ => return Ok(None),
    };
    // The first class on the MRO holding the name decides, as CPython's
    // slots do: a builtin class there means the builtin behaviour the
    // runtime implements itself (`class D(dict, Mixin)` compares as a
    // dict), except for natives, whose classes hold their protocols as
    // builtin methods.
    let (found, in_builtin) = match crate::object::class_dict::lookup_holder(&class, name) {
        None => return Ok(None),
        Some((f, false)) => (f, false),
        Some(_) if !matches!(obj, Value::Native(_)) => return Ok(None),
        Some(_) => match native_protocol(vm, &class, name) {
            Some(found) => found,
            None => return Ok(None),
        },
    };
    if let Value::Function(func) = &found {
        return vm.call_function_self(func, obj, args).map(Some);
    }
    // A builtin type's slot wrapper runs the operation this call stands
    // for: the caller's builtin behaviour applies.
    if in_builtin
        && found
            .native::<crate::protocol::types::slot_wrapper::SlotWrapper>()
            .is_some()
    {
        return Ok(None);
    }
    // A user descriptor (an object whose class defines __get__) is bound
    // through it, as CPython's special method lookup does.
    let bound = bind_special(vm, found, obj, &class)?;
    crate::protocol::call::call(vm, &bound, args).map(Some)
}

/// Where a native object's class keeps `name`: its builtin classes but
/// `object` count. Gives what was found and whether a builtin class holds
/// it.
#[cold]
fn native_protocol(vm: &Interp, class: &Rc<Class>, name: &str) -> Option<(Value, bool)> {
    for c in class.mro_iter() {
        if Rc::ptr_eq(c, &vm.types.object) {
            continue;
        }
        let found = c.dict.borrow().get(name).cloned();
        if let Some(f) = found {
            return Some((f, c.builtin));
        }
    }
    None
}

/// True when a user class in `obj`'s MRO defines `name` ahead of any
/// builtin class.
pub fn has_dunder(vm: &Interp, obj: &Value, name: &str) -> bool {
    match obj {
        // As [`call_dunder`]: the first class on the MRO holding the name
        // decides.
        Value::Instance(i) => matches!(
            crate::object::class_dict::lookup_holder(&i.class, name),
            Some((_, false))
        ),
        Value::Native(_) => type_of(vm, obj)
            .mro_iter()
            .any(|c| !c.builtin && c.dict.borrow().contains_key(name)),
        _ => false,
    }
}

/// A bare instance of `class` (no `__init__` call).
/// `base.__new__(class, *args)` for the builtin base of `class`: a new
/// instance, carrying the builtin value when the base is a builtin type.
/// Mutable bases (list, dict, ...) are filled by `__init__`, so when the
/// class defines one (`init_fills`) their payload starts empty, as in CPython.
pub(crate) fn builtin_new(
    vm: &Interp,
    class: &Rc<Class>,
    args: &Args,
    init_fills: bool,
) -> PyResult<Value> {
    // `BaseExceptionGroup.__new__` checks its arguments for subclasses too.
    if class.layout == Layout::Exception
        && class.is_subclass(&vm.exc_class(crate::object::exc_kind::ExcKind::BaseExceptionGroup))
    {
        return crate::protocol::types::exception_group::new_group(vm, class, args.pos.clone());
    }
    let obj = new_instance(vm, class, &args.pos);
    if class.layout == Layout::Builtin
        && let Some(base) = class.builtin_base()
        && !Rc::ptr_eq(base, &vm.types.object)
    {
        let t = &vm.types;
        let immutable = [
            &t.str_,
            &t.int,
            &t.float,
            &t.tuple,
            &t.bytes,
            &t.frozenset,
            &t.bool_,
        ]
        .into_iter()
        .any(|c| Rc::ptr_eq(c, base));
        let payload_args = if init_fills && !immutable {
            Args::default()
        } else {
            Args {
                pos: args.pos.clone(),
                kw: args.kw.clone(),
            }
        };
        let payload = crate::protocol::types::construct::construct(vm, base, payload_args)?;
        if let Value::Instance(i) = &obj {
            *i.payload.borrow_mut() = Some(payload);
        }
    }
    Ok(obj)
}

/// `object.__new__(cls, *args)` (also what `str.__new__` etc. resolve to).
pub(crate) fn object_new(vm: &Interp, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Class(c)) => {
            let args = Args {
                pos: a.pos[1..].to_vec(),
                kw: a.kw.clone(),
            };
            builtin_new(vm, c, &args, false)
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    }
}

/// A bare instance of `class` (no payload, no `__init__`).
pub fn new_instance(vm: &Interp, class: &Rc<Class>, args: &[Value]) -> Value {
    if class.layout == Layout::Exception {
        return vm.new_exception(class, args.to_vec());
    }
    Value::instance(Instance::new(class, None, None))
}

/// Calls a class: `__new__` then `__init__`.
pub fn instantiate(vm: &Interp, class: &Rc<Class>, mut args: Args) -> PyResult<Value> {
    if class.builtin {
        return crate::protocol::types::construct::construct(vm, class, args);
    }
    let plan = class.ctor_plan(&vm.types.type_);
    if plan.metaclass {
        // Calling a metaclass: Meta(name, bases, namespace).
        let [name, bases, ns] = &args.pos[..] else {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        };
        let name = crate::protocol::ops::to_str(vm, name)?;
        let bases = crate::protocol::iter::collect(vm, bases)?;
        let table = namespace();
        if let Value::Dict(d) = ns {
            for (k, v) in d.borrow().items() {
                table
                    .borrow_mut()
                    .insert(crate::protocol::ops::to_str_rc(vm, &k)?, v);
            }
        }
        return create_with_metaclass(
            vm,
            class,
            &name,
            &name,
            "__main__",
            bases,
            table,
            std::mem::take(&mut args.kw),
        );
    }
    let user_new = if plan.user_new {
        class.user_attr("__new__")
    } else {
        None
    };
    let ran_user_new = user_new.is_some();
    // `__init__` is looked up after `__new__` ran, which may change the class.
    let (obj, init) = match user_new {
        Some(new) => {
            let new = match new.native::<StaticMethod>() {
                Some(s) => s.0.clone(),
                None => new,
            };
            let mut pos = vec![Value::Class(class.clone())];
            pos.extend(args.pos.iter().cloned());
            let obj = crate::protocol::call::call(
                vm,
                &new,
                Args {
                    pos,
                    kw: args.kw.clone(),
                },
            )?;
            if !crate::protocol::types::construct::isinstance_class(vm, &obj, class) {
                return Ok(obj);
            }
            (obj, class.user_attr("__init__"))
        }
        None => {
            let init = class.planned_init(&plan);
            (builtin_new(vm, class, &args, init.is_some())?, init)
        }
    };
    match init {
        Some(f) => {
            let r = match &f {
                Value::Function(func) => vm.call_function_self(func, &obj, args)?,
                _ => {
                    let bound = bind(vm, f, Some(&obj), class)?;
                    crate::protocol::call::call(vm, &bound, args)?
                }
            };
            if !matches!(r, Value::None) {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    type_name(vm, &r)
                )));
            }
        }
        None => {
            // After a user `__new__`, a mutable builtin base's `__init__`
            // (dict, list, set...) fills what `__new__` made, as
            // `type.__call__` calls it.
            if ran_user_new
                && class.layout == Layout::Builtin
                && let Some((depth, init)) =
                    crate::object::class_dict::lookup_where(class, "__init__")
                && let Some(owner) = class.mro_iter().nth(depth)
                && owner.builtin
                && !Rc::ptr_eq(owner, &vm.types.object)
            {
                let bound = bind(vm, init, Some(&obj), class)?;
                crate::protocol::call::call(vm, &bound, args)?;
                return Ok(obj);
            }
            // The builtin `__init__` of an exception class: ImportError's
            // takes `name` and `path`, BaseException's no keywords.
            if class.layout == Layout::Exception && !args.kw.is_empty() {
                let exc = crate::object::exc_kind::ExcKind::ImportError;
                if class.is_subclass(&vm.exc_class(exc)) {
                    crate::protocol::imports::init_import_error(vm, &obj, &args.pos, &args.kw)?;
                } else {
                    return Err(
                        vm.type_error(format!("{}() takes no keyword arguments", class.name))
                    );
                }
            }
            if class.layout == Layout::Object
                && (!args.pos.is_empty() || !args.kw.is_empty())
                && !ran_user_new
            {
                return Err(vm.type_error(format!("{}() takes no arguments", class.name)));
            }
        }
    }
    Ok(obj)
}
