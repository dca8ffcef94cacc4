//! Methods of list, tuple, dict, int and float, plus the argument-checking
//! helpers that builtin methods share (CPython's exact messages).

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::model::Class;
use crate::object::value::{Args, BuiltinFn, Value, method};
use crate::protocol::args::{Sig, Style, bind, check, kw_sig};
use crate::protocol::classes::ClassMethod;
use crate::protocol::containers::{self, key_error};
use crate::protocol::iter::{DictPart, DictView, collect};
use crate::protocol::ops::{self, type_name};
use crate::protocol::types::construct::{fill_dict, index_arg, unwrap};
use crate::{Interp, PyErr, PyResult};

/// Registers the methods.
pub fn install(vm: &Interp) {
    let t = &vm.types;
    crate::object::model::add_methods(
        &t.list,
        "list",
        &[
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("pop", list_pop),
            ("remove", list_remove),
            ("index", list_index),
            ("count", list_count),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("copy", list_copy),
            ("clear", list_clear),
            ("__init__", list_init),
            ("__len__", list_len),
            ("__getitem__", list_getitem),
            ("__setitem__", list_setitem),
            ("__delitem__", list_delitem),
            ("__contains__", list_contains),
        ],
    );
    crate::object::model::add_methods(
        &t.tuple,
        "tuple",
        &[
            ("index", tuple_index),
            ("count", tuple_count),
            ("__len__", tuple_len),
            ("__getitem__", tuple_getitem),
            ("__contains__", tuple_contains),
        ],
    );
    crate::object::model::add_methods(
        &t.dict,
        "dict",
        &[
            ("get", dict_get),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("update", dict_update),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("copy", dict_copy),
            ("clear", dict_clear),
            ("__init__", dict_init),
            ("__len__", dict_len),
            ("__getitem__", dict_getitem),
            ("__setitem__", dict_setitem),
            ("__delitem__", dict_delitem),
            ("__contains__", dict_contains),
        ],
    );
    add_classmethod(&t.dict, "dict", "fromkeys", dict_fromkeys);
    crate::object::model::add_methods(
        &t.int,
        "int",
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("to_bytes", int_to_bytes),
            ("as_integer_ratio", int_as_integer_ratio),
            ("conjugate", int_conjugate),
            ("__index__", int_index),
        ],
    );
    add_classmethod(&t.int, "int", "from_bytes", int_from_bytes);
    crate::object::model::add_methods(
        &t.float,
        "float",
        &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("conjugate", float_conjugate),
        ],
    );
    add_classmethod(&t.float, "float", "fromhex", float_fromhex);
}

/// Adds a builtin classmethod (bound to the class it is looked up on).
fn add_classmethod(class: &Rc<Class>, owner: &'static str, name: &'static str, f: BuiltinFn) {
    let cm = Value::Native(Rc::new(ClassMethod(method(owner, name, f))));
    class.dict.borrow_mut().insert(Rc::from(name), cm);
}

// ---------------------------------------------------------------------------
// Argument helpers shared with the other builtin method files.
// ---------------------------------------------------------------------------

/// The receiver of a builtin method (`args.pos[0]`), unwrapped from a
/// builtin-subclass instance; a TypeError when the method was called unbound
/// without arguments.
pub(crate) fn receiver(vm: &Interp, args: &Args, owner: &str, name: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) => Ok(unwrap(v)),
        None => Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument"))),
    }
}

/// CPython's error for a method descriptor applied to the wrong type.
#[cold]
pub(crate) fn wrong_self(vm: &Interp, owner: &str, name: &str, v: &Value) -> PyErr {
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        type_name(vm, v)
    ))
}

// Shorthands over the one argument binder (`protocol/args.rs`) for the
// hot methods here, which read `args.pos` directly instead of binding slots.

/// Rejects keyword arguments (`list.pop() takes no keyword arguments`).
pub(crate) fn no_kw(vm: &Interp, args: &Args, owner: &str, name: &str) -> PyResult<()> {
    check(
        vm,
        args,
        &Sig::method(owner, name, Style::Legacy, 0, usize::MAX),
    )
}

