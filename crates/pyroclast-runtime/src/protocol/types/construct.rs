//! Calling builtin classes (`int(x)`, `list(it)`, `ValueError(msg)`, ...),
//! `isinstance`, and the special attributes of builtin objects.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, Instance, Layout, Namespace};
use crate::object::value::{Args, Native, SetObj, Value};
use crate::protocol::args::{Sig, Style, check, check_count};
use crate::protocol::iter::collect;
use crate::protocol::ops::{self, type_name, type_of};
use crate::{Interp, PyResult};

/// The builtin value inside `v` (itself, or a builtin subclass's payload).
pub fn unwrap(v: &Value) -> Value {
    if let Value::Instance(i) = v
        && let Some(p) = i.payload.borrow().clone()
    {
        return p;
    }
    v.clone()
}

/// `int(s, base)` parsing with CPython's rules and message.
pub fn parse_int(vm: &Interp, s: &str, base: u32) -> PyResult<Value> {
    let err = || {
        vm.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            ops::repr_str(s)
        ))
    };
    let t = s.trim();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    // Plain decimal digits that fit a machine int (the common case):
    // no copies of the text, no big-int parse.
    if (base == 10 || (base == 0 && !digits.starts_with('0')))
        && (1..=18).contains(&digits.len())
        && digits.bytes().all(|c| c.is_ascii_digit())
    {
        let n = digits
            .bytes()
            .fold(0i64, |n, c| n * 10 + i64::from(c - b'0'));
        return Ok(Value::Int(if neg { -n } else { n }));
    }
    // ASCII text with a character no decimal literal has (`int("x1")`,
    // the usual failure) fails without the copies below.
    if base == 10 && digits.is_ascii() && digits.bytes().any(|c| !c.is_ascii_digit() && c != b'_') {
        return Err(err());
    }
    let mut base = base;
    let mut digits = digits.to_string();
    let lower = digits.to_ascii_lowercase();
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if lower.starts_with(p) && (base == b || base == 0) {
            digits = digits[2..].to_string();
            base = b;
            if digits.starts_with('_') {
                digits.remove(0);
            }
        }
    }
    if base == 0 {
        if digits.len() > 1
            && digits.starts_with('0')
            && digits.chars().any(|c| c != '0' && c != '_')
        {
            return Err(err());
        }
        base = 10;
    }
    if digits.is_empty()
        || !digits.chars().all(|c| c.is_alphanumeric() || c == '_')
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let clean: String = clean
        .chars()
        .map(|c| {
            crate::protocol::text::format_spec::decimal_value(c)
                .and_then(|d| char::from_digit(d, 10))
                .unwrap_or(c)
        })
        .collect();
    let limit = vm.int_max_str_digits.get();
    if !base.is_power_of_two() && limit > 0 && clean.len() > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    match BigInt::parse_bytes(clean.as_bytes(), base) {
        Some(b) => Ok(Value::from_bigint(if neg { -b } else { b })),
        None => Err(err()),
    }
}

/// `float(s)`.
pub fn parse_float(vm: &Interp, s: &str) -> PyResult<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(crate::protocol::ops::fresh_nan()),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let ok_chars = !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'))
        && !t.contains("__");
    if ok_chars && let Ok(f) = t.replace('_', "").parse::<f64>() {
        return Ok(f);
    }
    Err(vm.value_error(format!(
        "could not convert string to float: {}",
        ops::repr_str(s)
    )))
}

/// `int(v)`.
pub fn to_int(vm: &Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.error(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            Ok(Value::from_bigint(
                ops::float_to_bigint(*f).unwrap_or_else(BigInt::zero),
            ))
        }
        Value::Str(s) => parse_int(vm, s, 10),
        Value::Bytes(b) => parse_int(vm, &String::from_utf8_lossy(b), 10),
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = crate::protocol::classes::call_dunder(vm, v, name, vec![])? {
                    return Ok(r);
                }
            }
            if let Value::Instance(i) = v
                && let Some(p) = i.payload.borrow().clone()
            {
                return to_int(vm, &p);
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(vm, v)
            )))
        }
    }
}

