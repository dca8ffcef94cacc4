//! `re.Pattern`: a compiled pattern and its methods.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::flags::{ASCII, LOCALE, REPR_ORDER, UNICODE};
use super::parser::ErrKind;
use super::template::{self, Piece};
use super::{Found, Mode, Subject, exec, exec_in, matchobj, re_error};
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, Layout};
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::call::call;
use crate::protocol::types::construct::{index_arg, unwrap};
use crate::stdlib::toolkit::{bind_args, cached_class, new_class, split_receiver, this};
use crate::{Interp, PyResult};
use rustpython_sre_engine::State;

/// A compiled pattern.
pub struct Pattern {
    /// The pattern's source, a str or bytes (`Pattern.pattern`).
    pub source: Value,
    /// A str pattern (not bytes).
    pub is_str: bool,
    /// All flags, inline ones and the default type flag included.
    pub flags: u32,
    /// The engine's code.
    pub code: Vec<u32>,
    /// Number of capturing groups.
    pub groups: usize,
    /// Named groups, in definition order.
    pub names: Vec<(String, usize)>,
}

impl Native for Pattern {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        class(vm)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some(self.repr(vm))
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "pattern" => self.source.clone(),
            "flags" => Value::Int(i64::from(self.flags)),
            "groups" => Value::Int(self.groups as i64),
            "groupindex" => return Some(self.groupindex(vm)),
            _ => return None,
        }))
    }
}

impl Pattern {
    /// The group number a name stands for.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }

    fn groupindex(&self, vm: &Interp) -> PyResult<Value> {
        let mut d = crate::object::dict::Dict::new();
        if self.names.is_empty() {
            // CPython gives a fresh plain dict when there are no names.
            return Ok(Value::dict(d));
        }
        for (n, g) in &self.names {
            d.set(vm, Value::str(n), Value::Int(*g as i64))?;
        }
        let types = crate::stdlib::import(vm, "types")?;
        let proxy = crate::protocol::classes::getattr(vm, &types, "MappingProxyType")?;
        call(vm, &proxy, Args::new(vec![Value::dict(d)]))
    }

    fn repr(&self, vm: &Interp) -> PyResult<String> {
        let mut src = crate::protocol::ops::repr(vm, &self.source)?;
        if let Some((i, _)) = src.char_indices().nth(200) {
            src.truncate(i);
        }
        let mut flags = self.flags;
        if self.is_str && flags & (LOCALE | UNICODE | ASCII) == UNICODE {
            flags &= !UNICODE;
        }
        if flags == 0 {
            return Ok(format!("re.compile({src})"));
        }
        let mut names: Vec<String> = Vec::new();
        for (bit, name) in REPR_ORDER {
            if flags & bit != 0 {
                names.push((*name).to_string());
                flags &= !bit;
            }
        }
        if flags != 0 {
            names.push(format!("{flags:#x}"));
        }
        Ok(format!("re.compile({src}, {})", names.join("|")))
    }
}

/// `_sre_compile(pattern, flags)`: parses and compiles (the cache is the
/// Python part's).
pub fn sre_compile(vm: &Interp, a: Args) -> PyResult<Value> {
    let v = bind_args(vm, "compile", a, &["pattern", "flags"], 2)?;
    let source = v[0].clone().unwrap_or(Value::None);
    let flags = index_arg(vm, v[1].as_ref().unwrap_or(&Value::Int(0)))?;
    let flags = u32::try_from(flags).map_err(|_| vm.value_error("invalid flags"))?;
    let (chars, is_str): (Vec<char>, bool) = match unwrap(&source) {
        Value::Str(s) => (s.chars().collect(), true),
        Value::Bytes(b) => (b.iter().map(|&c| char::from(c)).collect(), false),
        _ => {
            return Err(vm.type_error("first argument must be string or compiled pattern"));
        }
    };
    let parsed = super::parser::parse(&chars, is_str, flags).map_err(|e| match e.kind {
        ErrKind::Re => re_error(vm, &e.msg, Some(&source), e.pos),
        ErrKind::Overflow => vm.error(ExcKind::OverflowError, e.msg),
        ErrKind::Value => vm.value_error(e.msg),
    })?;
    let code = super::compiler::compile(&parsed).map_err(|e| re_error(vm, &e.0, None, None))?;
    Ok(Value::Native(Rc::new(Pattern {
        source,
        is_str,
        flags: parsed.flags,
        code,
        groups: parsed.groups - 1,
        names: parsed.names,
    })))
}