/// Checks a method taking no arguments besides self.
pub(crate) fn no_args(vm: &Interp, args: &Args, owner: &str, name: &str) -> PyResult<()> {
    check(vm, args, &Sig::method(owner, name, Style::NoArgs, 0, 0))
}

/// The single argument of a one-argument method.
pub(crate) fn one_arg(vm: &Interp, args: &Args, owner: &str, name: &str) -> PyResult<Value> {
    check(vm, args, &Sig::method(owner, name, Style::One, 1, 1))?;
    Ok(args.pos[1].clone())
}

/// Checks the number of positional arguments after self
/// (`pop expected at most 1 argument, got 2`).
pub(crate) fn arg_count(
    vm: &Interp,
    args: &Args,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    check(vm, args, &Sig::method(owner, name, Style::Clinic, min, max))
}

/// The error for touching a container that a method further up the stack is
/// mutating (where CPython would see a half-updated object, Pyroclast refuses
/// rather than panic).
#[cold]
fn busy(vm: &Interp) -> PyErr {
    vm.error(
        ExcKind::RuntimeError,
        "container modified during an operation on it",
    )
}

/// Borrows a container for reading without panicking.
pub(crate) fn read<'a, T>(vm: &Interp, c: &'a RefCell<T>) -> PyResult<Ref<'a, T>> {
    c.try_borrow().map_err(|_| busy(vm))
}

/// Borrows a container for writing without panicking.
pub(crate) fn write<'a, T>(vm: &Interp, c: &'a RefCell<T>) -> PyResult<RefMut<'a, T>> {
    c.try_borrow_mut().map_err(|_| busy(vm))
}

/// Runs `f` on a dict or set table moved out of its cell, so that Python code
/// run by `__hash__`/`__eq__` during `f` never meets a held borrow (it sees an
/// empty table instead, as CPython's `list.sort` shows an empty list).
pub(crate) fn with_table<R, T: Default>(
    vm: &Interp,
    cell: &RefCell<T>,
    f: impl FnOnce(&mut T) -> PyResult<R>,
) -> PyResult<R> {
    let mut table = std::mem::take(&mut *write(vm, cell)?);
    let result = f(&mut table);
    if let Ok(mut slot) = cell.try_borrow_mut() {
        *slot = table;
    }
    result
}

/// `x is y or x == y`, the comparison containers use.
fn same(vm: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || ops::eq(vm, a, b)?)
}

/// A slice-style bound for `index(x, start, stop)`.
fn bound(vm: &Interp, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let Some(i) = containers::as_index(vm, v)? else {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    };
    let len = len as i64;
    let i = if i < 0 {
        (i.saturating_add(len)).max(0)
    } else {
        i.min(len)
    };
    Ok(i as usize)
}

// ---------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------

type ListRef = Rc<RefCell<Vec<Value>>>;

fn list_self(vm: &Interp, args: &Args, name: &str) -> PyResult<ListRef> {
    match receiver(vm, args, "list", name)? {
        Value::List(l) => Ok(l),
        other => Err(wrong_self(vm, "list", name, &other)),
    }
}

fn list_append(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "append")?;
    let x = one_arg(vm, &args, "list", "append")?;
    vm.list_reserve(&l, 1)?;
    write(vm, &l)?.push(x);
    Ok(Value::None)
}