/// `float(v)`.
pub fn to_float(vm: &Interp, v: &Value) -> PyResult<f64> {
    if let Some(f) = ops::to_f64(vm, v)? {
        return Ok(f);
    }
    match v {
        Value::Str(s) => parse_float(vm, s),
        _ => {
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__float__", vec![])? {
                return ops::to_f64(vm, &r)?
                    .ok_or_else(|| vm.type_error("__float__ returned non-float"));
            }
            if let Value::Instance(i) = v
                && let Some(p) = i.payload.borrow().clone()
            {
                return to_float(vm, &p);
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(vm, v)
            )))
        }
    }
}

/// A new set value.
pub fn new_set(vm: &Interp, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let mut d = crate::object::set_table::SetTable::new();
    for i in items {
        d.set(vm, i, Value::None)?;
    }
    Ok(Value::set(SetObj::new(d, frozen)))
}

/// A new dict from `dict(...)` arguments.
pub fn new_dict(vm: &Interp, mut args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("dict", Style::Clinic, 0, 1);
    check_count(vm, args.pos.len(), &SIG)?;
    let mut d = Dict::new();
    if let Some(src) = args.pos.first() {
        fill_dict(vm, &mut d, src)?;
    }
    for (k, v) in std::mem::take(&mut args.kw) {
        d.set(vm, Value::Str(k), v)?;
    }
    Ok(Value::dict(d))
}