/// The pattern a method was called on.
fn receiver<'a>(vm: &Interp, v: &'a Value) -> PyResult<&'a Pattern> {
    v.native::<Pattern>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor for 're.Pattern' objects doesn't apply to a '{}' object",
            crate::protocol::ops::type_name(vm, v)
        ))
    })
}

/// A position argument clamped to `[0, len]`, as CPython clamps it.
fn clamp(vm: &Interp, v: Option<&Value>, default: usize, len: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default.min(len));
    };
    let i = index_arg(vm, v)?;
    Ok(if i < 0 { 0 } else { (i as usize).min(len) })
}

/// Binds `(string, pos, endpos)`; the method's receiver is `a.pos[0]`.
fn bind_span(vm: &Interp, name: &str, mut a: Args) -> PyResult<(Value, Subject, usize, usize)> {
    let (me, rest) = split_receiver(vm, &mut a)?;
    let v = bind_args(vm, name, rest, &["string", "pos", "endpos"], 1)?;
    let p = receiver(vm, &me)?;
    let subj = Subject::new(vm, v[0].as_ref().unwrap_or(&Value::None), p.is_str)?;
    let len = subj.len();
    let pos = clamp(vm, v[1].as_ref(), 0, len)?;
    let endpos = clamp(vm, v[2].as_ref(), usize::MAX, len)?;
    Ok((me, subj, pos, endpos))
}

fn match_mode(vm: &Interp, a: Args, name: &str, mode: Mode) -> PyResult<Value> {
    let (me, subj, pos, endpos) = bind_span(vm, name, a)?;
    let p = receiver(vm, &me)?;
    match exec(&p.code, p.groups, &subj, pos, endpos, mode, false) {
        Some(found) => Ok(matchobj::new(me.clone(), Rc::new(subj), found, pos, endpos)),
        None => Ok(Value::None),
    }
}

/// Every non-overlapping match from `pos` to `endpos`, as CPython's
/// scanner finds them (an empty match right after a match is allowed, one
/// at the same place is not), feeding each to `f` until it says stop.
fn scan(
    p: &Pattern,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    mut f: impl FnMut(Found) -> PyResult<bool>,
) -> PyResult<()> {
    let mut at = pos;
    let mut must_advance = false;
    let mut state = super::spare_state();
    while at <= endpos {
        let Some(found) = exec_in(
            &mut state,
            &p.code,
            p.groups,
            subj,
            at,
            endpos,
            Mode::Search,
            must_advance,
        ) else {
            break;
        };
        let (b, e) = found.span();
        must_advance = b == e;
        at = e;
        if !f(found)? {
            break;
        }
    }
    super::give_back_state(state);
    Ok(())
}

fn findall(vm: &Interp, a: Args) -> PyResult<Value> {
    let (me, subj, pos, endpos) = bind_span(vm, "findall", a)?;
    let p = receiver(vm, &me)?;
    let mut out = Vec::new();
    let text = |f: &Found, g: usize| match f.spans[g] {
        Some((x, y)) => subj.slice(x, y),
        None => subj.empty(),
    };
    scan(p, &subj, pos, endpos, |f| {
        out.push(match p.groups {
            0 => text(&f, 0),
            1 => text(&f, 1),
            n => Value::tuple((1..=n).map(|g| text(&f, g)).collect()),
        });
        Ok(true)
    })?;
    Ok(Value::list(out))
}

/// The iterator `finditer` returns.
struct Scanner {
    pattern: Value,
    subject: Rc<Subject>,
    at: Cell<usize>,
    pos: usize,
    endpos: usize,
    must_advance: Cell<bool>,
    done: Cell<bool>,
    /// The engine state, reused for every step over this one subject.
    state: RefCell<State>,
}