fn list_extend(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "extend")?;
    let src = one_arg(vm, &args, "list", "extend")?;
    let items = collect(vm, &unwrap(&src))?;
    vm.list_reserve(&l, items.len())?;
    write(vm, &l)?.extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "insert")?;
    arg_count(vm, &args, "list", "insert", 2, 2)?;
    let i = index_arg(vm, &args.pos[1])?;
    vm.list_reserve(&l, 1)?;
    let mut v = write(vm, &l)?;
    let len = v.len() as i64;
    let at = if i < 0 {
        i.saturating_add(len).max(0)
    } else {
        i.min(len)
    };
    v.insert(at as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "pop")?;
    arg_count(vm, &args, "list", "pop", 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let mut v = write(vm, &l)?;
    if v.is_empty() {
        return Err(vm.error(ExcKind::IndexError, "pop from empty list"));
    }
    let len = v.len() as i64;
    let at = if i < 0 { i.saturating_add(len) } else { i };
    if !(0..len).contains(&at) {
        return Err(vm.error(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(v.remove(at as usize))
}

/// The index of the first item equal to `x` in `l[start:stop]`, re-reading
/// the list at each step (comparisons may run Python code that mutates it).
fn list_find(
    vm: &Interp,
    l: &ListRef,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let v = read(vm, l)?;
            if i >= stop.min(v.len()) {
                return Ok(None);
            }
            v[i].clone()
        };
        if same(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "remove")?;
    let x = one_arg(vm, &args, "list", "remove")?;
    match list_find(vm, &l, &x, 0, usize::MAX)? {
        Some(i) => {
            let mut v = write(vm, &l)?;
            if i < v.len() {
                v.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "index")?;
    arg_count(vm, &args, "list", "index", 1, 3)?;
    let len = read(vm, &l)?.len();
    let start = bound(vm, args.pos.get(2), len, 0)?;
    let stop = bound(vm, args.pos.get(3), len, len)?;
    let x = &args.pos[1];
    match list_find(vm, &l, x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in list", ops::repr(vm, x)?))),
    }
}

fn list_count(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "count")?;
    let x = one_arg(vm, &args, "list", "count")?;
    let mut n = 0i64;
    let mut i = 0;
    loop {
        let item = match read(vm, &l)?.get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if same(vm, &item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// An int-only flag (`reverse=`): ints and bools, else a TypeError.
fn int_flag(vm: &Interp, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::BigInt(_) => Ok(true),
        _ => Ok(index_arg(vm, v)? != 0),
    }
}

fn list_sort(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "sort")?;
    const SORT: Sig = kw_sig("list", "sort", &["key", "reverse"]).positional(0);
    let (_, p) = bind(vm, args, &SORT)?;
    let key = p[0].clone().filter(|k| !matches!(k, Value::None));
    let reverse = match &p[1] {
        Some(r) => int_flag(vm, r)?,
        None => false,
    };
    // Like CPython, the list looks empty while it is being sorted.
    let mut items = std::mem::take(&mut *write(vm, &l)?);
    let result = crate::protocol::sort::timsort(vm, &mut items, key.as_ref(), reverse);
    let mut modified = true;
    if let Ok(mut slot) = l.try_borrow_mut() {
        modified = !slot.is_empty();
        *slot = items;
    }
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "reverse")?;
    no_args(vm, &args, "list", "reverse")?;
    write(vm, &l)?.reverse();
    Ok(Value::None)
}

fn list_copy(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "copy")?;
    no_args(vm, &args, "list", "copy")?;
    let items = read(vm, &l)?.clone();
    Ok(Value::list(items))
}

fn list_clear(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "clear")?;
    no_args(vm, &args, "list", "clear")?;
    let old = std::mem::take(&mut *write(vm, &l)?);
    drop(old);
    Ok(Value::None)
}

fn list_init(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__init__")?;
    no_kw(vm, &args, "list", "__init__")?;
    let n = args.pos.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {n}")));
    }
    let items = match args.pos.get(1) {
        Some(src) => collect(vm, &unwrap(src))?,
        None => Vec::new(),
    };
    *write(vm, &l)? = items;
    Ok(Value::None)
}

fn list_len(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__len__")?;
    no_args(vm, &args, "list", "__len__")?;
    let n = read(vm, &l)?.len();
    Ok(Value::Int(n as i64))
}

fn list_getitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__getitem__")?;
    let i = one_arg(vm, &args, "list", "__getitem__")?;
    containers::getitem(vm, &Value::List(l), &i)
}

fn list_setitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__setitem__")?;
    arg_count(vm, &args, "list", "__setitem__", 2, 2)?;
    containers::setitem(
        vm,
        &Value::List(l),
        args.pos[1].clone(),
        args.pos[2].clone(),
    )?;
    Ok(Value::None)
}

fn list_delitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__delitem__")?;
    let i = one_arg(vm, &args, "list", "__delitem__")?;
    containers::delitem(vm, &Value::List(l), &i)?;
    Ok(Value::None)
}

