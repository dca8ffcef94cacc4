//! The JSON encoder core: walks a value once and writes the whole document
//! into one string, with the output rules of CPython's `json.encoder` (its C
//! accelerator when there is no indent, its Python generator when there is
//! one; both print the same bytes).

use std::collections::HashSet;
use std::fmt::Write as _;
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::value::{Args, Value};
use crate::protocol::call::call;
use crate::protocol::classes::call_method;
use crate::protocol::iter::collect;
use crate::protocol::ops::{bigint_decimal, type_name};
use crate::protocol::text::float_repr::float_repr;
use crate::protocol::types::construct::unwrap;
use crate::{Interp, PyErr, PyResult};

/// The settings of one `JSONEncoder.iterencode` call.
pub struct Options {
    /// `encoder.default`, called for objects JSON has no form for.
    pub default: Value,
    /// The indent string (an int indent already turned into spaces).
    pub indent: Option<Rc<str>>,
    /// Written between a key and its value.
    pub key_separator: Rc<str>,
    /// Written between two items.
    pub item_separator: Rc<str>,
    /// Sort dict items by key.
    pub sort_keys: bool,
    /// Leave out items whose keys are not str, int, float, bool or None.
    pub skipkeys: bool,
    /// Write NaN and the infinities as `NaN`/`Infinity` (not JSON).
    pub allow_nan: bool,
    /// Escape every non-ASCII character.
    pub ensure_ascii: bool,
    /// Detect self-containing values (`Circular reference detected`).
    pub check_circular: bool,
}

/// Encodes `o` as one JSON document.
pub fn encode(vm: &Interp, o: &Value, opts: &Options) -> PyResult<String> {
    let mut e = Encoder {
        vm,
        opts,
        out: String::new(),
        level: 0,
        depth: 0,
        counted: 0,
        markers: HashSet::new(),
    };
    e.value(o)?;
    Ok(e.out)
}

/// Appends `s` as a JSON string literal: `ascii` escapes everything beyond
/// ASCII (astral characters as surrogate pairs, as JSON requires).
pub fn write_string(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let plain = if ascii {
            (' '..='~').contains(&c) && c != '"' && c != '\\'
        } else {
            c >= ' ' && c != '"' && c != '\\'
        };
        if plain {
            continue;
        }
        out.push_str(&s[start..i]);
        start = i + c.len_utf8();
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
        }
    }
    out.push_str(&s[start..]);
    out.push('"');
}

struct Encoder<'a> {
    vm: &'a Interp,
    opts: &'a Options,
    out: String,
    level: usize,
    /// Containers and `default` results being encoded, outermost first.
    depth: usize,
    /// Those of them counted against the recursion limit.
    counted: usize,
    /// Ids of the containers being encoded, when checking for cycles.
    markers: HashSet<usize>,
}

/// What a value is to the encoder (builtin subclasses count as their base).
enum Kind {
    Str(Rc<str>),
    Int(Value),
    Float(f64),
    Seq(Value),
    Dict(Value),
    Other,
}

fn kind_of(vm: &Interp, v: &Value) -> Kind {
    match unwrap(v) {
        Value::Str(s) => Kind::Str(s),
        i @ (Value::Int(_) | Value::BigInt(_)) => Kind::Int(i),
        Value::Float(f) => Kind::Float(f),
        s @ (Value::List(_) | Value::Tuple(_)) => Kind::Seq(s),
        d @ Value::Dict(_) => Kind::Dict(d),
        // A live `__dict__`/`globals()` view encodes as the dict it shows.
        other => match other.native::<crate::protocol::types::construct::InstanceDict>() {
            Some(view) => Kind::Dict(crate::protocol::types::construct::namespace_dict(
                vm,
                &view.ns().borrow(),
            )),
            None => Kind::Other,
        },
    }
}