/// Adds a mapping's or a pair iterable's items to `d`.
pub fn fill_dict(vm: &Interp, d: &mut Dict, src: &Value) -> PyResult<()> {
    let src = unwrap(src);
    if let Value::Dict(s) = &src {
        for (k, v) in s.borrow().items() {
            d.set(vm, k, v)?;
        }
        return Ok(());
    }
    if crate::protocol::classes::getattr(vm, &src, "keys").is_ok()
        && !matches!(src, Value::List(_) | Value::Tuple(_))
    {
        return crate::protocol::containers::merge_mapping(vm, d, &src);
    }
    for (n, item) in collect(vm, &src)?.into_iter().enumerate() {
        let pair = collect(vm, &item).map_err(|_| {
            vm.type_error(format!(
                "cannot convert dictionary update sequence element #{n} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (
            p.next().unwrap_or(Value::None),
            p.next().unwrap_or(Value::None),
        );
        d.set(vm, k, v)?;
    }
    Ok(())
}

/// Calls a builtin class.
pub fn construct(vm: &Interp, class: &Rc<Class>, args: Args) -> PyResult<Value> {
    if class.layout == Layout::Exception {
        if class.is_subclass(&vm.exc_class(ExcKind::BaseExceptionGroup)) {
            return crate::protocol::types::exception_group::construct_group(vm, class, args);
        }
        let obj = crate::protocol::classes::new_instance(vm, class, &args.pos);
        if class.is_subclass(&vm.exc_class(ExcKind::ImportError)) {
            crate::protocol::imports::init_import_error(vm, &obj, &args.pos, &args.kw)?;
            return Ok(obj);
        }
        // `BaseException.__init__`: `_PyArg_NoKeywords(tp_name, kwds)`.
        check(vm, &args, &no_keywords(&class.name))?;
        return Ok(obj);
    }
    if let Some(new) = class.new.get() {
        return new(vm, args);
    }
    let t = &vm.types;
    let n = args.pos.len();
    if Rc::ptr_eq(class, &t.object) {
        // CPython's own wording (`object_new`), keywords included.
        if n > 0 || !args.kw.is_empty() {
            return Err(vm.type_error("object() takes no arguments"));
        }
        return Ok(crate::protocol::classes::new_instance(vm, &t.object, &[]));
    }
    if Rc::ptr_eq(class, &t.type_) {
        return match n {
            1 => Ok(Value::Class(type_of(vm, &args.pos[0]))),
            3 => {
                // Then `__set_name__` and `__init_subclass__`, as a class
                // statement runs them.
                let c = crate::protocol::classes::class_from_namespace(
                    vm,
                    &args.pos[0],
                    &args.pos[1],
                    &args.pos[2],
                )?;
                crate::protocol::classes::finish_class(vm, &c, args.kw.clone())?;
                Ok(Value::Class(c))
            }
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        };
    }
    crate::protocol::types::iterators::construct_other(vm, class, args)
}

/// A signature taking anything but keywords: "name() takes no keyword
/// arguments".
pub(crate) const fn no_keywords(name: &str) -> Sig<'_> {
    Sig::function(name, Style::Legacy, 0, usize::MAX)
}

/// `isinstance(v, class)`.
pub fn isinstance_class(vm: &Interp, v: &Value, class: &Rc<Class>) -> bool {
    type_of(vm, v).is_subclass(class)
}

/// A snapshot dict of a namespace (`vars()`, `__dict__`).
pub fn namespace_dict(vm: &Interp, ns: &crate::object::class_dict::NsMap) -> Value {
    let mut d = Dict::new();
    for (k, v) in ns.iter() {
        let _ = d.set(vm, Value::Str(k.clone()), v.clone());
    }
    Value::dict(d)
}

/// Attribute tables of natives that accept arbitrary attributes.
pub fn native_dict(n: &dyn Native) -> Option<&Namespace> {
    n.instance_dict()
}

/// Attributes every instance has beyond its class and dict.
pub fn special_instance_attr(
    vm: &Interp,
    inst: &Rc<Instance>,
    obj: &Value,
    name: &str,
) -> PyResult<Option<Value>> {
    Ok(match name {
        "__class__" => Some(Value::Class(inst.class.clone())),
        "__dict__" => Some(instance_dict(inst)),
        _ => {
            if let Some(data) = &inst.exc {
                let d = data.borrow();
                return Ok(match name {
                    "args" => Some(Value::tuple(d.args.clone())),
                    "__cause__" => Some(d.cause.clone().unwrap_or(Value::None)),
                    "__context__" => Some(d.context.clone().unwrap_or(Value::None)),
                    "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
                    "__traceback__" => {
                        drop(d);
                        Some(crate::protocol::tb_objects::Traceback::of_instance(inst))
                    }
                    "value"
                        if inst
                            .class
                            .is_subclass(&vm.exc_class(ExcKind::StopIteration)) =>
                    {
                        Some(d.args.first().cloned().unwrap_or(Value::None))
                    }
                    "code" if inst.class.is_subclass(&vm.exc_class(ExcKind::SystemExit)) => {
                        Some(d.args.first().cloned().unwrap_or(Value::None))
                    }
                    "message"
                        if inst
                            .class
                            .is_subclass(&vm.exc_class(ExcKind::BaseExceptionGroup)) =>
                    {
                        Some(d.args.first().cloned().unwrap_or(Value::None))
                    }
                    "exceptions"
                        if inst
                            .class
                            .is_subclass(&vm.exc_class(ExcKind::BaseExceptionGroup)) =>
                    {
                        Some(match d.args.get(1) {
                            Some(v) => Value::tuple(collect(vm, v)?),
                            None => Value::tuple(vec![]),
                        })
                    }
                    "name" | "path"
                        if inst.class.is_subclass(&vm.exc_class(ExcKind::ImportError)) =>
                    {
                        Some(Value::None)
                    }
                    // `ImportError.__init__` keeps a lone argument as `msg`.
                    "msg" if inst.class.is_subclass(&vm.exc_class(ExcKind::ImportError)) => {
                        Some(match d.args.as_slice() {
                            [m] => m.clone(),
                            _ => Value::None,
                        })
                    }
                    "add_note" => None,
                    _ => None,
                });
            }
            if let Some(p) = inst.payload.borrow().clone() {
                let class = type_of(vm, &p);
                if let Some(attr) = class.lookup(name) {
                    return Ok(Some(crate::protocol::classes::bind(
                        vm,
                        attr,
                        Some(obj),
                        &class,
                    )?));
                }
            }
            None
        }
    })
}

/// Attributes of classes not stored in their dict.
pub fn special_class_attr(vm: &Interp, c: &Rc<Class>, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => Value::Str(c.name.clone()),
        "__qualname__" => Value::Str(c.qualname.clone()),
        "__module__" => Value::Str(c.module.clone()),
        "__mro__" => Value::tuple(c.mro_iter().map(|k| Value::Class(k.clone())).collect()),
        "__bases__" => Value::tuple(c.bases.iter().map(|k| Value::Class(k.clone())).collect()),
        "__base__" => c
            .bases
            .first()
            .map_or(Value::None, |b| Value::Class(b.clone())),
        "__dict__" => crate::protocol::types::mappingproxy::MappingProxy::of_class(c),
        "__doc__" => Value::None,
        "__class__" => Value::Class(vm.types.type_.clone()),
        "mro" => {
            let mro = Value::list(c.mro_iter().map(|k| Value::Class(k.clone())).collect());
            return Some(Value::Native(Rc::new(crate::protocol::call::Constant(mro))));
        }
        _ => return None,
    })
}

