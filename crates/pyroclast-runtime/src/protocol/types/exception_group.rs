//! ExceptionGroup construction, `split`/`subgroup`/`derive`, and `except*`
//! matching (PEP 654).

use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, Value};
use crate::protocol::args::{Sig, Style, check_count};
use crate::protocol::ops::{type_name, type_of};
use crate::{Interp, PyResult};

/// Registers `BaseException.__init__`/`with_traceback`/`add_note`, `ImportError.__init__` and
/// `split`, `subgroup` and `derive` on BaseExceptionGroup.
pub fn install(vm: &Interp) {
    crate::object::model::add_methods(
        &vm.exc_class(ExcKind::BaseException),
        "BaseException",
        &[
            ("__init__", |_, a| {
                if let Some(Value::Instance(i)) = a.pos.first()
                    && let Some(d) = &i.exc
                {
                    d.borrow_mut().args = a.pos[1..].to_vec();
                }
                Ok(Value::None)
            }),
            ("with_traceback", |vm, a| {
                let exc = a.pos.first().cloned().unwrap_or(Value::None);
                let tb = a.pos.get(1).cloned().unwrap_or(Value::None);
                crate::protocol::tb_objects::Traceback::assign(vm, &exc, &tb)?;
                Ok(exc)
            }),
            ("add_note", |vm, a| {
                if let Some(obj) = a.pos.first() {
                    let notes = crate::protocol::classes::getattr(vm, obj, "__notes__")
                        .unwrap_or_else(|_| Value::list(vec![]));
                    if let Value::List(l) = &notes {
                        l.borrow_mut()
                            .push(a.pos.get(1).cloned().unwrap_or(Value::None));
                    }
                    crate::protocol::classes::setattr(vm, obj, "__notes__", notes)?;
                }
                Ok(Value::None)
            }),
        ],
    );
    crate::object::model::add_methods(
        &vm.exc_class(ExcKind::ImportError),
        "ImportError",
        &[("__init__", |vm, a| match a.pos.split_first() {
            Some((obj, rest)) => {
                crate::protocol::imports::init_import_error(vm, obj, rest, &a.kw)?;
                Ok(Value::None)
            }
            None => {
                Err(vm
                    .type_error("descriptor '__init__' of 'ImportError' object needs an argument"))
            }
        })],
    );
    crate::object::model::add_methods(
        &vm.exc_class(ExcKind::BaseExceptionGroup),
        "BaseExceptionGroup",
        &[
            ("derive", |vm, a| {
                let group = a.pos.first().cloned().unwrap_or(Value::None);
                let excs = crate::protocol::iter::collect(
                    vm,
                    &a.pos.get(1).cloned().unwrap_or(Value::None),
                )?;
                derive(vm, &group, excs)
            }),
            ("split", |vm, a| {
                let group = a.pos.first().cloned().unwrap_or(Value::None);
                let typ = a.pos.get(1).cloned().unwrap_or(Value::None);
                let (m, r) = split(vm, &group, &typ)?;
                Ok(Value::tuple(vec![
                    m.unwrap_or(Value::None),
                    r.unwrap_or(Value::None),
                ]))
            }),
            ("subgroup", |vm, a| {
                let group = a.pos.first().cloned().unwrap_or(Value::None);
                let typ = a.pos.get(1).cloned().unwrap_or(Value::None);
                Ok(split(vm, &group, &typ)?.0.unwrap_or(Value::None))
            }),
        ],
    );
}

/// Calls an exception group class: `__new__` takes `(message, exceptions)`
/// and no keywords, which `BaseException.__init__` then rejects, naming the
/// type made.
pub fn construct_group(vm: &Interp, class: &Rc<Class>, mut args: Args) -> PyResult<Value> {
    let group = new_group(vm, class, std::mem::take(&mut args.pos))?;
    if !args.kw.is_empty() {
        let name = type_name(vm, &group);
        let sig = crate::protocol::types::construct::no_keywords(&name);
        crate::protocol::args::check(
            vm,
            &Args {
                pos: vec![],
                kw: std::mem::take(&mut args.kw),
            },
            &sig,
        )?;
    }
    Ok(group)
}

/// `PySequence_Check`: lists, tuples, strings, ranges, classes with
/// `__getitem__` (not sets, dicts or iterators).
fn is_sequence(vm: &Interp, v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => true,
        Value::Dict(_) | Value::Set(_) => false,
        other => {
            let t = crate::protocol::ops::type_of(vm, other);
            t.lookup("__getitem__").is_some() && !t.is_subclass(&vm.types.dict)
        }
    }
}

/// `ExceptionGroup(msg, excs)`.
pub fn new_group(vm: &Interp, class: &Rc<Class>, args: Vec<Value>) -> PyResult<Value> {
    // `PyArg_ParseTuple(args, "UO:BaseExceptionGroup.__new__", ...)`.
    const SIG: Sig = Sig::function("BaseExceptionGroup.__new__", Style::Legacy, 2, 2);
    check_count(vm, args.len(), &SIG)?;
    if !matches!(args[0], Value::Str(_)) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(vm, &args[0])
        )));
    }
    if !is_sequence(vm, &args[1]) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = crate::protocol::iter::collect(vm, &args[1])?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.exc_class(ExcKind::Exception);
    for (i, e) in items.iter().enumerate() {
        if !matches!(e, Value::Instance(x) if x.exc.is_some()) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
    }
    let all_exceptions = items.iter().all(|e| type_of(vm, e).is_subclass(&exception));
    let mut class = class.clone();
    if Rc::ptr_eq(&class, &vm.exc_class(ExcKind::BaseExceptionGroup)) && all_exceptions {
        class = vm.exc_class(ExcKind::ExceptionGroup);
    }
    if !all_exceptions {
        if Rc::ptr_eq(&class, &vm.exc_class(ExcKind::ExceptionGroup)) {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        // A user subclass that is an Exception cannot hold BaseExceptions.
        if class.is_subclass(&exception) {
            return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", class.name)));
        }
    }
    // `args` keeps the sequence as given (its repr shows a list or a tuple).
    let excs = match &args[1] {
        Value::List(_) | Value::Tuple(_) => args[1].clone(),
        _ => Value::list(items),
    };
    Ok(crate::protocol::classes::new_instance(
        vm,
        &class,
        &[args[0].clone(), excs],
    ))
}

