//! `re.Match`: the result of a successful match.

use std::any::Any;
use std::rc::Rc;

use super::pattern::{Pattern, parse_template};
use super::{Found, Subject, template};
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, Layout};
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::types::construct::unwrap;
use crate::stdlib::toolkit::{bind_args, cached_class, new_class, split_receiver, this};
use crate::{Interp, PyResult};

/// A match: the pattern, the subject and the spans found.
pub struct MatchObj {
    pattern: Value,
    subject: Rc<Subject>,
    found: Found,
    pos: usize,
    endpos: usize,
}

/// A new `re.Match` value.
pub fn new(pattern: Value, subject: Rc<Subject>, found: Found, pos: usize, endpos: usize) -> Value {
    Value::Native(Rc::new(MatchObj {
        pattern,
        subject,
        found,
        pos,
        endpos,
    }))
}

impl MatchObj {
    fn pattern(&self) -> Option<&Pattern> {
        self.pattern.native::<Pattern>()
    }

    fn groups(&self) -> usize {
        self.found.spans.len() - 1
    }

    /// The group number `v` names (an int or a group name).
    fn index(&self, vm: &Interp, v: &Value) -> PyResult<usize> {
        let no_such = || vm.error(ExcKind::IndexError, "no such group");
        let i = match unwrap(v) {
            Value::Int(i) => i,
            Value::Bool(b) => i64::from(b),
            Value::BigInt(_) => return Err(no_such()),
            Value::Str(s) => match self.pattern().and_then(|p| p.index_of(&s)) {
                Some(g) => g as i64,
                None => return Err(no_such()),
            },
            other => {
                crate::protocol::ops::hash(vm, &other)?;
                return Err(no_such());
            }
        };
        match usize::try_from(i) {
            Ok(g) if g <= self.groups() => Ok(g),
            _ => Err(no_such()),
        }
    }

    fn text(&self, g: usize, default: &Value) -> Value {
        match self.found.spans[g] {
            Some((a, b)) => self.subject.slice(a, b),
            None => default.clone(),
        }
    }

    fn span(&self, g: usize) -> (i64, i64) {
        self.found.spans[g].map_or((-1, -1), |(a, b)| (a as i64, b as i64))
    }

    fn repr(&self, vm: &Interp) -> PyResult<String> {
        let (a, b) = self.span(0);
        let mut text = crate::protocol::ops::repr(vm, &self.text(0, &Value::None))?;
        if let Some((i, _)) = text.char_indices().nth(50) {
            text.truncate(i);
        }
        Ok(format!("<re.Match object; span=({a}, {b}), match={text}>"))
    }

    fn lastgroup(&self) -> Value {
        let name = self.found.lastindex.and_then(|i| {
            self.pattern().and_then(|p| {
                p.names
                    .iter()
                    .find(|(_, g)| *g == i)
                    .map(|(n, _)| n.clone())
            })
        });
        name.map_or(Value::None, |n| Value::str(&n))
    }
}

impl Native for MatchObj {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        class(vm)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some(self.repr(vm))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "string" => self.subject.value.clone(),
            "re" => self.pattern.clone(),
            "pos" => Value::Int(self.pos as i64),
            "endpos" => Value::Int(self.endpos as i64),
            "lastindex" => self
                .found
                .lastindex
                .map_or(Value::None, |i| Value::Int(i as i64)),
            "lastgroup" => self.lastgroup(),
            "regs" => Value::tuple(
                (0..=self.groups())
                    .map(|g| {
                        let (a, b) = self.span(g);
                        Value::tuple(vec![Value::Int(a), Value::Int(b)])
                    })
                    .collect(),
            ),
            _ => return None,
        }))
    }
}

fn receiver<'a>(vm: &Interp, v: &'a Value) -> PyResult<&'a MatchObj> {
    v.native::<MatchObj>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor for 're.Match' objects doesn't apply to a '{}' object",
            crate::protocol::ops::type_name(vm, v)
        ))
    })
}