fn list_contains(vm: &Interp, args: Args) -> PyResult<Value> {
    let l = list_self(vm, &args, "__contains__")?;
    let x = one_arg(vm, &args, "list", "__contains__")?;
    Ok(Value::Bool(list_find(vm, &l, &x, 0, usize::MAX)?.is_some()))
}

// ---------------------------------------------------------------------------
// tuple
// ---------------------------------------------------------------------------

fn tuple_self(vm: &Interp, args: &Args, name: &str) -> PyResult<Rc<[Value]>> {
    match receiver(vm, args, "tuple", name)? {
        Value::Tuple(t) => Ok(t),
        other => Err(wrong_self(vm, "tuple", name, &other)),
    }
}

fn tuple_index(vm: &Interp, args: Args) -> PyResult<Value> {
    let t = tuple_self(vm, &args, "index")?;
    arg_count(vm, &args, "tuple", "index", 1, 3)?;
    let start = bound(vm, args.pos.get(2), t.len(), 0)?;
    let stop = bound(vm, args.pos.get(3), t.len(), t.len())?;
    let x = &args.pos[1];
    for (i, item) in t.iter().enumerate().take(stop).skip(start) {
        if same(vm, item, x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &Interp, args: Args) -> PyResult<Value> {
    let t = tuple_self(vm, &args, "count")?;
    let x = one_arg(vm, &args, "tuple", "count")?;
    let mut n = 0i64;
    for item in t.iter() {
        if same(vm, item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_len(vm: &Interp, args: Args) -> PyResult<Value> {
    let t = tuple_self(vm, &args, "__len__")?;
    no_args(vm, &args, "tuple", "__len__")?;
    Ok(Value::Int(t.len() as i64))
}

fn tuple_getitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let t = tuple_self(vm, &args, "__getitem__")?;
    let i = one_arg(vm, &args, "tuple", "__getitem__")?;
    containers::getitem(vm, &Value::Tuple(t), &i)
}

fn tuple_contains(vm: &Interp, args: Args) -> PyResult<Value> {
    let t = tuple_self(vm, &args, "__contains__")?;
    let x = one_arg(vm, &args, "tuple", "__contains__")?;
    for item in t.iter() {
        if same(vm, item, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

// ---------------------------------------------------------------------------
// dict
// ---------------------------------------------------------------------------

type DictRef = Rc<RefCell<Dict>>;

fn dict_self(vm: &Interp, args: &Args, name: &str) -> PyResult<DictRef> {
    match receiver(vm, args, "dict", name)? {
        Value::Dict(d) => Ok(d),
        other => Err(wrong_self(vm, "dict", name, &other)),
    }
}

fn dict_get(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "get")?;
    arg_count(vm, &args, "dict", "get", 1, 2)?;
    let found = read(vm, &d)?.get(vm, &args.pos[1])?;
    Ok(found.unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "setdefault")?;
    arg_count(vm, &args, "dict", "setdefault", 1, 2)?;
    let key = &args.pos[1];
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    with_table(vm, &d, |t| {
        if let Some(v) = t.get(vm, key)? {
            return Ok(v);
        }
        t.set(vm, key.clone(), default.clone())?;
        Ok(default)
    })
}

fn dict_pop(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "pop")?;
    arg_count(vm, &args, "dict", "pop", 1, 2)?;
    let key = &args.pos[1];
    let removed = with_table(vm, &d, |t| t.remove(vm, key))?;
    match (removed, args.pos.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(key_error(vm, key)),
    }
}

fn dict_popitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "popitem")?;
    no_args(vm, &args, "dict", "popitem")?;
    let last = write(vm, &d)?.pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.error(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

/// Applies `dict.update`-style arguments (one optional positional source and
/// keywords) to `d`. The new entries are gathered first, so the source may be
/// the dict itself or run Python code.
fn update_from(vm: &Interp, d: &DictRef, args: &Args, name: &str) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {n}")));
    }
    let mut new = Dict::new();
    if let Some(src) = args.pos.get(1) {
        fill_dict(vm, &mut new, src)?;
    }
    for (k, v) in &args.kw {
        new.set(vm, Value::Str(k.clone()), v.clone())?;
    }
    with_table(vm, d, |t| {
        for (k, v) in new.items() {
            t.set(vm, k, v)?;
        }
        Ok(())
    })
}

fn dict_update(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "update")?;
    update_from(vm, &d, &args, "update")?;
    Ok(Value::None)
}

fn dict_init(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__init__")?;
    update_from(vm, &d, &args, "dict")?;
    Ok(Value::None)
}

fn dict_view(vm: &Interp, args: &Args, name: &str, part: DictPart) -> PyResult<Value> {
    let d = dict_self(vm, args, name)?;
    no_args(vm, args, "dict", name)?;
    Ok(Value::Native(Rc::new(DictView { dict: d, part })))
}

fn dict_keys(vm: &Interp, args: Args) -> PyResult<Value> {
    dict_view(vm, &args, "keys", DictPart::Keys)
}

fn dict_values(vm: &Interp, args: Args) -> PyResult<Value> {
    dict_view(vm, &args, "values", DictPart::Values)
}

fn dict_items(vm: &Interp, args: Args) -> PyResult<Value> {
    dict_view(vm, &args, "items", DictPart::Items)
}

fn dict_copy(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "copy")?;
    no_args(vm, &args, "dict", "copy")?;
    let copy = read(vm, &d)?.clone();
    Ok(Value::Dict(Rc::new(RefCell::new(copy))))
}

fn dict_clear(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "clear")?;
    no_args(vm, &args, "dict", "clear")?;
    let old = std::mem::take(&mut *write(vm, &d)?);
    drop(old);
    Ok(Value::None)
}

