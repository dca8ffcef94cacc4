//! `re`: regular expressions with CPython's syntax and semantics.
//!
//! Matching is done by `rustpython-sre_engine`, a port of CPython's own
//! `_sre` matcher; this module supplies what CPython writes in Python: the
//! pattern parser (`parser.rs`, with CPython's error messages and
//! positions) and the compiler to the engine's opcodes (`compiler.rs`),
//! then the `Pattern` and `Match` objects (`pattern.rs`, `matchobj.rs`) and
//! replacement templates (`template.rs`). The module functions, the
//! compile cache, `re.error` and `RegexFlag` are Python (`python/re.py`).

mod casefix;
mod compiler;
mod flags;
mod info;
mod matchobj;
mod parser;
mod pattern;
mod template;

use std::cell::OnceCell;
use std::rc::Rc;

use rustpython_sre_engine::{Request, State, StrDrive};

use crate::object::model::Namespace;
use crate::object::value::{Args, Value};
use crate::protocol::call::call;
use crate::{Interp, PyErr, PyResult};

pub use pattern::Pattern;

/// The string a pattern runs over: the value and a view the engine reads.
pub struct Subject {
    /// The str or bytes object (`Match.string`).
    pub value: Value,
    text: Text,
    /// Length in characters.
    len: usize,
    /// Byte offset of each character (non-ASCII str only), made on first
    /// slice.
    offsets: OnceCell<Vec<usize>>,
}

enum Text {
    /// A str of ASCII characters: the engine reads its bytes (positions
    /// are the same, and byte cursors are O(1)).
    Ascii(Rc<str>),
    Unicode(Rc<str>),
    Bytes(Rc<[u8]>),
}

impl Subject {
    /// The subject for `value`, or the TypeError CPython gives for a value
    /// of the wrong type for a pattern of type `is_str`.
    pub fn new(vm: &Interp, value: &Value, is_str: bool) -> PyResult<Subject> {
        let inner = crate::protocol::types::construct::unwrap(value);
        let text = match &inner {
            Value::Str(s) if is_str => {
                if s.is_ascii() {
                    Text::Ascii(s.clone())
                } else {
                    Text::Unicode(s.clone())
                }
            }
            Value::Bytes(b) if !is_str => Text::Bytes(b.clone()),
            Value::Str(_) => {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
            }
            Value::Bytes(_) => {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            _ => {
                return Err(vm.type_error(format!(
                    "expected string or bytes-like object, got '{}'",
                    crate::protocol::ops::type_name(vm, value)
                )));
            }
        };
        let len = match &text {
            Text::Ascii(s) => s.len(),
            Text::Unicode(s) => s.chars().count(),
            Text::Bytes(b) => b.len(),
        };
        Ok(Subject {
            value: value.clone(),
            text,
            len,
            offsets: OnceCell::new(),
        })
    }

    /// Length in characters.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True for an empty subject.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The substring `[a, b)` (character indices) as a str or bytes value.
    pub fn slice(&self, a: usize, b: usize) -> Value {
        match &self.text {
            Text::Ascii(s) => Value::str(&s[a..b]),
            Text::Unicode(s) => {
                let offs = self.offsets.get_or_init(|| {
                    let mut v: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
                    v.push(s.len());
                    v
                });
                Value::str(&s[offs[a]..offs[b]])
            }
            Text::Bytes(b0) => Value::Bytes(Rc::from(&b0[a..b])),
        }
    }

    /// An empty value of the subject's type.
    pub fn empty(&self) -> Value {
        match &self.text {
            Text::Bytes(_) => Value::Bytes(Rc::from(&[][..])),
            _ => Value::str(""),
        }
    }

    /// True for str subjects.
    pub fn is_str(&self) -> bool {
        !matches!(self.text, Text::Bytes(_))
    }
}

/// How a pattern is applied.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Anchored at the start (`match`).
    Match,
    /// Anchored at both ends (`fullmatch`).
    Full,
    /// Anywhere (`search`).
    Search,
}

/// A successful match: the span of each group (group 0 first) and the
/// last group closed.
pub struct Found {
    /// Character spans; `None` for groups that did not take part.
    pub spans: Vec<Option<(usize, usize)>>,
    /// `Match.lastindex` (`None` when no group closed).
    pub lastindex: Option<usize>,
}

impl Found {
    /// The span of the whole match.
    pub fn span(&self) -> (usize, usize) {
        self.spans[0].unwrap_or((0, 0))
    }
}