/// The optional group argument of `start`/`end`/`span` (default 0).
fn group_arg(vm: &Interp, m: &MatchObj, a: &Args, name: &str) -> PyResult<usize> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match a.pos.len() {
        1 => Ok(0),
        2 => m.index(vm, &a.pos[1]),
        n => Err(vm.type_error(format!("{name} expected at most 1 argument, got {}", n - 1))),
    }
}

fn default_arg(vm: &Interp, mut a: Args, name: &str) -> PyResult<(Value, Value)> {
    let (me, rest) = split_receiver(vm, &mut a)?;
    let v = bind_args(vm, name, rest, &["default"], 0)?;
    Ok((me, v[0].clone().unwrap_or(Value::None)))
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("group", |vm, a| {
        let me = this(vm, &a)?;
        let m = receiver(vm, &me)?;
        if !a.kw.is_empty() {
            return Err(vm.type_error("group() takes no keyword arguments"));
        }
        match a.pos.len() {
            1 => Ok(m.text(0, &Value::None)),
            2 => Ok(m.text(m.index(vm, &a.pos[1])?, &Value::None)),
            _ => {
                let mut out = Vec::with_capacity(a.pos.len() - 1);
                for g in &a.pos[1..] {
                    out.push(m.text(m.index(vm, g)?, &Value::None));
                }
                Ok(Value::tuple(out))
            }
        }
    }),
    ("__getitem__", |vm, a| {
        let me = this(vm, &a)?;
        let m = receiver(vm, &me)?;
        let g = a.pos.get(1).cloned().unwrap_or(Value::None);
        Ok(m.text(m.index(vm, &g)?, &Value::None))
    }),
    ("groups", |vm, a| {
        let (me, default) = default_arg(vm, a, "groups")?;
        let m = receiver(vm, &me)?;
        Ok(Value::tuple(
            (1..=m.groups()).map(|g| m.text(g, &default)).collect(),
        ))
    }),
    ("groupdict", |vm, a| {
        let (me, default) = default_arg(vm, a, "groupdict")?;
        let m = receiver(vm, &me)?;
        let mut d = crate::object::dict::Dict::new();
        if let Some(p) = m.pattern() {
            for (n, g) in &p.names {
                d.set(vm, Value::str(n), m.text(*g, &default))?;
            }
        }
        Ok(Value::dict(d))
    }),
    ("start", |vm, a| {
        let me = this(vm, &a)?;
        let m = receiver(vm, &me)?;
        Ok(Value::Int(m.span(group_arg(vm, m, &a, "start")?).0))
    }),
    ("end", |vm, a| {
        let me = this(vm, &a)?;
        let m = receiver(vm, &me)?;
        Ok(Value::Int(m.span(group_arg(vm, m, &a, "end")?).1))
    }),
    ("span", |vm, a| {
        let me = this(vm, &a)?;
        let m = receiver(vm, &me)?;
        let (s, e) = m.span(group_arg(vm, m, &a, "span")?);
        Ok(Value::tuple(vec![Value::Int(s), Value::Int(e)]))
    }),
    ("expand", |vm, mut a| {
        let (me, rest) = split_receiver(vm, &mut a)?;
        let m = receiver(vm, &me)?;
        let v = bind_args(vm, "expand", rest, &["template"], 1)?;
        let t = v[0].clone().unwrap_or(Value::None);
        let Some(p) = m.pattern() else {
            return Ok(Value::None);
        };
        let pieces = parse_template(vm, p, &t)?;
        template::expand(vm, &pieces, &m.found, &m.subject)
    }),
    ("__copy__", |vm, a| this(vm, &a)),
    ("__deepcopy__", |vm, a| this(vm, &a)),
    ("__class_getitem__", |_, a| {
        Ok(crate::protocol::types::generic_alias::new(
            a.pos.first().cloned().unwrap_or(Value::None),
            a.pos.get(1).cloned().unwrap_or(Value::None),
        ))
    }),
];

/// The `re.Match` class.
pub fn class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "re.Match", |vm| {
        new_class(vm, "Match", "re", vec![], Layout::Object, "Match", METHODS)
    })
}
