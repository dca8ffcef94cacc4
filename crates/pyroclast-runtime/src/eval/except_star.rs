//! The `except*` statement (PEP 654): splitting the raised group among the
//! handlers and raising what is left and what they raised.

use pyroclast_syntax::ast::ExceptHandler;

use crate::eval::Frame;
use crate::object::exc_kind::ExcKind;
use crate::object::value::Value;
use crate::protocol::types::exception_group::{
    check_handler_type, is_group, members, new_group, split,
};
use crate::{Flow, Interp, PyErr};

/// Runs `except*` handlers against `err`.
pub fn exec_except_star(
    vm: &Interp,
    frame: &mut Frame,
    err: PyErr,
    handlers: &[ExceptHandler],
) -> Result<(), Flow> {
    let original = err.0.clone();
    let mut rest = Some(if is_group(vm, &original) {
        original.clone()
    } else {
        new_group(
            vm,
            &vm.exc_class(ExcKind::BaseExceptionGroup),
            vec![Value::str(""), Value::list(vec![original.clone()])],
        )?
    });
    let mut raised: Vec<Value> = Vec::new();
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
        frame.offset = h.span.start;
        match crate::eval::stmt::run_handler(vm, frame, &matched, h.name.as_deref(), &h.body) {
            Ok(()) => {}
            Err(Flow::Raise(e)) => {
                if e.0.is(&matched) {
                    // A bare `raise` puts the matched part back.
                    raised.push(matched);
                } else {
                    raised.push(e.0);
                }
            }
            Err(other) => return Err(other),
        }
    }
    let mut out = raised;
    if let Some(r) = rest {
        if out.is_empty() {
            // Nothing handled: re-raise the original object.
            let same = members(&r).len() == members(&original).len() && is_group(vm, &original);
            return Err(Flow::Raise(PyErr(if same { original } else { r })));
        }
        out.push(r);
    }
    if out.is_empty() {
        return Ok(());
    }
    if out.len() == 1 && !is_group(vm, &out[0]) {
        return Err(Flow::Raise(PyErr(out.remove(0))));
    }
    let group = new_group(
        vm,
        &vm.exc_class(ExcKind::BaseExceptionGroup),
        vec![Value::str(""), Value::list(out)],
    )?;
    Err(Flow::Raise(PyErr(group)))
}