fn dict_len(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__len__")?;
    no_args(vm, &args, "dict", "__len__")?;
    let n = read(vm, &d)?.len();
    Ok(Value::Int(n as i64))
}

fn dict_getitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__getitem__")?;
    let key = one_arg(vm, &args, "dict", "__getitem__")?;
    let found = read(vm, &d)?.get(vm, &key)?;
    if let Some(v) = found {
        return Ok(v);
    }
    if let Value::Instance(_) = &args.pos[0]
        && let Some(r) = crate::protocol::classes::call_dunder(
            vm,
            &args.pos[0],
            "__missing__",
            vec![key.clone()],
        )?
    {
        return Ok(r);
    }
    Err(key_error(vm, &key))
}

fn dict_setitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__setitem__")?;
    arg_count(vm, &args, "dict", "__setitem__", 2, 2)?;
    with_table(vm, &d, |t| {
        t.set(vm, args.pos[1].clone(), args.pos[2].clone())
    })?;
    Ok(Value::None)
}

fn dict_delitem(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__delitem__")?;
    let key = one_arg(vm, &args, "dict", "__delitem__")?;
    let removed = with_table(vm, &d, |t| t.remove(vm, &key))?;
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(key_error(vm, &key)),
    }
}

fn dict_contains(vm: &Interp, args: Args) -> PyResult<Value> {
    let d = dict_self(vm, &args, "__contains__")?;
    let key = one_arg(vm, &args, "dict", "__contains__")?;
    let found = read(vm, &d)?.contains(vm, &key)?;
    Ok(Value::Bool(found))
}

/// `dict.fromkeys(iterable, value=None)`; called through the classmethod
/// wrapper, so `args.pos[0]` is the class.
fn dict_fromkeys(vm: &Interp, args: Args) -> PyResult<Value> {
    no_kw(vm, &args, "dict", "fromkeys")?;
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    arg_count(vm, &args, "dict", "fromkeys", 1, 2)?;
    let keys = collect(vm, &args.pos[1])?;
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    match &cls {
        Value::Class(c) if !Rc::ptr_eq(c, &vm.types.dict) => {
            let obj = crate::protocol::call::call(vm, &cls, Args::default())?;
            for k in keys {
                containers::setitem(vm, &obj, k, value.clone())?;
            }
            Ok(obj)
        }
        _ => {
            let mut d = Dict::new();
            for k in keys {
                d.set(vm, k, value.clone())?;
            }
            Ok(Value::Dict(Rc::new(RefCell::new(d))))
        }
    }
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

fn int_self(vm: &Interp, args: &Args, name: &str) -> PyResult<BigInt> {
    let v = receiver(vm, args, "int", name)?;
    ops::to_bigint(&v).ok_or_else(|| wrong_self(vm, "int", name, &v))
}

fn int_bit_length(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "bit_length")?;
    no_args(vm, &args, "int", "bit_length")?;
    Ok(Value::Int(n.bits() as i64))
}