/// `function.__get__(instance, owner=None)`.
fn function_get(vm: &Interp, args: Args) -> PyResult<Value> {
    // A slot wrapper: CPython names nothing in its arity message.
    check(vm, &args, &Sig::method("function", "", Style::Clinic, 1, 2))?;
    Ok(match &args.pos[1] {
        Value::None if args.pos.get(2).is_none_or(|o| matches!(o, Value::None)) => {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        Value::None => args.pos[0].clone(),
        obj => Value::bound(obj.clone(), args.pos[0].clone()),
    })
}

/// Attributes of builtin values not found in their class dict.
pub fn special_value_attr(vm: &Interp, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Class(type_of(vm, v))));
    }
    Ok(match v {
        Value::Function(f) => match name {
            "__name__" => Some(Value::Str(f.name())),
            "__qualname__" => Some(Value::Str(f.qualname())),
            "__module__" => Some(Value::Str(f.module.clone())),
            "__doc__" => Some(
                f.dict
                    .borrow()
                    .get("__doc__")
                    .cloned()
                    .unwrap_or_else(|| doc_of(&f.def.body)),
            ),
            "__dict__" => Some(namespace_dict(vm, &f.dict.borrow())),
            "__kwdefaults__" => Some(if f.kwdefaults.is_empty() {
                Value::None
            } else {
                let mut d = Dict::new();
                for (k, v) in &f.kwdefaults {
                    d.set(vm, Value::Str(k.clone()), v.clone())?;
                }
                Value::dict(d)
            }),
            "__defaults__" => Some(if f.defaults.is_empty() {
                Value::None
            } else {
                Value::tuple(f.defaults.clone())
            }),
            "__code__" => Some(crate::protocol::tb_objects::function_code(f)),
            "__annotations__" => Some(
                f.dict
                    .borrow()
                    .get("__annotations__")
                    .cloned()
                    .unwrap_or_else(|| Value::dict(Dict::new())),
            ),
            "__wrapped__" => f.dict.borrow().get("__wrapped__").cloned(),
            // Functions are descriptors: `f.__get__(obj)` is the bound method.
            "__get__" => Some(Value::bound(
                v.clone(),
                crate::object::value::method("function", "__get__", function_get),
            )),
            _ => f.dict.borrow().get(name).cloned(),
        },
        Value::Builtin(b) => match name {
            "__name__" => Some(Value::str(b.name)),
            "__qualname__" => Some(Value::str(&match b.owner {
                Some(o) => format!("{o}.{}", b.name),
                None => b.name.to_string(),
            })),
            "__module__" => Some(Value::str("builtins")),
            "__doc__" => Some(Value::None),
            _ => None,
        },
        Value::Method(m) => match name {
            "__self__" => Some(m.0.clone()),
            "__func__" => Some(m.1.clone()),
            _ => Some(crate::protocol::classes::getattr(vm, &m.1, name)?),
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
            "real" | "numerator" => Some(to_int(vm, v)?),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        _ => None,
    })
}

fn doc_of(body: &[pyroclast_syntax::ast::Stmt]) -> Value {
    use pyroclast_syntax::ast::{Constant, ExprKind, StmtKind};
    if let Some(first) = body.first()
        && let StmtKind::Expr(e) = &first.kind
        && let ExprKind::Constant(Constant::Str(s)) = &e.kind
    {
        return Value::Str(s.clone());
    }
    Value::None
}

/// Big integers for `bit_length` and friends.
pub fn int_bits(v: &Value) -> u64 {
    match ops::to_bigint(v) {
        Some(b) => b.bits(),
        None => 0,
    }
}

/// An i64 argument with CPython's message on failure.
pub fn index_arg(vm: &Interp, v: &Value) -> PyResult<i64> {
    use crate::protocol::containers::{IndexInt, index_int};
    match index_int(vm, v)? {
        Some(IndexInt::Small(i)) => Ok(i),
        Some(IndexInt::Big(_)) => Err(vm.error(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, v)
        ))),
    }
}