impl Encoder<'_> {
    fn value(&mut self, o: &Value) -> PyResult<()> {
        match o {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            _ => match kind_of(self.vm, o) {
                Kind::Str(s) => write_string(&mut self.out, &s, self.opts.ensure_ascii),
                Kind::Int(i) => self.int(&i)?,
                Kind::Float(f) => {
                    let text = self.float(f)?;
                    self.out.push_str(&text);
                }
                Kind::Seq(items) => self.nested(|e| e.list(o, &items))?,
                Kind::Dict(d) => self.nested(|e| e.dict(o, &d))?,
                Kind::Other => self.nested(|e| e.other(o))?,
            },
        }
        Ok(())
    }

    /// Runs `f` one nesting level deeper, within the recursion limit (and
    /// the native stack, which grows on demand).
    fn nested(&mut self, f: impl FnOnce(&mut Self) -> PyResult<()>) -> PyResult<()> {
        // With an indent CPython encodes in Python generators, whose frames
        // start one level lower than its C encoder's and which fail with
        // another message; both are mimicked so the same depth fails the
        // same way.
        let indented = self.opts.indent.is_some();
        let counted = !(indented && self.depth == 0);
        if counted && super::over_limit(self.vm, self.counted, 1) {
            let msg = if indented {
                "maximum recursion depth exceeded while calling a Python object"
            } else {
                "maximum recursion depth exceeded while encoding a JSON object"
            };
            return Err(self.vm.error(ExcKind::RecursionError, msg));
        }
        let counted = usize::from(counted);
        self.depth += 1;
        self.counted += counted;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.depth -= 1;
        self.counted -= counted;
        r
    }

    fn int(&mut self, i: &Value) -> PyResult<()> {
        match i {
            Value::Int(n) => {
                let _ = write!(self.out, "{n}");
            }
            Value::BigInt(b) => {
                let text = bigint_decimal(self.vm, b)?;
                self.out.push_str(&text);
            }
            _ => {}
        }
        Ok(())
    }

    fn float(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.opts.allow_nan {
            return Err(self
                .vm
                .value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .into())
    }

    /// Marks `o` as being encoded; a second visit is a cycle.
    fn enter(&mut self, o: &Value) -> PyResult<Option<usize>> {
        if !self.opts.check_circular {
            return Ok(None);
        }
        let id = o.id();
        if !self.markers.insert(id) {
            return Err(self.vm.value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave(&mut self, marker: Option<usize>) {
        if let Some(id) = marker {
            self.markers.remove(&id);
        }
    }

    /// Opens a container: the bracket, then with an indent a new line one
    /// level deeper. Returns the separator between items.
    fn open(&mut self, bracket: char) -> String {
        self.out.push(bracket);
        match &self.opts.indent {
            Some(ind) => {
                self.level += 1;
                let newline = format!("\n{}", ind.repeat(self.level));
                self.out.push_str(&newline);
                format!("{}{newline}", self.opts.item_separator)
            }
            None => self.opts.item_separator.to_string(),
        }
    }

    fn close(&mut self, bracket: char) {
        if let Some(ind) = &self.opts.indent {
            self.level -= 1;
            self.out.push('\n');
            self.out.push_str(&ind.repeat(self.level));
        }
        self.out.push(bracket);
    }

    fn list(&mut self, o: &Value, items: &Value) -> PyResult<()> {
        let len = |v: &Value| match v {
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            _ => 0,
        };
        if len(items) == 0 {
            self.out.push_str("[]");
            return Ok(());
        }
        let marker = self.enter(o)?;
        let sep = self.open('[');
        let mut i = 0;
        // Indexes the live list, as CPython does, so a `default` that
        // changes it sees its effect rather than a stale copy.
        loop {
            let item = match items {
                Value::List(l) => l.borrow().get(i).cloned(),
                Value::Tuple(t) => t.get(i).cloned(),
                _ => None,
            };
            let Some(item) = item else { break };
            if i > 0 {
                self.out.push_str(&sep);
            }
            self.value(&item)?;
            i += 1;
        }
        self.close(']');
        self.leave(marker);
        Ok(())
    }

    fn dict(&mut self, o: &Value, d: &Value) -> PyResult<()> {
        let Value::Dict(table) = d else {
            return Ok(());
        };
        if table.borrow().is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let marker = self.enter(o)?;
        // A subclass's own `items()` is honoured, as `PyMapping_Items` does.
        let mut items: Vec<Value> = if matches!(o, Value::Dict(_)) {
            let pairs = table.borrow().items();
            pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect()
        } else {
            let view = call_method(self.vm, o, "items", Args::default())?;
            collect(self.vm, &view)?
        };
        if self.opts.sort_keys {
            crate::protocol::sort::timsort(self.vm, &mut items, None, false)?;
        }
        let sep = self.open('{');
        let mut first = true;
        for item in &items {
            let (k, v) = self.pair(item)?;
            let Some(key) = self.key(&k)? else {
                continue;
            };
            if !first {
                self.out.push_str(&sep);
            }
            first = false;
            write_string(&mut self.out, &key, self.opts.ensure_ascii);
            self.out.push_str(&self.opts.key_separator);
            self.value(&v)?;
        }
        self.close('}');
        self.leave(marker);
        Ok(())
    }

    /// An item of `items()` as a key and a value.
    fn pair(&self, item: &Value) -> PyResult<(Value, Value)> {
        let parts = match item {
            Value::Tuple(t) => t.to_vec(),
            other => collect(self.vm, other)?,
        };
        match <[Value; 2]>::try_from(parts) {
            Ok([k, v]) => Ok((k, v)),
            Err(parts) => Err(self.vm.value_error(format!(
                "too many values to unpack (expected 2, got {})",
                parts.len()
            ))),
        }
    }

    /// A dict key as the string JSON writes, `None` to skip it.
    fn key(&self, k: &Value) -> PyResult<Option<Rc<str>>> {
        Ok(Some(match k {
            Value::None => Rc::from("null"),
            Value::Bool(b) => Rc::from(if *b { "true" } else { "false" }),
            _ => match kind_of(self.vm, k) {
                Kind::Str(s) => s,
                Kind::Float(f) => Rc::from(self.float(f)?),
                Kind::Int(Value::Int(n)) => Rc::from(n.to_string()),
                Kind::Int(Value::BigInt(b)) => Rc::from(bigint_decimal(self.vm, &b)?),
                _ if self.opts.skipkeys => return Ok(None),
                _ => {
                    return Err(self.vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        type_name(self.vm, k)
                    )));
                }
            },
        }))
    }

    /// An object JSON has no form for: encodes what `default` returns.
    fn other(&mut self, o: &Value) -> PyResult<()> {
        let marker = self.enter(o)?;
        // CPython's call of `default` from C costs one more level than its
        // Python frame; checking both makes a `default` that never
        // converges fail where CPython's does, with its plain message.
        if super::over_limit(self.vm, self.counted, 2) {
            return Err(self.vm.recursion_error());
        }
        let replacement = call(self.vm, &self.opts.default, Args::new(vec![o.clone()]))?;
        self.value(&replacement)?;
        self.leave(marker);
        Ok(())
    }
}

/// A TypeError naming the builtin and what it expected.
pub fn not_a_string(vm: &Interp, v: &Value) -> PyErr {
    vm.type_error(format!(
        "first argument must be a string, not {}",
        type_name(vm, v)
    ))
}
