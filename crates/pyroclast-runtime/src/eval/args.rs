//! Binding call arguments to parameter slots, with CPython's error messages.

use std::rc::Rc;

use pyroclast_syntax::ast::ScopeInfo;

use crate::object::dict::Dict;
use crate::object::model::Function;
use crate::object::value::{Args, Value};
use crate::protocol::args::{missing_arguments, too_many_positional};
use crate::{Interp, PyResult};

/// Fills `locals` (parameter slots first) from `args`.
pub fn bind(
    vm: &Interp,
    func: &Rc<Function>,
    _scope: &ScopeInfo,
    locals: &mut [Option<Value>],
    mut args: Args,
) -> PyResult<()> {
    let p = &func.def.params;
    let n_posonly = p.posonly.len();
    let n_pos = n_posonly + p.args.len();
    let n_kwonly = p.kwonly.len();
    let fname = || format!("{}()", func.qualname());
    let kw = std::mem::take(&mut args.kw);
    let pos = &mut args.pos;
    // Fast path: exact positional call.
    if kw.is_empty()
        && pos.len() == n_pos
        && p.vararg.is_none()
        && n_kwonly == 0
        && p.kwarg.is_none()
    {
        for (slot, v) in locals.iter_mut().zip(pos.drain(..)) {
            *slot = Some(v);
        }
        return Ok(());
    }
    let given = pos.len();
    let mut extra = Vec::new();
    for (i, v) in pos.drain(..).enumerate() {
        if i < n_pos {
            locals[i] = Some(v);
        } else {
            extra.push(v);
        }
    }
    let vararg_slot = n_pos + n_kwonly;
    let kwarg_slot = vararg_slot + usize::from(p.vararg.is_some());
    if p.vararg.is_some() {
        locals[vararg_slot] = Some(Value::tuple(extra));
    } else if !extra.is_empty() {
        let kw_given = kw
            .iter()
            .filter(|(k, _)| p.kwonly.iter().any(|q| q.name == *k))
            .count();
        let n_required = n_pos - func.defaults.len();
        let max = if func.defaults.is_empty() {
            n_required
        } else {
            n_pos
        };
        return Err(vm.type_error(too_many_positional(
            &fname(),
            n_required.min(max),
            max,
            given,
            kw_given,
        )));
    }
    let mut kwargs = Dict::new();
    let mut posonly_as_kw = Vec::new();
    for (name, v) in kw {
        let idx = p.posonly.len()
            + match p.args.iter().position(|q| q.name == name) {
                Some(i) => i,
                None => match p.kwonly.iter().position(|q| q.name == name) {
                    Some(i) => p.args.len() + i,
                    None => {
                        if p.posonly.iter().any(|q| q.name == name) && p.kwarg.is_none() {
                            posonly_as_kw.push(name.to_string());
                            continue;
                        }
                        if p.kwarg.is_some() {
                            if kwargs.contains(vm, &Value::Str(name.clone()))? {
                                return Err(vm.type_error(format!(
                                    "{} got multiple values for keyword argument '{name}'",
                                    fname()
                                )));
                            }
                            kwargs.set(vm, Value::Str(name), v)?;
                            continue;
                        }
                        return Err(vm.type_error(format!(
                            "{} got an unexpected keyword argument '{name}'",
                            fname()
                        )));
                    }
                },
            };
        if locals[idx].is_some() {
            return Err(vm.type_error(format!(
                "{} got multiple values for argument '{name}'",
                fname()
            )));
        }
        locals[idx] = Some(v);
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{} got some positional-only arguments passed as keyword arguments: '{}'",
            fname(),
            posonly_as_kw.join(", ")
        )));
    }
    if p.kwarg.is_some() {
        locals[kwarg_slot] = Some(Value::dict(kwargs));
    }
    // Defaults and missing arguments.
    let first_default = n_pos - func.defaults.len();
    let mut missing = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(n_pos) {
        if slot.is_none() {
            if i >= first_default {
                *slot = Some(func.defaults[i - first_default].clone());
            } else {
                let name = if i < n_posonly {
                    &p.posonly[i].name
                } else {
                    &p.args[i - n_posonly].name
                };
                missing.push(format!("'{name}'"));
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(missing_arguments(&fname(), "positional", &missing)));
    }
    for (i, param) in p.kwonly.iter().enumerate() {
        let slot = n_pos + i;
        if locals[slot].is_none() {
            match func.kwdefaults.iter().find(|(k, _)| *k == param.name) {
                Some((_, v)) => locals[slot] = Some(v.clone()),
                None => missing.push(format!("'{}'", param.name)),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(missing_arguments(&fname(), "keyword-only", &missing)));
    }
    Ok(())
}
