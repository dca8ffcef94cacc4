//! Exception text and tracebacks printed as CPython prints them.

use crate::object::exc_kind::ExcKind;
use crate::object::model::Instance;
use crate::object::value::Value;
use crate::protocol::ops;
use crate::{Interp, PyErr, PyResult};

/// The `__traceback__`/`exc_tb` object handed to `__exit__` (frames are
/// not introspectable in Pyroclast).
pub struct TracebackObject;

impl crate::object::value::Native for TracebackObject {
    fn class(&self, vm: &Interp) -> std::rc::Rc<crate::object::model::Class> {
        vm.other_class("traceback")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The first argument of an exception as text, when it is a str.
pub fn message(exc: &Value) -> Option<String> {
    match exc {
        Value::Instance(i) => match i.exc.as_ref()?.borrow().args.first() {
            Some(Value::Str(s)) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// `str(exception)` for the builtin exception classes.
pub fn exception_str(vm: &Interp, exc: &Value) -> PyResult<String> {
    let Value::Instance(i) = exc else {
        return ops::to_str(vm, exc);
    };
    let Some(data) = &i.exc else {
        return ops::repr(vm, exc);
    };
    if crate::protocol::types::syntax_error::is_syntax_error(vm, i) {
        return crate::protocol::types::syntax_error::to_str(vm, i);
    }
    let args = data.borrow().args.clone();
    if i.class
        .is_subclass(&vm.exc_class(ExcKind::BaseExceptionGroup))
        && args.len() == 2
    {
        let n = match &args[1] {
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            _ => 0,
        };
        return Ok(format!(
            "{} ({n} sub-exception{})",
            ops::to_str(vm, &args[0])?,
            if n == 1 { "" } else { "s" }
        ));
    }
    // `ImportError.__str__` shows `msg` when it is a str (set by
    // `__init__` from a lone argument, or assigned).
    if i.class.is_subclass(&vm.exc_class(ExcKind::ImportError))
        && let Some(Value::Str(msg)) = i.dict.borrow().get("msg")
    {
        return Ok(msg.to_string());
    }
    if i.class.is_subclass(&vm.exc_class(ExcKind::OSError))
        && let Some(s) = os_error_str(vm, i)?
    {
        return Ok(s);
    }
    let is_key_error = i.class.is_subclass(&vm.exc_class(ExcKind::KeyError));
    match args.len() {
        0 => Ok(String::new()),
        1 if is_key_error => ops::repr(vm, &args[0]),
        1 => ops::to_str(vm, &args[0]),
        _ => ops::repr(vm, &Value::tuple(args)),
    }
}

/// `str(OSError)` from its (assignable) attributes: `[Errno N] strerror`,
/// then `: 'filename'` and ` -> 'filename2'` when set; `None` when there
/// is no errno and strerror (the plain exception text applies).
fn os_error_str(vm: &Interp, i: &Instance) -> PyResult<Option<String>> {
    let field = |n: &str| i.dict.borrow().get(n).cloned().unwrap_or(Value::None);
    let (errno, strerror, filename, filename2) = (
        field("errno"),
        field("strerror"),
        field("filename"),
        field("filename2"),
    );
    if matches!(errno, Value::None) && matches!(strerror, Value::None) {
        return Ok(None);
    }
    let head = format!(
        "[Errno {}] {}",
        ops::to_str(vm, &errno)?,
        ops::to_str(vm, &strerror)?
    );
    Ok(Some(match (&filename, &filename2) {
        (Value::None, _) => head,
        (_, Value::None) => format!("{head}: {}", ops::repr(vm, &filename)?),
        _ => format!(
            "{head}: {} -> {}",
            ops::repr(vm, &filename)?,
            ops::repr(vm, &filename2)?
        ),
    }))
}

/// `repr(exception)`.
pub fn exception_repr(vm: &Interp, inst: &Instance) -> PyResult<String> {
    let args = inst
        .exc
        .as_ref()
        .map(|d| d.borrow().args.clone())
        .unwrap_or_default();
    let inner = args
        .iter()
        .map(|a| ops::repr(vm, a))
        .collect::<PyResult<Vec<_>>>()?
        .join(", ");
    Ok(format!("{}({inner})", inst.class.name))
}

/// The `Type: message` line.
pub fn final_line(vm: &Interp, exc: &Value) -> String {
    let class = ops::type_of(vm, exc);
    let name = if &*class.module == "builtins" || &*class.module == "__main__" {
        class.qualname.to_string()
    } else {
        format!("{}.{}", class.module, class.qualname)
    };
    // A SyntaxError's last line is its message alone (its location is
    // printed above it).
    let text = match exc {
        Value::Instance(i) if crate::protocol::types::syntax_error::is_syntax_error(vm, i) => {
            crate::protocol::types::syntax_error::final_text(vm, i)
        }
        _ => ops::to_str(vm, exc),
    };
    let text = match text {
        Ok(t) => t,
        Err(_) => "<exception str() failed>".into(),
    };
    if text.is_empty() {
        name
    } else {
        format!("{name}: {text}")
    }
}

fn source_line(source: &str, offset: u32) -> (usize, String) {
    let loc = pyroclast_syntax::error::locate(source, offset as usize);
    (loc.line, loc.text.trim().to_string())
}

fn render_frames(out: &mut String, exc: &Value, indent: &str) {
    let Value::Instance(i) = exc else { return };
    let Some(data) = &i.exc else { return };
    let tb = data.borrow().traceback.clone();
    if tb.is_empty() {
        return;
    }
    let title = if is_group_value(exc) {
        "Exception Group Traceback"
    } else {
        "Traceback"
    };
    out.push_str(&format!("{indent}{title} (most recent call last):\n"));
    for entry in tb.iter().rev() {
        let (line, text) = source_line(&entry.code.source, entry.offset);
        out.push_str(&format!(
            "{indent}  File \"{}\", line {line}, in {}\n",
            entry.code.filename, entry.name
        ));
        if !text.is_empty() {
            out.push_str(&format!("{indent}    {text}\n"));
        }
    }
}

/// Renders `exc` after its chain of causes and contexts, oldest first.
/// The chain is walked in a loop (it may be any length) and each exception
/// is printed once, even when the chain loops.
fn render(vm: &Interp, out: &mut String, exc: &Value) {
    // Each exception with the text that joins it to the next newer one.
    let mut chain: Vec<(Value, &str)> = vec![(exc.clone(), "")];
    let mut seen = std::collections::HashSet::from([exc.id()]);
    while let Some((Value::Instance(i), _)) = chain.last() {
        let Some(data) = &i.exc else { break };
        let (cause, context, suppress) = {
            let d = data.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let next = match (cause, context) {
            (Some(c), _) => (
                c,
                "\nThe above exception was the direct cause of the following exception:\n\n",
            ),
            (None, Some(c)) if !suppress => (
                c,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            ),
            _ => break,
        };
        if !seen.insert(next.0.id()) {
            break;
        }
        chain.push(next);
    }
    for (e, joint) in chain.iter().rev() {
        render_one(vm, out, e);
        out.push_str(joint);
    }
}

/// One exception's traceback and final line, without its chain.
fn render_one(vm: &Interp, out: &mut String, exc: &Value) {
    if is_group(vm, exc) {
        render_group(vm, out, exc, "", 0);
        return;
    }
    render_frames(out, exc, "");
    if let Value::Instance(i) = exc
        && crate::protocol::types::syntax_error::is_syntax_error(vm, i)
    {
        out.push_str(&crate::protocol::types::syntax_error::location_lines(i));
    }
    out.push_str(&final_line(vm, exc));
    out.push('\n');
    for note in notes(exc) {
        out.push_str(&note);
        out.push('\n');
    }
}

/// The `__notes__` added with `add_note`, as text.
fn notes(exc: &Value) -> Vec<String> {
    let Value::Instance(i) = exc else {
        return vec![];
    };
    let Some(Value::List(l)) = i.dict.borrow().get("__notes__").cloned() else {
        return vec![];
    };
    let items = l.borrow().clone();
    items
        .iter()
        .map(|n| match n {
            Value::Str(s) => s.to_string(),
            _ => String::from("<note>"),
        })
        .collect()
}

fn is_group_value(exc: &Value) -> bool {
    matches!(exc, Value::Instance(i) if i.class.mro_iter().any(|c| &*c.name == "BaseExceptionGroup" && c.builtin))
}

fn is_group(vm: &Interp, exc: &Value) -> bool {
    matches!(exc, Value::Instance(i) if i.class.is_subclass(&vm.exc_class(ExcKind::BaseExceptionGroup)))
}

fn group_members(exc: &Value) -> Vec<Value> {
    let Value::Instance(i) = exc else {
        return vec![];
    };
    let Some(d) = &i.exc else { return vec![] };
    match d.borrow().args.get(1) {
        Some(Value::List(l)) => l.borrow().to_vec(),
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => vec![],
    }
}

/// How deep nested groups are printed (`traceback`'s `max_group_depth`).
const MAX_GROUP_DEPTH: usize = 10;

/// How many members of a group are printed (`max_group_width`).
const MAX_GROUP_WIDTH: usize = 15;

/// CPython's boxed layout for exception groups.
fn render_group(vm: &Interp, out: &mut String, exc: &Value, prefix: &str, depth: usize) {
    let bar = format!("{prefix}  | ");
    let mut frames = String::new();
    render_frames(&mut frames, exc, "");
    let head = if depth == 0 {
        format!("{prefix}  + ")
    } else {
        bar.clone()
    };
    let mut first = true;
    for line in frames.lines() {
        if first && depth == 0 {
            out.push_str(&format!("{head}{line}\n"));
        } else {
            out.push_str(&format!("{bar}{line}\n"));
        }
        first = false;
    }
    // The `+` marks only a traceback header; a group never raised starts
    // with its `|` line.
    let final_text = final_line(vm, exc);
    out.push_str(&format!("{bar}{final_text}\n"));
    let members = group_members(exc);
    let n = members.len();
    for (k, m) in members.iter().enumerate() {
        if k == MAX_GROUP_WIDTH {
            // CPython's `max_group_width`: the rest are counted, not shown.
            let more = n - k;
            let plural = if more > 1 { "s" } else { "" };
            out.push_str(&format!(
                "{prefix}    +---------------- ... ----------------\n\
                 {prefix}    | and {more} more exception{plural}\n\
                 {prefix}    +------------------------------------\n"
            ));
            break;
        }
        let label = format!(" {} ", k + 1);
        let dashes = 16usize;
        let opener = if k == 0 { "  +-+" } else { "    +" };
        out.push_str(&format!(
            "{prefix}{opener}{}{label}{}\n",
            "-".repeat(dashes),
            "-".repeat(dashes)
        ));
        let inner = format!("{prefix}    ");
        if is_group(vm, m) && depth + 1 >= MAX_GROUP_DEPTH {
            // CPython's `max_group_depth`: deeper groups are elided, which
            // also keeps the text (and the recursion) bounded.
            out.push_str(&format!(
                "{inner}| ... (max_group_depth is {MAX_GROUP_DEPTH})\n"
            ));
            out.push_str(&format!(
                "{prefix}    +------------------------------------\n"
            ));
        } else if is_group(vm, m) {
            render_group(vm, out, m, &format!("{prefix}  "), depth + 1);
        } else {
            let mut text = String::new();
            render_frames(&mut text, m, "");
            text.push_str(&final_line(vm, m));
            for line in text.lines() {
                out.push_str(&format!("{inner}| {line}\n"));
            }
        }
        // A nested group closes the box itself.
        if k + 1 == n && !is_group(vm, m) {
            out.push_str(&format!(
                "{prefix}    +------------------------------------\n"
            ));
        }
    }
}

/// Writes an exception's traceback to the interpreter's error sink.
pub fn print_exception(vm: &Interp, e: &PyErr) {
    let mut out = String::new();
    render(vm, &mut out, &e.0);
    vm.write_err(&out);
}

/// The full traceback text of an exception (used by tests and the API).
pub fn format_exception(vm: &Interp, e: &PyErr) -> String {
    let mut out = String::new();
    render(vm, &mut out, &e.0);
    out
}