/// An argument CPython reads as a C `int`: beyond i32 is an OverflowError.
pub fn c_int_arg(vm: &Interp, v: &Value) -> PyResult<i64> {
    let i = crate::protocol::containers::as_index(vm, v)?;
    match i {
        Some(i) if i32::try_from(i).is_ok() => Ok(i),
        Some(_) => Err(vm.error(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )),
        None => index_arg(vm, v),
    }
}

/// An f64 from any real number.
pub fn f64_arg(vm: &Interp, v: &Value) -> PyResult<f64> {
    match ops::to_f64(vm, v)? {
        Some(f) => Ok(f),
        None => {
            // As `PyFloat_AsDouble`: a float subclass's value directly,
            // then `__float__`, then an int subclass's value.
            let u = unwrap(v);
            if let Value::Float(f) = u {
                return Ok(f);
            }
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, "__float__", vec![])? {
                return f64_arg(vm, &r);
            }
            if !matches!(u, Value::Instance(_)) && ops::to_f64(vm, &u)?.is_some() {
                return f64_arg(vm, &u);
            }
            Err(vm.type_error(format!("must be real number, not {}", type_name(vm, v))))
        }
    }
}

/// `to_i64` helper for big ints.
pub fn small(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => b.to_i64(),
        _ => None,
    }
}

/// The live `__dict__` of an instance: reads and writes go to its attributes.
pub struct InstanceDict(pub DictSource);

/// Whose attributes a live `__dict__`/`globals()` view shows.
pub enum DictSource {
    /// An instance's attributes.
    Instance(Rc<Instance>),
    /// A module's globals.
    Globals(Rc<Namespace>),
}

impl InstanceDict {
    /// The namespace behind the view.
    pub fn ns(&self) -> &Namespace {
        match &self.0 {
            DictSource::Instance(i) => &i.dict,
            DictSource::Globals(g) => g,
        }
    }
}

/// `globals()`: a live view of a module's namespace.
pub fn globals_dict(globals: &Rc<Namespace>) -> Value {
    Value::Native(Rc::new(InstanceDict(DictSource::Globals(globals.clone()))))
}

impl Native for InstanceDict {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("instance_dict")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some(crate::protocol::ops::repr(
            vm,
            &namespace_dict(vm, &self.ns().borrow()),
        ))
    }
}

/// `obj.__dict__` / `vars(obj)`.
pub fn instance_dict(inst: &Rc<Instance>) -> Value {
    if let Some(v) = inst.dict_view.borrow().upgrade() {
        return Value::Native(v);
    }
    let view: Rc<dyn Native> = Rc::new(InstanceDict(DictSource::Instance(inst.clone())));
    *inst.dict_view.borrow_mut() = Rc::downgrade(&view);
    Value::Native(view)
}

fn view_of<'a>(vm: &Interp, a: &'a Args) -> PyResult<&'a InstanceDict> {
    a.pos
        .first()
        .and_then(|v| v.native::<InstanceDict>())
        .ok_or_else(|| vm.type_error("expected an instance __dict__"))
}

fn key_str(vm: &Interp, a: &Args, i: usize) -> PyResult<Rc<str>> {
    match a.pos.get(i) {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(vm, other)
        ))),
        None => Err(vm.type_error("missing key")),
    }
}

/// `types.MethodType(function, instance)`: a bound method.
fn method_new(vm: &Interp, args: Args) -> PyResult<Value> {
    check(vm, &args, &Sig::function("method", Style::Clinic, 2, 2))?;
    if !crate::protocol::call::is_callable(vm, &args.pos[0]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if matches!(args.pos[1], Value::None) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::bound(args.pos[1].clone(), args.pos[0].clone()))
}