impl Native for Scanner {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        scanner_class(vm)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        let p = match receiver(vm, &self.pattern) {
            Ok(p) => p,
            Err(e) => return Some(Err(e)),
        };
        if self.done.get() || self.at.get() > self.endpos {
            return Some(Ok(None));
        }
        let Ok(mut state) = self.state.try_borrow_mut() else {
            return Some(Ok(None));
        };
        let found = exec_in(
            &mut state,
            &p.code,
            p.groups,
            &self.subject,
            self.at.get(),
            self.endpos,
            Mode::Search,
            self.must_advance.get(),
        );
        let Some(found) = found else {
            self.done.set(true);
            return Some(Ok(None));
        };
        let (b, e) = found.span();
        self.must_advance.set(b == e);
        self.at.set(e);
        Some(Ok(Some(matchobj::new(
            self.pattern.clone(),
            self.subject.clone(),
            found,
            self.pos,
            self.endpos,
        ))))
    }
}

fn scanner_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "re.callable_iterator", |vm| {
        new_class(
            vm,
            "callable_iterator",
            "builtins",
            vec![],
            Layout::Object,
            "callable_iterator",
            &[
                ("__iter__", |vm, a| this(vm, &a)),
                ("__next__", |vm, a| {
                    let s = this(vm, &a)?;
                    match crate::protocol::iter::next_of(vm, &s)? {
                        Some(v) => Ok(v),
                        None => Err(crate::protocol::generator::stop_iteration(vm, Value::None)),
                    }
                }),
            ],
        )
    })
}

fn finditer(vm: &Interp, a: Args) -> PyResult<Value> {
    let (me, subj, pos, endpos) = bind_span(vm, "finditer", a)?;
    Ok(Value::Native(Rc::new(Scanner {
        pattern: me,
        subject: Rc::new(subj),
        at: Cell::new(pos),
        pos,
        endpos,
        must_advance: Cell::new(false),
        done: Cell::new(false),
        state: RefCell::new(State::default()),
    })))
}

fn split(vm: &Interp, mut a: Args) -> PyResult<Value> {
    let (me, rest) = split_receiver(vm, &mut a)?;
    let v = bind_args(vm, "split", rest, &["string", "maxsplit"], 1)?;
    let p = receiver(vm, &me)?;
    let subj = Subject::new(vm, v[0].as_ref().unwrap_or(&Value::None), p.is_str)?;
    let maxsplit = match &v[1] {
        Some(m) => index_arg(vm, m)?,
        None => 0,
    };
    if maxsplit < 0 {
        return Ok(Value::list(vec![subj.value.clone()]));
    }
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0;
    scan(p, &subj, 0, subj.len(), |f| {
        let (b, e) = f.span();
        out.push(subj.slice(last, b));
        for g in 1..=p.groups {
            out.push(match f.spans[g] {
                Some((x, y)) => subj.slice(x, y),
                None => Value::None,
            });
        }
        last = e;
        n += 1;
        Ok(maxsplit == 0 || n < maxsplit)
    })?;
    out.push(subj.slice(last, subj.len()));
    Ok(Value::list(out))
}

/// `sub` and `subn`.
fn subx(vm: &Interp, mut a: Args, name: &str, with_count: bool) -> PyResult<Value> {
    let (me, rest) = split_receiver(vm, &mut a)?;
    let v = bind_args(vm, name, rest, &["repl", "string", "count"], 2)?;
    let p = receiver(vm, &me)?;
    let repl = v[0].clone().unwrap_or(Value::None);
    let subj = Rc::new(Subject::new(
        vm,
        v[1].as_ref().unwrap_or(&Value::None),
        p.is_str,
    )?);
    let count = match &v[2] {
        Some(c) => index_arg(vm, c)?,
        None => 0,
    };
    let pieces = repl_template(vm, p, &repl)?;
    let mut parts: Vec<Value> = Vec::new();
    let mut last = 0;
    let mut n: i64 = 0;
    scan(p, &subj, 0, subj.len(), |f| {
        if count != 0 && n >= count {
            return Ok(false);
        }
        let (b, e) = f.span();
        if last < b {
            parts.push(subj.slice(last, b));
        }
        match &pieces {
            Some(pieces) => parts.push(template::expand(vm, pieces, &f, &subj)?),
            None => {
                let m = matchobj::new(me.clone(), subj.clone(), f, 0, subj.len());
                let item = call(vm, &repl, Args::new(vec![m]))?;
                if !matches!(item, Value::None) {
                    parts.push(item);
                }
            }
        }
        last = e;
        n += 1;
        Ok(count == 0 || n < count)
    })?;
    if last < subj.len() {
        parts.push(subj.slice(last, subj.len()));
    }
    let joined = join(vm, &parts, subj.is_str())?;
    Ok(if with_count {
        Value::tuple(vec![joined, Value::Int(n)])
    } else {
        joined
    })
}