/// Runs `code` over `subj[start..end]`. `must_advance` forbids an empty
/// match at `start` (for the matches after the first in `finditer`,
/// `sub` and `split`, as CPython's scanner does).
pub fn exec(
    code: &[u32],
    groups: usize,
    subj: &Subject,
    start: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Found> {
    let mut state = spare_state();
    let found = exec_in(
        &mut state,
        code,
        groups,
        subj,
        start,
        end,
        mode,
        must_advance,
    );
    give_back_state(state);
    found
}

thread_local! {
    /// An engine state kept between searches: its mark vectors keep their
    /// capacity, where a new state grew them again on every search (a
    /// tenth of a `re.match` call's cost).
    static SPARE: std::cell::Cell<Option<State>> = const { std::cell::Cell::new(None) };
}

/// An engine state for a new subject: the spare one (its cursor back at
/// the start, as a fresh state's), or a new one.
pub fn spare_state() -> State {
    let mut state = SPARE
        .try_with(std::cell::Cell::take)
        .ok()
        .flatten()
        .unwrap_or_default();
    state.cursor = Default::default();
    state
}

/// Keeps `state` for the next search.
pub fn give_back_state(state: State) {
    // Not kept while the thread's locals are being torn down.
    let _ = SPARE.try_with(|s| s.set(Some(state)));
}

/// [`exec`] with an engine state reused across the searches of one scan:
/// its cursor moves on from the previous match instead of counting from
/// the start of the string again (which matters for non-ASCII str). The
/// state must only ever be used with this one subject.
#[allow(clippy::too_many_arguments)]
pub fn exec_in(
    state: &mut State,
    code: &[u32],
    groups: usize,
    subj: &Subject,
    start: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Found> {
    // CPython still tries `match` at a `pos` past `endpos` (only an empty
    // match can succeed there); the engine needs `start <= end`.
    let end = match mode {
        Mode::Match if start > end => start,
        _ if start > end => return None,
        _ => end,
    };
    let job = (code, groups, start, end, mode, must_advance);
    match &subj.text {
        Text::Ascii(s) => run(state, s.as_bytes(), job),
        Text::Unicode(s) => run(state, &**s, job),
        Text::Bytes(b) => run(state, &**b, job),
    }
}

type Job<'a> = (&'a [u32], usize, usize, usize, Mode, bool);

fn run<S: StrDrive>(state: &mut State, s: S, job: Job) -> Option<Found> {
    let (code, groups, start, end, mode, must_advance) = job;
    let req = Request {
        string: s,
        start,
        end,
        pattern_codes: code,
        match_all: mode == Mode::Full,
        must_advance,
    };
    state.reset(&req, start);
    let ok = match mode {
        Mode::Search => state.search(req),
        Mode::Match | Mode::Full => state.py_match(&req),
    };
    if !ok {
        return None;
    }
    let mut spans = Vec::with_capacity(groups + 1);
    spans.push(Some((state.start, state.cursor.position)));
    for g in 0..groups {
        let (a, b) = state.marks.get(g);
        spans.push(match (a.into_option(), b.into_option()) {
            (Some(a), Some(b)) if a <= b => Some((a, b)),
            _ => None,
        });
    }
    let last = state.marks.last_index();
    Some(Found {
        spans,
        lastindex: usize::try_from(last).ok().filter(|&i| i > 0 && i <= groups),
    })
}

/// Raises `re.error(msg, pattern, pos)` (the class is the Python part's).
pub fn re_error(vm: &Interp, msg: &str, pattern: Option<&Value>, pos: Option<usize>) -> PyErr {
    let class = crate::stdlib::import(vm, "re").ok().and_then(|m| match m {
        Value::Module(m) => m.globals.borrow().get("error").cloned(),
        _ => None,
    });
    let Some(class) = class else {
        return vm.value_error(msg.to_string());
    };
    let args = vec![
        Value::str(msg),
        pattern.cloned().unwrap_or(Value::None),
        pos.map_or(Value::None, |p| Value::Int(p as i64)),
    ];
    match call(vm, &class, Args::new(args)) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// Fills the Rust part of `re`: the compiler entry and the two classes.
pub fn fill(vm: &Interp, ns: &Namespace) -> PyResult<()> {
    crate::stdlib::toolkit::fill(
        ns,
        vec![
            ("Pattern", Value::Class(pattern::class(vm))),
            ("Match", Value::Class(matchobj::class(vm))),
            (
                "_sre_compile",
                crate::object::value::builtin("_sre_compile", pattern::sre_compile),
            ),
        ],
    );
    Ok(())
}