/// Registers the methods of the live instance `__dict__`.
pub fn install(vm: &Interp) {
    vm.types.method.new.set(Some(method_new));
    // The live view of `obj.__dict__`/`vars(obj)`/`globals()` is a dict to
    // Python code (`isinstance(vars(obj), dict)`, `type(...).__name__`), a
    // subclass here whose own methods read and write the namespace.
    let view_class = crate::object::vm::new_class_in(
        "builtins",
        "dict",
        vec![vm.types.dict.clone()],
        crate::object::model::Layout::Builtin,
        true,
    );
    vm.types
        .others
        .borrow_mut()
        .insert("instance_dict", view_class);
    fn snapshot(vm: &Interp, a: &Args) -> PyResult<Value> {
        Ok(namespace_dict(vm, &view_of(vm, a)?.ns().borrow()))
    }
    fn forward(vm: &Interp, mut a: Args, name: &str) -> PyResult<Value> {
        let d = snapshot(vm, &a)?;
        crate::protocol::classes::call_method(
            vm,
            &d,
            name,
            Args {
                pos: a.pos[1..].to_vec(),
                kw: std::mem::take(&mut a.kw),
            },
        )
    }
    crate::object::model::add_methods(
        &vm.other_class("instance_dict"),
        "dict",
        &[
            ("__getitem__", |vm, a| {
                let k = key_str(vm, &a, 1)?;
                let found = view_of(vm, &a)?.ns().borrow().get(&*k).cloned();
                found.ok_or_else(|| crate::protocol::containers::key_error(vm, &Value::Str(k)))
            }),
            ("__setitem__", |vm, a| {
                let k = key_str(vm, &a, 1)?;
                let v = a.pos.get(2).cloned().unwrap_or(Value::None);
                view_of(vm, &a)?.ns().borrow_mut().insert(k, v);
                Ok(Value::None)
            }),
            ("__delitem__", |vm, a| {
                let k = key_str(vm, &a, 1)?;
                match view_of(vm, &a)?.ns().borrow_mut().shift_remove(&*k) {
                    Some(_) => Ok(Value::None),
                    None => Err(crate::protocol::containers::key_error(vm, &Value::Str(k))),
                }
            }),
            ("__len__", |vm, a| {
                Ok(Value::Int(view_of(vm, &a)?.ns().borrow().len() as i64))
            }),
            ("__iter__", |vm, a| {
                let d = snapshot(vm, &a)?;
                crate::protocol::iter::iter_object(vm, &d)
            }),
            ("__contains__", |vm, a| {
                let present = match a.pos.get(1) {
                    Some(Value::Str(k)) => view_of(vm, &a)?.ns().borrow().contains_key(&**k),
                    _ => false,
                };
                Ok(Value::Bool(present))
            }),
            ("__eq__", |vm, a| {
                let d = snapshot(vm, &a)?;
                let other = a.pos.get(1).cloned().unwrap_or(Value::None);
                Ok(Value::Bool(crate::protocol::ops::eq(vm, &d, &other)?))
            }),
            ("keys", |vm, a| forward(vm, a, "keys")),
            ("values", |vm, a| forward(vm, a, "values")),
            ("items", |vm, a| forward(vm, a, "items")),
            ("get", |vm, a| forward(vm, a, "get")),
            ("copy", |vm, a| snapshot(vm, &a)),
            ("setdefault", |vm, a| {
                let k = key_str(vm, &a, 1)?;
                let default = a.pos.get(2).cloned().unwrap_or(Value::None);
                let view = view_of(vm, &a)?;
                let mut ns = view.ns().borrow_mut();
                Ok(ns.entry(k).or_insert(default).clone())
            }),
            ("pop", |vm, a| {
                let k = key_str(vm, &a, 1)?;
                let removed = view_of(vm, &a)?.ns().borrow_mut().shift_remove(&*k);
                match (removed, a.pos.get(2)) {
                    (Some(v), _) => Ok(v),
                    (None, Some(d)) => Ok(d.clone()),
                    (None, None) => Err(crate::protocol::containers::key_error(vm, &Value::Str(k))),
                }
            }),
            ("update", |vm, a| {
                let view = view_of(vm, &a)?;
                let mut src = crate::object::dict::Dict::new();
                if let Some(m) = a.pos.get(1) {
                    fill_dict(vm, &mut src, m)?;
                }
                for (k, v) in a.kw.iter() {
                    src.set(vm, Value::Str(k.clone()), v.clone())?;
                }
                for (k, v) in src.items() {
                    if let Value::Str(k) = k {
                        view.ns().borrow_mut().insert(k, v);
                    }
                }
                Ok(Value::None)
            }),
        ],
    );
}
