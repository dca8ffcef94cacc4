//! Builtin functions (`print`, `len`, `sorted`, ...) and the builtin
//! iterator classes (`enumerate`, `zip`, `map`, `filter`, `reversed`).

use crate::object::exc_kind::ExcKind;
use crate::protocol::args::{Sig, Style, check, check_count, check_keywords, param};
use crate::protocol::call::{one, two};
use crate::protocol::ops::length;
use crate::protocol::types::iterators::CallableIter;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::model::Class;
use crate::object::value::{Args, Value, builtin};
use crate::protocol::iter::{PyIter, collect, iter_object, next_of};
use crate::protocol::ops::{self, type_name, type_of};
use crate::protocol::types::construct::{f64_arg, index_arg};
use crate::{Interp, PyErr, PyResult};

/// Registers the builtin functions.
pub fn install(vm: &Interp) {
    let table: &[(&'static str, crate::object::value::BuiltinFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", |vm, a| {
            Ok(Value::str(&ops::repr(vm, &one(vm, &a, "repr")?)?))
        }),
        ("ascii", |vm, a| {
            Ok(Value::str(&crate::protocol::text::format::ascii(
                &ops::repr(vm, &one(vm, &a, "ascii")?)?,
            )))
        }),
        ("abs", abs),
        ("all", |vm, a| {
            let mut it = PyIter::new(vm, &one(vm, &a, "all")?)?;
            while let Some(x) = it.next(vm)? {
                if !ops::truthy(vm, &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }),
        ("any", |vm, a| {
            let mut it = PyIter::new(vm, &one(vm, &a, "any")?)?;
            while let Some(x) = it.next(vm)? {
                if ops::truthy(vm, &x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }),
        ("bin", |vm, a| radix(vm, &one(vm, &a, "bin")?, 2, "0b")),
        ("oct", |vm, a| radix(vm, &one(vm, &a, "oct")?, 8, "0o")),
        ("hex", |vm, a| radix(vm, &one(vm, &a, "hex")?, 16, "0x")),
        ("callable", |vm, a| {
            let v = one(vm, &a, "callable")?;
            Ok(Value::Bool(is_callable(vm, &v)))
        }),
        ("chr", |vm, a| {
            let i = crate::protocol::types::construct::c_int_arg(vm, &one(vm, &a, "chr")?)?;
            match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => Ok(Value::str(&c.to_string())),
                None => Err(vm.value_error("chr() arg not in range(0x110000)")),
            }
        }),
        ("ord", |vm, a| {
            // A str or bytes subclass's value counts.
            let v = crate::protocol::types::construct::unwrap(&one(vm, &a, "ord")?);
            match &v {
                Value::Str(s) => {
                    let mut chars = s.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => Ok(Value::Int(c as i64)),
                        _ => Err(vm.type_error(format!(
                            "ord() expected a character, but string of length {} found",
                            s.chars().count()
                        ))),
                    }
                }
                Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(i64::from(b[0]))),
                _ => Err(vm.type_error(format!(
                    "ord() expected string of length 1, but {} found",
                    type_name(vm, &a.pos[0])
                ))),
            }
        }),
        ("divmod", |vm, a| {
            let (x, y) = two(vm, &a, "divmod")?;
            // A class's own __divmod__/__rdivmod__ (CPython's nb_divmod
            // slot) decides when either operand defines one.
            let mut defined = false;
            for (obj, name, other) in [(&x, "__divmod__", &y), (&y, "__rdivmod__", &x)] {
                if let Some(r) =
                    crate::protocol::classes::call_dunder1(vm, obj, name, other.clone())?
                {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                    defined = true;
                }
            }
            if defined {
                return Err(vm.type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    type_name(vm, &x),
                    type_name(vm, &y)
                )));
            }
            let q = ops::binary_op(vm, pyroclast_syntax::ast::BinOp::FloorDiv, &x, &y)?;
            let r = ops::binary_op(vm, pyroclast_syntax::ast::BinOp::Mod, &x, &y)?;
            Ok(Value::tuple(vec![q, r]))
        }),
        ("format", |vm, a| {
            const SIG: Sig = Sig::function("format", Style::Clinic, 1, 2);
            check(vm, &a, &SIG)?;
            let v = a.pos[0].clone();
            let spec = match a.pos.get(1) {
                Some(s) => match crate::protocol::types::construct::unwrap(s) {
                    Value::Str(_) => ops::to_str(vm, s)?,
                    _ => {
                        return Err(vm.type_error(format!(
                            "format() argument 2 must be str, not {}",
                            ops::type_name(vm, s)
                        )));
                    }
                },
                None => String::new(),
            };
            Ok(Value::str(&crate::protocol::text::format::format_value(
                vm, &v, &spec,
            )?))
        }),
        ("getattr", |vm, a| {
            const SIG: Sig = Sig::function("getattr", Style::Clinic, 2, 3);
            check(vm, &a, &SIG)?;
            let obj = &a.pos[0];
            let name = attr_name(vm, &a.pos[1])?;
            match crate::protocol::classes::getattr(vm, obj, &name) {
                Ok(v) => Ok(v),
                Err(e) if e.matches(vm, ExcKind::AttributeError) && a.pos.len() > 2 => {
                    Ok(a.pos[2].clone())
                }
                Err(e) => Err(e),
            }
        }),
        ("setattr", |vm, a| {
            const SIG: Sig = Sig::function("setattr", Style::Clinic, 3, 3);
            check(vm, &a, &SIG)?;
            let name = attr_name(vm, &a.pos[1])?;
            crate::protocol::classes::setattr(vm, &a.pos[0], &name, a.pos[2].clone())?;
            Ok(Value::None)
        }),
        ("hasattr", |vm, a| {
            const SIG: Sig = Sig::function("hasattr", Style::Clinic, 2, 2);
            check(vm, &a, &SIG)?;
            let name = attr_name(vm, &a.pos[1])?;
            match crate::protocol::classes::getattr(vm, &a.pos[0], &name) {
                Ok(_) => Ok(Value::Bool(true)),
                Err(e) if e.matches(vm, ExcKind::AttributeError) => Ok(Value::Bool(false)),
                Err(e) => Err(e),
            }
        }),
        ("delattr", |vm, a| {
            const SIG: Sig = Sig::function("delattr", Style::Clinic, 2, 2);
            check(vm, &a, &SIG)?;
            let name = attr_name(vm, &a.pos[1])?;
            crate::protocol::classes::delattr(vm, &a.pos[0], &name)?;
            Ok(Value::None)
        }),
        ("hash", |vm, a| {
            Ok(Value::Int(ops::hash(vm, &one(vm, &a, "hash")?)?))
        }),
        ("id", |vm, a| Ok(Value::Int(one(vm, &a, "id")?.id() as i64))),
        ("input", input),
        ("open", open),
        ("isinstance", |vm, a| {
            let (v, c) = two(vm, &a, "isinstance")?;
            Ok(Value::Bool(isinstance(vm, &v, &c)?))
        }),
        ("issubclass", |vm, a| {
            let (v, c) = two(vm, &a, "issubclass")?;
            let Value::Class(sub) = &v else {
                return Err(vm.type_error("issubclass() arg 1 must be a class"));
            };
            Ok(Value::Bool(subclass_matches(vm, sub, &c)?))
        }),
        ("__import__", |vm, a| {
            // `__import__(name, globals, locals, fromlist, level)`: the
            // package for `import a.b`, the module itself with a fromlist.
            const SIG: Sig = Sig::function("__import__", Style::KwClinic, 1, 5)
                .named(&["name", "globals", "locals", "fromlist", "level"], 1);
            let (_, slots) = crate::protocol::args::bind(vm, a, &SIG)?;
            let name = match &slots[0] {
                Some(Value::Str(s)) => s.clone(),
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "__import__() argument 1 must be str, not {}",
                        crate::protocol::ops::type_name(vm, other)
                    )));
                }
                None => {
                    return Err(
                        vm.type_error("__import__() missing required argument 'name' (pos 1)")
                    );
                }
            };
            let globals = slots[1].clone().unwrap_or(Value::None);
            let lookup = |k: &str| -> PyResult<Option<Value>> {
                match &globals {
                    Value::None => Ok(None),
                    g => match crate::protocol::containers::getitem(vm, g, &Value::str(k)) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if e.matches(vm, ExcKind::KeyError) => Ok(None),
                        Err(e) => Err(e),
                    },
                }
            };
            let mut fromlist = Vec::new();
            if let Some(f) = &slots[3]
                && !matches!(f, Value::None)
            {
                for item in crate::protocol::iter::collect(vm, f)? {
                    fromlist.push(crate::protocol::ops::to_str_rc(vm, &item)?);
                }
            }
            let level = match &slots[4] {
                Some(Value::Int(n)) if *n < 0 => {
                    return Err(vm.error(ExcKind::ValueError, "level must be >= 0"));
                }
                Some(Value::Int(n)) => *n as usize,
                Some(Value::Bool(b)) => usize::from(*b),
                None => 0,
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        crate::protocol::ops::type_name(vm, other)
                    )));
                }
            };
            crate::protocol::imports::import_module(vm, &name, &lookup, &fromlist, level)
        }),
        ("iter", |vm, a| {
            const SIG: Sig = Sig::function("iter", Style::Clinic, 1, 2);
            check(vm, &a, &SIG)?;
            if a.pos.len() == 2 {
                return Ok(CallableIter::value(a.pos[0].clone(), a.pos[1].clone()));
            }
            iter_object(vm, &a.pos[0])
        }),
        ("exit", exit),
        ("quit", exit),
        ("next", |vm, a| {
            const SIG: Sig = Sig::function("next", Style::Clinic, 1, 2);
            check(vm, &a, &SIG)?;
            let it = a.pos[0].clone();
            if let Some(g) = crate::protocol::generator::as_generator(&it)
                && g.kind == crate::protocol::generator::Kind::Generator
            {
                return match crate::protocol::generator::send(
                    vm,
                    g,
                    crate::protocol::generator::Resume::Send(Value::None),
                ) {
                    Err(e) if e.matches(vm, ExcKind::StopIteration) && a.pos.len() > 1 => {
                        Ok(a.pos[1].clone())
                    }
                    other => other,
                };
            }
            if !crate::protocol::iter::is_iterator(vm, &it) {
                return Err(vm.type_error(format!(
                    "'{}' object is not an iterator",
                    type_name(vm, &it)
                )));
            }
            match next_of(vm, &it)? {
                Some(v) => Ok(v),
                None => match a.pos.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(PyErr(
                        vm.new_exception(&vm.exc_class(ExcKind::StopIteration), vec![]),
                    )),
                },
            }
        }),
        ("max", |vm, a| min_max(vm, a, "max")),
        ("min", |vm, a| min_max(vm, a, "min")),
        ("pow", pow),
        ("round", round),
        ("sorted", sorted),
        ("sum", sum),
        ("vars", |vm, a| {
            const SIG: Sig = Sig::function("vars", Style::Clinic, 0, 1);
            check(vm, &a, &SIG)?;
            // `vars()` without an argument (the caller's locals) is not
            // supported here.
            let v = one(vm, &a, "vars")?;
            match &v {
                Value::Instance(i) => Ok(crate::protocol::types::construct::instance_dict(i)),
                Value::Class(c) => {
                    Ok(crate::protocol::types::mappingproxy::MappingProxy::of_class(c))
                }
                Value::Module(m) => Ok(crate::protocol::types::construct::namespace_dict(
                    vm,
                    &m.globals.borrow(),
                )),
                _ => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            }
        }),
        ("dir", |vm, a| {
            const SIG: Sig = Sig::function("dir", Style::Clinic, 0, 1);
            check(vm, &a, &SIG)?;
            // `dir()` without an argument is the evaluator's (it needs the
            // caller's frame).
            let v = one(vm, &a, "dir")?;
            let mut names: Vec<String> = Vec::new();
            let class = type_of(vm, &v);
            if let Value::Instance(i) = &v {
                names.extend(i.dict.borrow().keys().map(|k| k.to_string()));
            }
            if let Value::Module(m) = &v {
                // A module's `__dir__` lists its namespace only.
                names.extend(m.globals.borrow().keys().map(|k| k.to_string()));
                names.sort();
                return Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()));
            }
            let c = if let Value::Class(c) = &v {
                c.clone()
            } else {
                class
            };
            for k in c.mro_iter() {
                names.extend(k.dict.borrow().keys().map(|k| k.to_string()));
            }
            names.sort();
            names.dedup();
            Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
        }),
        ("aiter", crate::protocol::awaiting::aiter),
        ("anext", crate::protocol::awaiting::anext),
        ("globals", |_, _| {
            Ok(Value::dict(crate::object::dict::Dict::new()))
        }),
        // Like `globals`: a direct `locals()` call is the evaluator's.
        ("locals", |_, _| {
            Ok(Value::dict(crate::object::dict::Dict::new()))
        }),
    ];
    let mut b = vm.builtins.borrow_mut();
    for (name, f) in table {
        b.insert(Rc::from(*name), builtin(name, *f));
    }
    let fast: &[(&str, crate::object::value::FastFn)] = &[
        ("len", |vm, a| match a {
            [v] => Some(length(vm, v).map(|n| Value::Int(n as i64))),
            _ => None,
        }),
        ("isinstance", |vm, a| match a {
            [v, c] => Some(isinstance(vm, v, c).map(Value::Bool)),
            _ => None,
        }),
    ];
    for (name, f) in fast {
        let v = b.get_mut(*name);
        debug_assert!(v.is_some(), "no builtin {name} to give a shortcut");
        if let Some(v) = v {
            *v = crate::object::value::with_fast(v, *f);
        }
    }
}

