//! `unicodedata`: names, categories, numeric values and normalization,
//! from the Unicode tables of `rustpython-unicode`.

use rustpython_unicode::{NormalizeForm, Ucd};
use rustpython_wtf8::{CodePoint, Wtf8};

use crate::object::exc_kind::ExcKind;
use crate::object::model::Namespace;
use crate::object::value::{Args, BuiltinFn, Value};
use crate::protocol::ops::type_name;
use crate::{Interp, PyResult};

/// Builds the `unicodedata` module.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    let mut entries = vec![(
        "unidata_version",
        Value::str(&rustpython_unicode::unicode_version()),
    )];
    entries.extend(super::toolkit::functions(FUNCTIONS));
    super::toolkit::fill(ns, entries);
    Ok(())
}

/// The arguments (1 or 2) of `f(chr[, default])`.
fn char_args(vm: &Interp, a: &Args, name: &str, max: usize) -> PyResult<char> {
    let n = a.pos.len() + a.kw.len();
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if n == 0 || n > max {
        return Err(vm.type_error(if max == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else {
            format!("{name} expected at least 1 argument, got {n}")
        }));
    }
    let v = &a.pos[0];
    let Value::Str(s) = v else {
        return Err(vm.type_error(format!(
            "{name}() argument 1 must be a unicode character, not {}",
            type_name(vm, v)
        )));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error(format!(
            "{name}() argument 1 must be a unicode character, not str"
        ))),
    }
}

/// `f(chr[, default])` for the numeric lookups: the value, the default,
/// or ValueError `msg`.
fn numeric(vm: &Interp, a: &Args, v: Option<Value>, msg: &str) -> PyResult<Value> {
    match (v, a.pos.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.value_error(msg.to_string())),
    }
}

const UCD: Ucd = Ucd::new(true);

fn cp(c: char) -> CodePoint {
    CodePoint::from(c)
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("name", |vm, a| {
        let c = char_args(vm, &a, "name", 2)?;
        match (rustpython_unicode::character_name(c), a.pos.get(1)) {
            (Some(n), _) => Ok(Value::str(&n)),
            (None, Some(d)) => Ok(d.clone()),
            (None, None) => Err(vm.value_error("no such name")),
        }
    }),
    ("lookup", |vm, a| {
        let name = match (a.pos.first(), a.pos.len() + a.kw.len()) {
            (Some(Value::Str(s)), 1) => s.clone(),
            (Some(v), 1) => {
                return Err(vm.type_error(format!(
                    "lookup() argument must be str, not {}",
                    type_name(vm, v)
                )));
            }
            (_, n) => {
                return Err(
                    vm.type_error(format!("lookup() takes exactly one argument ({n} given)"))
                );
            }
        };
        let found = pyroclast_syntax::strings::plausible_character_name(&name)
            .then(|| rustpython_unicode::lookup_name(&name))
            .flatten();
        match found {
            Some(rustpython_unicode::LookupResult::Character(c)) => Ok(Value::str(&c.to_string())),
            Some(rustpython_unicode::LookupResult::Sequence(s)) => Ok(Value::str(s)),
            None => Err(vm.error(
                ExcKind::KeyError,
                // CPython's `'%s'`: the name as given, not its repr.
                format!("undefined character name '{name}'"),
            )),
        }
    }),
    ("category", |vm, a| {
        let c = char_args(vm, &a, "category", 1)?;
        Ok(Value::str(UCD.category(cp(c))))
    }),
    ("bidirectional", |vm, a| {
        let c = char_args(vm, &a, "bidirectional", 1)?;
        Ok(Value::str(UCD.bidirectional(cp(c))))
    }),
    ("combining", |vm, a| {
        let c = char_args(vm, &a, "combining", 1)?;
        Ok(Value::Int(i64::from(UCD.combining(cp(c)))))
    }),
    ("mirrored", |vm, a| {
        let c = char_args(vm, &a, "mirrored", 1)?;
        Ok(Value::Int(i64::from(UCD.mirrored(cp(c)))))
    }),
    ("east_asian_width", |vm, a| {
        let c = char_args(vm, &a, "east_asian_width", 1)?;
        Ok(Value::str(UCD.east_asian_width(cp(c))))
    }),
    ("decomposition", |vm, a| {
        let c = char_args(vm, &a, "decomposition", 1)?;
        Ok(Value::str(&UCD.decomposition(cp(c))))
    }),
    ("decimal", |vm, a| {
        let c = char_args(vm, &a, "decimal", 2)?;
        let v = UCD.decimal(cp(c)).map(|d| Value::Int(d as i64));
        numeric(vm, &a, v, "not a decimal")
    }),
    ("digit", |vm, a| {
        let c = char_args(vm, &a, "digit", 2)?;
        let v = UCD.digit(cp(c)).map(|d| Value::Int(d as i64));
        numeric(vm, &a, v, "not a digit")
    }),
    ("numeric", |vm, a| {
        let c = char_args(vm, &a, "numeric", 2)?;
        let v = UCD.numeric(cp(c)).map(Value::Float);
        numeric(vm, &a, v, "not a numeric character")
    }),
    ("normalize", |vm, a| normalize(vm, &a, false)),
    ("is_normalized", |vm, a| normalize(vm, &a, true)),
];

/// `normalize(form, unistr)` and `is_normalized(form, unistr)`.
fn normalize(vm: &Interp, a: &Args, check: bool) -> PyResult<Value> {
    let name = if check { "is_normalized" } else { "normalize" };
    if a.pos.len() != 2 || !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{name} expected 2 arguments, got {}",
            a.pos.len() + a.kw.len()
        )));
    }
    let (Value::Str(form), Value::Str(text)) = (&a.pos[0], &a.pos[1]) else {
        let (i, v) = if matches!(a.pos[0], Value::Str(_)) {
            (2, &a.pos[1])
        } else {
            (1, &a.pos[0])
        };
        return Err(vm.type_error(format!(
            "{name}() argument {i} must be str, not {}",
            type_name(vm, v)
        )));
    };
    let Ok(form) = form.parse::<NormalizeForm>() else {
        return Err(vm.value_error("invalid normalization form"));
    };
    let w = Wtf8::new(&**text);
    if check {
        return Ok(Value::Bool(rustpython_unicode::is_normalized(form, w)));
    }
    let out = rustpython_unicode::normalize(form, w);
    match out.as_str() {
        Ok(s) => Ok(Value::str(s)),
        Err(_) => Err(vm.value_error("normalization produced a lone surrogate")),
    }
}