/// Joins the pieces as `str.join`/`bytes.join` would (with their errors).
fn join(vm: &Interp, parts: &[Value], is_str: bool) -> PyResult<Value> {
    if is_str {
        let mut out = String::new();
        for (i, part) in parts.iter().enumerate() {
            match unwrap(part) {
                Value::Str(s) => out.push_str(&s),
                _ => {
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        crate::protocol::ops::type_name(vm, part)
                    )));
                }
            }
        }
        Ok(Value::str(&out))
    } else {
        let mut out = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            match unwrap(part) {
                Value::Bytes(b) => out.extend_from_slice(&b),
                _ => {
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        crate::protocol::ops::type_name(vm, part)
                    )));
                }
            }
        }
        Ok(Value::Bytes(out.into()))
    }
}

/// The parsed template of a replacement, or `None` for a callable.
fn repl_template(vm: &Interp, p: &Pattern, repl: &Value) -> PyResult<Option<Vec<Piece>>> {
    if !matches!(unwrap(repl), Value::Str(_) | Value::Bytes(_))
        && crate::protocol::call::is_callable(vm, repl)
    {
        return Ok(None);
    }
    parse_template(vm, p, repl).map(Some)
}

/// Parses a template for pattern `p` (raising its errors).
/// A template of the other type than the pattern parses too (CPython reads
/// bytes as Latin-1); joining its text with the subject's then fails as
/// CPython's does.
pub fn parse_template(vm: &Interp, p: &Pattern, text: &Value) -> PyResult<Vec<Piece>> {
    let (chars, is_str): (Vec<char>, bool) = match unwrap(text) {
        Value::Str(s) => (s.chars().collect(), true),
        Value::Bytes(b) => (b.iter().map(|&c| char::from(c)).collect(), false),
        _ => {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                crate::protocol::ops::type_name(vm, text)
            )));
        }
    };
    template::parse(&chars, is_str, p.groups, &|n| p.index_of(n))
        .map_err(|e| template::raise(vm, e, text))
}

fn eq(vm: &Interp, a: Args) -> PyResult<Value> {
    let me = this(vm, &a)?;
    let p = receiver(vm, &me)?;
    let Some(o) = a.pos.get(1).and_then(|o| o.native::<Pattern>()) else {
        return Ok(Value::NotImplemented);
    };
    let same = p.flags == o.flags
        && p.is_str == o.is_str
        && p.code == o.code
        && crate::protocol::ops::eq(vm, &p.source, &o.source)?;
    Ok(Value::Bool(same))
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("match", |vm, a| match_mode(vm, a, "match", Mode::Match)),
    ("fullmatch", |vm, a| {
        match_mode(vm, a, "fullmatch", Mode::Full)
    }),
    ("search", |vm, a| match_mode(vm, a, "search", Mode::Search)),
    ("findall", findall),
    ("finditer", finditer),
    ("split", split),
    ("sub", |vm, a| subx(vm, a, "sub", false)),
    ("subn", |vm, a| subx(vm, a, "subn", true)),
    ("__eq__", eq),
    ("__hash__", |vm, a| {
        let me = this(vm, &a)?;
        let p = receiver(vm, &me)?;
        let h = crate::protocol::ops::hash(vm, &p.source)?;
        Ok(Value::Int(h ^ i64::from(p.flags).wrapping_mul(1_000_003)))
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

/// The `re.Pattern` class.
pub fn class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "re.Pattern", |vm| {
        new_class(
            vm,
            "Pattern",
            "re",
            vec![],
            Layout::Object,
            "Pattern",
            METHODS,
        )
    })
}