/// See the `except*` statement (`eval::except_star`).
pub fn members(group: &Value) -> Vec<Value> {
    let Value::Instance(i) = group else {
        return vec![];
    };
    let Some(d) = &i.exc else { return vec![] };
    match d.borrow().args.get(1) {
        Some(Value::List(l)) => l.borrow().to_vec(),
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => vec![],
    }
}

/// See the `except*` statement (`eval::except_star`).
pub fn is_group(vm: &Interp, v: &Value) -> bool {
    type_of(vm, v).is_subclass(&vm.exc_class(ExcKind::BaseExceptionGroup))
}

/// A group like `group` holding `excs` (same message; `derive`).
/// See the `except*` statement (`eval::except_star`).
pub fn derive(vm: &Interp, group: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let msg = match group {
        Value::Instance(i) => i
            .exc
            .as_ref()
            .and_then(|d| d.borrow().args.first().cloned())
            .unwrap_or(Value::str("")),
        _ => Value::str(""),
    };
    new_group(
        vm,
        &vm.exc_class(ExcKind::BaseExceptionGroup),
        vec![msg, Value::list(excs)],
    )
}

/// Splits a group by an except type: (matching part, rest).
/// See the `except*` statement (`eval::except_star`).
pub fn split(vm: &Interp, group: &Value, typ: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    split_nested(vm, group, typ, 0)
}

/// [`split`] of a group nested `depth` levels down: deeper than the
/// recursion limit is a RecursionError, as in CPython.
fn split_nested(
    vm: &Interp,
    group: &Value,
    typ: &Value,
    depth: u32,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if depth as usize + vm.frames.borrow().len() + vm.native_depth.get() as usize
        > vm.recursion_limit.get() as usize
    {
        return Err(vm.error(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded in exceptiongroup_split_recursive",
        ));
    }
    let matches = match typ {
        Value::Class(_) | Value::Tuple(_) => {
            crate::protocol::exceptions::exception_matches(vm, group, typ)?
        }
        predicate => {
            let r = crate::protocol::call::call(vm, predicate, Args::new(vec![group.clone()]))?;
            crate::protocol::ops::truthy(vm, &r)?
        }
    };
    if matches {
        return Ok((Some(group.clone()), None));
    }
    if !is_group(vm, group) {
        return Ok((None, Some(group.clone())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in members(group) {
        let (m, r) = stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            split_nested(vm, &e, typ, depth + 1)
        })?;
        matched.extend(m);
        rest.extend(r);
    }
    let wrap = |v: Vec<Value>| -> PyResult<Option<Value>> {
        if v.is_empty() {
            Ok(None)
        } else {
            derive_like(vm, group, v).map(Some)
        }
    };
    Ok((wrap(matched)?, wrap(rest)?))
}

/// A part of `group` holding `excs`, as CPython's split makes it: through
/// the group's own `derive()` (a subclass may override it), then with the
/// group's traceback, cause, context and notes.
pub fn derive_like(vm: &Interp, group: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let part = crate::protocol::classes::call_method(
        vm,
        group,
        "derive",
        Args::new(vec![Value::list(excs)]),
    )?;
    if let (Value::Instance(from), Value::Instance(to)) = (group, &part)
        && let (Some(src), Some(dst)) = (&from.exc, &to.exc)
        && !std::ptr::eq(src, dst)
    {
        // The parts share the group's traceback object, as in CPython.
        crate::protocol::tb_objects::Traceback::of_instance(from);
        let src = src.borrow();
        let mut dst = dst.borrow_mut();
        dst.traceback = src.traceback.clone();
        dst.tb_object = src.tb_object.clone();
        dst.cause = src.cause.clone();
        dst.context = src.context.clone();
        dst.suppress_context = src.suppress_context;
        drop((src, dst));
        // Each part gets its own copy of a sequence of notes, and none of
        // notes that are not a sequence.
        let notes = from.dict.borrow().get("__notes__").cloned();
        if let Some(notes) = notes
            && is_sequence(vm, &notes)
        {
            let copy = Value::list(crate::protocol::iter::collect(vm, &notes)?);
            to.dict.borrow_mut().insert(Rc::from("__notes__"), copy);
        }
    }
    Ok(part)
}

/// See the `except*` statement (`eval::except_star`).
pub fn check_handler_type(vm: &Interp, typ: &Value) -> PyResult<()> {
    let classes: Vec<Value> = match typ {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    for c in classes {
        let Value::Class(c) = &c else {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        };
        if !c.is_subclass(&vm.exc_class(ExcKind::BaseException)) {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if c.is_subclass(&vm.exc_class(ExcKind::BaseExceptionGroup)) {
            return Err(vm.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    Ok(())
}