fn int_bit_count(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "bit_count")?;
    no_args(vm, &args, "int", "bit_count")?;
    let ones: u64 = n
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_as_integer_ratio(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "as_integer_ratio")?;
    no_args(vm, &args, "int", "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

fn int_conjugate(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "conjugate")?;
    no_args(vm, &args, "int", "conjugate")?;
    Ok(Value::from_bigint(n))
}

fn int_index(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "__index__")?;
    no_args(vm, &args, "int", "__index__")?;
    Ok(Value::from_bigint(n))
}

/// `byteorder` of to_bytes/from_bytes: true for little-endian.
fn byteorder(vm: &Interp, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match &**s {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            type_name(vm, other)
        ))),
    }
}

fn int_to_bytes(vm: &Interp, args: Args) -> PyResult<Value> {
    let n = int_self(vm, &args, "to_bytes")?;
    const TO_BYTES: Sig =
        kw_sig("int", "to_bytes", &["length", "byteorder", "signed"]).positional(2);
    let (_, p) = bind(vm, args, &TO_BYTES)?;
    let length = match &p[0] {
        Some(v) => index_arg(vm, v)?,
        None => 1,
    };
    let little = byteorder(vm, p[1].as_ref(), "to_bytes")?;
    let signed = match &p[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if !signed && n.is_negative() {
        return Err(vm.error(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        if n.is_zero() {
            Vec::new()
        } else {
            n.to_signed_bytes_le()
        }
    } else if n.is_zero() {
        Vec::new()
    } else {
        n.to_bytes_le().1
    };
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.error(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::from(bytes)))
}

/// The bytes of a bytes-like argument or an iterable of ints.
fn bytes_arg(vm: &Interp, v: &Value) -> PyResult<Vec<u8>> {
    match unwrap(v) {
        Value::Bytes(b) => Ok(b.to_vec()),
        v @ (Value::Str(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::None) => Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(vm, &v)
        ))),
        v => {
            let mut out = Vec::new();
            for x in collect(vm, &v)? {
                match containers::as_index(vm, &x)? {
                    Some(b) if (0..256).contains(&b) => out.push(b as u8),
                    Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    None => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name(vm, &x)
                        )));
                    }
                }
            }
            Ok(out)
        }
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; `args.pos[0]`
/// is the class.
fn int_from_bytes(vm: &Interp, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        args.pos.push(Value::Class(vm.types.int.clone()));
    }
    const FROM_BYTES: Sig =
        kw_sig("int", "from_bytes", &["bytes", "byteorder", "signed"]).positional(2);
    let (cls, p) = bind(vm, args, &FROM_BYTES)?;
    let cls = cls.unwrap_or(Value::None);
    let Some(src) = &p[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut bytes = bytes_arg(vm, src)?;
    let little = byteorder(vm, p[1].as_ref(), "from_bytes")?;
    let signed = match &p[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if !little {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let value = Value::from_bigint(n);
    match &cls {
        Value::Class(c) if !Rc::ptr_eq(c, &vm.types.int) && !c.builtin => {
            crate::protocol::call::call(vm, &cls, Args::new(vec![value]))
        }
        _ => Ok(value),
    }
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

fn float_self(vm: &Interp, args: &Args, name: &str) -> PyResult<f64> {
    match receiver(vm, args, "float", name)? {
        Value::Float(f) => Ok(f),
        other => Err(wrong_self(vm, "float", name, &other)),
    }
}

fn float_is_integer(vm: &Interp, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "is_integer")?;
    no_args(vm, &args, "float", "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(vm: &Interp, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "conjugate")?;
    no_args(vm, &args, "float", "conjugate")?;
    Ok(Value::Float(f))
}

/// The exact ratio of a finite float, in lowest terms.
fn float_ratio(f: f64) -> (BigInt, BigInt) {
    if f == 0.0 {
        return (BigInt::zero(), BigInt::one());
    }
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if exp < 0 {
        let tz = i64::from(mant.trailing_zeros()).min(-exp);
        mant >>= tz;
        exp += tz;
    }
    let mut num = BigInt::from(mant);
    if f < 0.0 {
        num = -num;
    }
    if exp >= 0 {
        (num << (exp as usize), BigInt::one())
    } else {
        (num, BigInt::one() << ((-exp) as usize))
    }
}

fn float_as_integer_ratio(vm: &Interp, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "as_integer_ratio")?;
    no_args(vm, &args, "float", "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.error(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (n, d) = float_ratio(f);
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

/// `float.hex()` text.
fn hex_text(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", biased - 1023)
    }
}

fn float_hex(vm: &Interp, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "hex")?;
    no_args(vm, &args, "float", "hex")?;
    Ok(Value::str(&hex_text(f)))
}

/// `2.0 ** k` for `-1074 <= k <= 1023`, exactly.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// Why a hex float string was rejected.
enum HexError {
    Invalid,
    Overflow,
}

/// Parses `float.fromhex` syntax with correct rounding.
fn parse_hex_float(s: &str) -> Result<f64, HexError> {
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" => return Ok(sign(f64::NAN)),
        _ => {}
    }
    let rest = lower
        .strip_prefix("0x")
        .unwrap_or(lower.as_str())
        .as_bytes();
    let mut i = 0;
    let mut mant = BigInt::zero();
    let mut digits = 0usize;
    let mut frac_digits: i64 = 0;
    while i < rest.len() && rest[i].is_ascii_hexdigit() {
        mant = (mant << 4usize) + BigInt::from((rest[i] as char).to_digit(16).unwrap_or(0));
        digits += 1;
        i += 1;
    }
    if i < rest.len() && rest[i] == b'.' {
        i += 1;
        while i < rest.len() && rest[i].is_ascii_hexdigit() {
            mant = (mant << 4usize) + BigInt::from((rest[i] as char).to_digit(16).unwrap_or(0));
            digits += 1;
            frac_digits += 1;
            i += 1;
        }
    }
    if digits == 0 {
        return Err(HexError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < rest.len() && rest[i] == b'p' {
        i += 1;
        let mut eneg = false;
        if i < rest.len() && (rest[i] == b'+' || rest[i] == b'-') {
            eneg = rest[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < rest.len() && rest[i].is_ascii_digit() {
            exp = (exp * 10 + i64::from(rest[i] - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(HexError::Invalid);
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != rest.len() {
        return Err(HexError::Invalid);
    }
    if mant.is_zero() {
        return Ok(sign(0.0));
    }
    let mut e = exp - 4 * frac_digits;
    let nbits = mant.bits() as i64;
    let top = nbits - 1 + e;
    if top > 1023 {
        return Err(HexError::Overflow);
    }
    if top < -1075 {
        return Ok(sign(0.0));
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    if shift > 0 {
        let sh = shift as usize;
        let q: BigInt = &mant >> sh;
        let rem: BigInt = &mant - (&q << sh);
        let half = BigInt::one() << (sh - 1);
        let odd = (&q & BigInt::one()).is_one();
        mant = if rem > half || (rem == half && odd) {
            q + 1
        } else {
            q
        };
        e = lsb;
    }
    if mant.bits() as i64 - 1 + e > 1023 {
        return Err(HexError::Overflow);
    }
    let m = mant.to_u64().unwrap_or(0) as f64;
    Ok(sign(m * pow2(e)))
}

/// `float.fromhex(s)`; `args.pos[0]` is the class.
fn float_fromhex(vm: &Interp, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        args.pos.push(Value::Class(vm.types.float.clone()));
    }
    let s = one_arg(vm, &args, "float", "fromhex")?;
    let Value::Str(s) = unwrap(&s) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let f = match parse_hex_float(&s) {
        Ok(f) => f,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"));
        }
        Err(HexError::Overflow) => {
            return Err(vm.error(
                ExcKind::OverflowError,
                "hexadecimal value too large to represent as a float",
            ));
        }
    };
    match &args.pos[0] {
        Value::Class(c) if !c.builtin => {
            crate::protocol::call::call(vm, &args.pos[0], Args::new(vec![Value::Float(f)]))
        }
        _ => Ok(Value::Float(f)),
    }
}
