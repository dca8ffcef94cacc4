//! The `except*` statement (PEP 654): splitting the raised group among the
//! handlers and raising what is left and what they raised.

use pyroclast_syntax::ast::ExceptHandler;

use crate::eval::Frame;
use crate::object::exc_kind::ExcKind;
use crate::object::value::Value;
use crate::protocol::types::exception_group::{
    check_handler_type, is_group, members, new_group, split,
};
use crate::{Flow, Interp, PyErr, PyResult};

/// Runs `except*` handlers against `err`.
pub fn exec_except_star(
    vm: &Interp,
    frame: &mut Frame,
    err: PyErr,
    handlers: &[ExceptHandler],
) -> Result<(), Flow> {
    let original = err.0.clone();
    if !is_group(vm, &original) {
        return naked(vm, frame, original, handlers);
    }
    let mut rest = Some(original.clone());
    // What handlers raised anew, and the leaves of the original that go on
    // (re-raised by `raise`/`raise e`, or matched by no handler).
    let mut raised: Vec<Value> = Vec::new();
    let mut kept: Vec<usize> = Vec::new();
    for h in handlers {
        let Some(current) = rest.clone() else { break };
        let typ = match &h.typ {
            Some(t) => crate::eval::expr::eval(vm, frame, t)?,
            None => {
                return Err(Flow::Raise(vm.error(
                    ExcKind::SyntaxError,
                    "expected one or more exception types",
                )));
            }
        };
        check_handler_type(vm, &typ)?;
        let (matched, remaining) = split(vm, &current, &typ)?;
        rest = remaining;
        let Some(matched) = matched else { continue };
        frame.at(vm, h.span.start);
        // A bare `raise` re-raises (the traceback is unchanged); `raise e`
        // raises anew, as CPython tells them apart.
        let recorded = traceback_len(&matched);
        match crate::eval::stmt::run_handler(vm, frame, &matched, h.name.as_deref(), &h.body) {
            Ok(()) => {}
            Err(Flow::Raise(e)) if e.0.is(&matched) && traceback_len(&e.0) == recorded => {
                leaves(vm, &matched, &mut kept)
            }
            Err(Flow::Raise(e)) => raised.push(e.0),
            Err(other) => return Err(other),
        }
    }
    if let Some(r) = &rest {
        leaves(vm, r, &mut kept);
    }
    // The kept leaves in the original's structure (the original object
    // itself when all of it goes on), as CPython's `_PyExc_PrepReraiseStar`.
    let reraised = project(vm, &original, &kept)?;
    if raised.is_empty() {
        return match reraised {
            Some(r) => Err(Flow::Raise(PyErr(r))),
            None => Ok(()),
        };
    }
    if raised.len() == 1 && reraised.is_none() {
        return Err(Flow::Raise(PyErr(raised.remove(0))));
    }
    raised.extend(reraised);
    let group = new_group(
        vm,
        &vm.exc_class(ExcKind::BaseExceptionGroup),
        vec![Value::str(""), Value::list(raised)],
    )?;
    Err(Flow::Raise(PyErr(group)))
}

/// `except*` over an exception that is not a group: the first handler
/// that matches gets it wrapped in a group; what that handler raises (or
/// the exception itself, when none matches) goes on.
fn naked(
    vm: &Interp,
    frame: &mut Frame,
    original: Value,
    handlers: &[ExceptHandler],
) -> Result<(), Flow> {
    for h in handlers {
        let typ = match &h.typ {
            Some(t) => crate::eval::expr::eval(vm, frame, t)?,
            None => {
                return Err(Flow::Raise(vm.error(
                    ExcKind::SyntaxError,
                    "expected one or more exception types",
                )));
            }
        };
        check_handler_type(vm, &typ)?;
        if !crate::protocol::exceptions::exception_matches(vm, &original, &typ)? {
            continue;
        }
        let wrapped = new_group(
            vm,
            &vm.exc_class(ExcKind::BaseExceptionGroup),
            vec![Value::str(""), Value::tuple(vec![original.clone()])],
        )?;
        frame.at(vm, h.span.start);
        return crate::eval::stmt::run_handler(vm, frame, &wrapped, h.name.as_deref(), &h.body);
    }
    Err(Flow::Raise(PyErr(original)))
}

fn traceback_len(v: &Value) -> usize {
    match v {
        Value::Instance(i) => i.exc.as_ref().map_or(0, |d| d.borrow().traceback.len()),
        _ => 0,
    }
}

/// The ids of the non-group exceptions in `v`.
fn leaves(vm: &Interp, v: &Value, out: &mut Vec<usize>) {
    if is_group(vm, v) {
        for m in members(v) {
            leaves(vm, &m, out);
        }
    } else {
        out.push(v.id());
    }
}

/// `g` keeping only the leaves in `keep`: `g` itself when nothing is
/// dropped, a derived group otherwise, None when nothing is left.
fn project(vm: &Interp, g: &Value, keep: &[usize]) -> PyResult<Option<Value>> {
    if !is_group(vm, g) {
        return Ok(keep.contains(&g.id()).then(|| g.clone()));
    }
    let all = members(g);
    let mut parts = Vec::new();
    for m in &all {
        parts.extend(project(vm, m, keep)?);
    }
    if parts.is_empty() {
        return Ok(None);
    }
    if parts.len() == all.len() && parts.iter().zip(&all).all(|(a, b)| a.is(b)) {
        return Ok(Some(g.clone()));
    }
    crate::protocol::types::exception_group::derive_like(vm, g, parts).map(Some)
}