fn attr_name(vm: &Interp, v: &Value) -> PyResult<Rc<str>> {
    // A str subclass's value counts.
    match crate::protocol::types::construct::unwrap(v) {
        Value::Str(s) => Ok(s),
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(vm, v)
        ))),
    }
}

fn class_matches(vm: &Interp, class: &Rc<Class>, c: &Value, fname: &str) -> PyResult<bool> {
    if let Some(u) = c.native::<crate::protocol::ops::UnionType>() {
        for m in &u.args {
            let m = match m {
                Value::None => Value::Class(vm.types.none.clone()),
                other => other.clone(),
            };
            if class_matches(vm, class, &m, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match c {
        Value::Class(k) => Ok(class.is_subclass(k)),
        Value::Tuple(items) => {
            for i in items.iter() {
                if class_matches(vm, class, i, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if c
            .native::<crate::protocol::types::generic_alias::GenericAlias>()
            .is_some() =>
        {
            Err(vm.type_error(format!(
                "{fname}() argument 2 cannot be a parameterized generic"
            )))
        }
        _ => Err(vm.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `isinstance(v, c)`: a class whose metaclass defines `__instancecheck__`
/// (an ABC) decides for itself, after the exact-type shortcut.
pub fn isinstance(vm: &Interp, v: &Value, c: &Value) -> PyResult<bool> {
    let class = type_of(vm, v);
    match c {
        // Nested tuples recurse: one level each, as in CPython.
        Value::Tuple(items) => vm.nested(" in __instancecheck__", || {
            for i in items.iter() {
                if isinstance(vm, v, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }),
        Value::Class(k) if !Rc::ptr_eq(&class, k) && has_meta_hook(k, "__instancecheck__") => {
            let r = crate::protocol::classes::call_dunder1(vm, c, "__instancecheck__", v.clone())?;
            match r {
                Some(r) => crate::protocol::ops::truthy(vm, &r),
                None => Ok(class.is_subclass(k)),
            }
        }
        _ => {
            if class_matches(vm, &class, c, "isinstance")? {
                return Ok(true);
            }
            claimed_class_matches(vm, v, &class, c)
        }
    }
}

/// CPython's second chance for `isinstance`: an instance whose class
/// overrides `__class__` (as `unittest.mock`'s spec'd mocks do) is also
/// an instance of the class that attribute reports.
fn claimed_class_matches(vm: &Interp, v: &Value, class: &Rc<Class>, c: &Value) -> PyResult<bool> {
    let overridden = matches!(v, Value::Instance(_))
        && class.mro_iter().any(|k| {
            !Rc::ptr_eq(k, &vm.types.object) && k.dict.borrow().get("__class__").is_some()
        });
    if !overridden {
        return Ok(false);
    }
    match crate::protocol::classes::getattr(vm, v, "__class__") {
        Ok(Value::Class(claimed)) if !Rc::ptr_eq(&claimed, class) => {
            class_matches(vm, &claimed, c, "isinstance")
        }
        Ok(_) => Ok(false),
        Err(e) if e.matches(vm, ExcKind::AttributeError) => Ok(false),
        Err(e) => Err(e),
    }
}

/// `issubclass(sub, c)`, with the metaclass's `__subclasscheck__` when it
/// has one.
fn subclass_matches(vm: &Interp, sub: &Rc<Class>, c: &Value) -> PyResult<bool> {
    match c {
        Value::Tuple(items) => vm.nested(" in __subclasscheck__", || {
            for i in items.iter() {
                if subclass_matches(vm, sub, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }),
        Value::Class(k) if has_meta_hook(k, "__subclasscheck__") => {
            let r = crate::protocol::classes::call_dunder1(
                vm,
                c,
                "__subclasscheck__",
                Value::Class(sub.clone()),
            )?;
            match r {
                Some(r) => crate::protocol::ops::truthy(vm, &r),
                None => Ok(sub.is_subclass(k)),
            }
        }
        _ => class_matches(vm, sub, c, "issubclass"),
    }
}

/// True when `k`'s metaclass (a user metaclass) defines `name`.
fn has_meta_hook(k: &Rc<Class>, name: &str) -> bool {
    k.metaclass
        .borrow()
        .as_ref()
        .is_some_and(|m| m.lookup(name).is_some())
}

fn print(vm: &Interp, mut a: Args) -> PyResult<Value> {
    // `print(*args, sep=' ', end='\n', file=None, flush=False)`. Argument
    // Clinic's parser for `*args` does not count the keywords: too many is
    // an unknown one.
    const SIG: Sig = Sig {
        max: usize::MAX,
        ..Sig::function("print", Style::Kw, 0, 0).named(&["sep", "end", "file", "flush"], 0)
    };
    check_keywords(vm, &a.kw, &SIG)?;
    // A str subclass's value counts.
    let text = |v: Option<Value>, what: &str, default: &str| match v {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(v) => match crate::protocol::types::construct::unwrap(&v) {
            Value::Str(s) => Ok(s.to_string()),
            _ => Err(vm.type_error(format!(
                "{what} must be None or a string, not {}",
                type_name(vm, &v)
            ))),
        },
    };
    let sep = text(a.take_kw("sep"), "sep", " ")?;
    let end = text(a.take_kw("end"), "end", "\n")?;
    let file = a.take_kw("file");
    let flush = a.take_kw("flush");
    let mut out = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v {
            Value::Str(s) => out.push_str(s),
            other => out.push_str(&ops::to_str(vm, other)?),
        }
    }
    out.push_str(&end);
    match file.or_else(|| crate::protocol::io::replaced_stream(vm, "stdout")) {
        None | Some(Value::None) => {
            vm.write(&out);
            vm.check_output()?;
        }
        Some(f) => {
            crate::protocol::classes::call_method(
                vm,
                &f,
                "write",
                Args::new(vec![Value::str(&out)]),
            )?;
        }
    }
    if flush.is_some_and(|f| ops::truthy(vm, &f).unwrap_or(false)) {
        vm.flush();
        vm.check_output()?;
    }
    Ok(Value::None)
}

fn len(vm: &Interp, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "len")?;
    Ok(Value::Int(length(vm, &v)? as i64))
}

fn abs(vm: &Interp, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "abs")?;
    match &v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(x) => Value::Int(x),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => match crate::protocol::classes::call_dunder(vm, &v, "__abs__", vec![])? {
            Some(r) => Ok(r),
            None if let Value::Instance(i) = &v
                && let Some(p) = i.payload.borrow().clone() =>
            {
                abs(vm, Args::new(vec![p]))
            }
            None => Err(vm.type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(vm, &v)
            ))),
        },
    }
}

fn radix(vm: &Interp, v: &Value, base: u32, prefix: &str) -> PyResult<Value> {
    // An int subclass's value is read directly, as `operator.index` does.
    let v = match crate::protocol::types::construct::unwrap(v) {
        u @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => u,
        _ => match crate::protocol::classes::call_dunder(vm, v, "__index__", vec![])? {
            Some(r) => r,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(vm, v)
                )));
            }
        },
    };
    let b = ops::to_bigint(&v).unwrap_or_default();
    let digits = b.abs().to_str_radix(base);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(Value::str(&format!("{sign}{prefix}{digits}")))
}

fn input(vm: &Interp, a: Args) -> PyResult<Value> {
    if let Some(p) = a.pos.first() {
        vm.write(&ops::to_str(vm, p)?);
    }
    let mut line = vm.read_line()?;
    if line.is_empty() {
        return Err(vm.error(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(Value::str(&line))
}

/// `open()`: the one in `_io` (Python over the host-granted filesystem),
/// imported on first use so scripts that never open a file don't load it.
fn open(vm: &Interp, a: Args) -> PyResult<Value> {
    let io = vm.import("_io")?;
    let f = crate::protocol::classes::getattr(vm, &io, "open")?;
    crate::protocol::call::call(vm, &f, a)
}

fn min_max(vm: &Interp, mut a: Args, name: &str) -> PyResult<Value> {
    // At least one positional argument, then the keywords alone
    // (`PyArg_ParseTupleAndKeywords(empty, kwds, "|$OO:max")`).
    const MIN: Sig = Sig::function("min", Style::Clinic, 1, usize::MAX);
    const MAX: Sig = Sig::function("max", Style::Clinic, 1, usize::MAX);
    const MIN_KW: Sig = Sig::function("min", Style::Kw, 0, 0).named(&["key", "default"], 0);
    const MAX_KW: Sig = Sig::function("max", Style::Kw, 0, 0).named(&["key", "default"], 0);
    let (count, kw) = if name == "max" {
        (&MAX, &MAX_KW)
    } else {
        (&MIN, &MIN_KW)
    };
    check_count(vm, a.pos.len(), count)?;
    check_keywords(vm, &a.kw, kw)?;
    let key = a.take_kw("key").filter(|k| !matches!(k, Value::None));
    let default = a.take_kw("default");
    let items = match a.pos.len() {
        1 => collect(vm, &a.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            std::mem::take(&mut a.pos)
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => crate::protocol::call::call(vm, f, Args::new(vec![item.clone()]))?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                let op = if name == "max" {
                    pyroclast_syntax::ast::CmpOp::Gt
                } else {
                    pyroclast_syntax::ast::CmpOp::Lt
                };
                let better = match (&k, &bk) {
                    (Value::Int(x), Value::Int(y)) => {
                        if name == "max" {
                            x > y
                        } else {
                            x < y
                        }
                    }
                    _ => ops::truthy(vm, &ops::compare(vm, op, &k, &bk)?)?,
                };
                if better { (k, item) } else { (bk, bv) }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn pow(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("pow", Style::Kw, 0, 0).named(&["base", "exp", "mod"], 2);
    check(vm, &a, &SIG)?;
    let none = Value::None;
    let x = param(&a, &SIG, 0).unwrap_or(&none);
    let y = param(&a, &SIG, 1).unwrap_or(&none);
    let Some(m) = param(&a, &SIG, 2).filter(|m| !matches!(m, Value::None)) else {
        return ops::binary_op(vm, pyroclast_syntax::ast::BinOp::Pow, x, y);
    };
    // int subclasses take part with their values.
    let int = |v| ops::to_bigint(&crate::protocol::types::construct::unwrap(v));
    let (Some(b), Some(e), Some(m)) = (int(x), int(y), int(m)) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (base, exp) = if e.is_negative() {
        let g = b.extended_gcd(&m);
        if !g.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        (g.x.mod_floor(&m), -e)
    } else {
        (b, e)
    };
    let mut r = base.modpow(&exp, &m.abs());
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(Value::from_bigint(r))
}

fn round(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("round", Style::Kw, 0, 0).named(&["number", "ndigits"], 1);
    check(vm, &a, &SIG)?;
    let v = param(&a, &SIG, 0).cloned().unwrap_or(Value::None);
    let builtin_number = matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    );
    // Other types' __round__ gets ndigits as given (Decimal checks it).
    let nd = match param(&a, &SIG, 1) {
        None | Some(Value::None) => None,
        // Beyond i64 is clamped, as CPython's `PyNumber_AsSsize_t(n, NULL)`.
        Some(n) if builtin_number => match crate::protocol::containers::as_index(vm, n)? {
            Some(n) => Some(n),
            None => Some(index_arg(vm, n)?),
        },
        Some(_) => Some(0),
    };
    match (&v, nd) {
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => {
            crate::protocol::types::construct::to_int(vm, &v)
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(n)) => {
            if n >= 0 {
                return crate::protocol::types::construct::to_int(vm, &v);
            }
            let b = ops::to_bigint(&v).unwrap_or_default();
            if n.unsigned_abs() > b.bits() / 3 + 2 {
                // 10**-n is more than twice |b|: it rounds to zero.
                return Ok(Value::Int(0));
            }
            let p = num_traits::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = b.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.error(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let r = f.round_ties_even();
            Ok(Value::from_bigint(
                ops::float_to_bigint(r).unwrap_or_default(),
            ))
        }
        (Value::Float(f), Some(n)) => Ok(Value::Float(round_float(*f, n))),
        _ => match crate::protocol::classes::call_dunder(vm, &v, "__round__", a.pos[1..].to_vec())?
        {
            Some(r) => Ok(r),
            // An int or float subclass rounds as its base does.
            None if let u @ (Value::Int(_)
            | Value::BigInt(_)
            | Value::Bool(_)
            | Value::Float(_)) = crate::protocol::types::construct::unwrap(&v) =>
            {
                let mut pos = vec![u];
                pos.extend(param(&a, &SIG, 1).cloned());
                round(vm, Args::new(pos))
            }
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(vm, &v)
            ))),
        },
    }
}

/// CPython's correctly rounded `round(x, n)`.
pub fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    // CPython's NDIGITS_MAX/NDIGITS_MIN: past them the result is x or a
    // signed zero, whatever the (possibly huge) ndigits.
    if n > 323 {
        return x;
    }
    if n < -308 {
        return 0.0 * x;
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, x);
        return s.parse().unwrap_or(x);
    }
    let p = 10f64.powi((-n) as i32);
    let y = (x / p).round_ties_even() * p;
    if y.is_finite() { y } else { x }
}

fn sorted(vm: &Interp, mut a: Args) -> PyResult<Value> {
    // The iterable, then `list.sort`'s keywords.
    const COUNT: Sig = Sig::function("sorted", Style::Clinic, 1, 1);
    const SORT: Sig = Sig::function("sort", Style::Kw, 0, 0).named(&["key", "reverse"], 0);
    check_count(vm, a.pos.len(), &COUNT)?;
    check_keywords(vm, &a.kw, &SORT)?;
    let key = a.take_kw("key").filter(|k| !matches!(k, Value::None));
    let reverse = match a.take_kw("reverse") {
        Some(r) => ops::truthy(vm, &r)?,
        None => false,
    };
    let mut items = collect(vm, &a.pos[0])?;
    crate::protocol::sort::timsort(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn sum(vm: &Interp, a: Args) -> PyResult<Value> {
    // `sum(iterable, /, start=0)`.
    const SIG: Sig = Sig::function("sum", Style::Kw, 0, 0)
        .named(&["iterable", "start"], 1)
        .posonly(1);
    check(vm, &a, &SIG)?;
    let start = param(&a, &SIG, 1).cloned().unwrap_or(Value::Int(0));
    if matches!(start, Value::Str(_)) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let mut acc = start;
    let mut it = PyIter::new(vm, &a.pos[0])?;
    while let Some(x) = it.next(vm)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) if p.checked_add(*q).is_some() => Value::Int(p + q),
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            _ => ops::binary_op(vm, pyroclast_syntax::ast::BinOp::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

/// `exit()` / `quit()`: raise SystemExit.
fn exit(vm: &Interp, mut a: Args) -> PyResult<Value> {
    Err(PyErr(vm.new_exception(
        &vm.exc_class(ExcKind::SystemExit),
        std::mem::take(&mut a.pos),
    )))
}

/// Helper for modules: a big-int argument as i64, saturating.
pub fn to_i64_saturating(v: &BigInt) -> i64 {
    v.to_i64()
        .unwrap_or(if v.is_negative() { i64::MIN } else { i64::MAX })
}

/// Helper for modules: an f64 argument.
pub fn float_arg(vm: &Interp, v: &Value) -> PyResult<f64> {
    f64_arg(vm, v)
}

pub use crate::protocol::call::is_callable;
