//! `contextvars` (PEP 567): context variables, tokens and contexts.
//!
//! The interpreter holds the current context (`Interp::context`); `None`
//! until a variable is first set, so programs that never use context
//! variables pay nothing. Each asyncio task runs in its own copy of the
//! context it was created in (`stdlib/asyncio/future.rs` swaps it in for
//! every step). A context maps variables (by identity) to values; a copy
//! copies the map, which stays small in practice (CPython uses a HAMT to
//! make copies O(1); no maintained crate gives that with our value type).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::exc_kind::ExcKind;
use crate::object::model::{Class, Layout, Namespace};
use crate::object::trace::Trace;
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::ops::repr;
use crate::stdlib::toolkit::{bind_args, cached_class, new_class};
use crate::{Interp, PyResult};

/// A `contextvars.Context`.
#[derive(Default)]
pub struct Context {
    vars: RefCell<Vec<(Value, Value)>>,
    entered: Cell<bool>,
}

impl Context {
    fn get(&self, var: &Value) -> Option<Value> {
        self.vars
            .borrow()
            .iter()
            .find(|(k, _)| k.is(var))
            .map(|(_, v)| v.clone())
    }

    fn set(&self, var: &Value, value: Option<Value>) {
        let mut vars = self.vars.borrow_mut();
        let at = vars.iter().position(|(k, _)| k.is(var));
        match (at, value) {
            (Some(i), Some(v)) => vars[i].1 = v,
            (None, Some(v)) => vars.push((var.clone(), v)),
            (Some(i), None) => {
                vars.remove(i);
            }
            (None, None) => {}
        }
    }

    fn copy(&self) -> Value {
        Value::native_tracked(Rc::new(Context {
            vars: RefCell::new(self.vars.borrow().clone()),
            entered: Cell::new(false),
        }))
    }
}

impl Native for Context {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        context_class(vm)
    }
    fn traverse(&self, visit: &mut dyn FnMut(crate::object::gc::Edge)) {
        if let Ok(vars) = self.vars.try_borrow() {
            for (k, v) in vars.iter() {
                k.trace(visit);
                v.trace(visit);
            }
        }
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        if let Ok(mut vars) = self.vars.try_borrow_mut() {
            for (k, v) in std::mem::take(&mut *vars) {
                out.push(k);
                out.push(v);
            }
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A `contextvars.ContextVar`.
pub struct ContextVar {
    name: Rc<str>,
    default: Option<Value>,
}

impl Native for ContextVar {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        var_class(vm)
    }
    fn traverse(&self, visit: &mut dyn FnMut(crate::object::gc::Edge)) {
        self.default.trace(visit);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some(var_repr_at(vm, self as *const Self as usize, self))
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        (name == "name").then(|| Ok(Value::Str(self.name.clone())))
    }
}

/// A `contextvars.Token`: what `set()` returns, for `reset()`.
pub struct Token {
    context: Value,
    var: Value,
    old: Option<Value>,
    used: Cell<bool>,
}

impl Native for Token {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        token_class(vm)
    }
    fn traverse(&self, visit: &mut dyn FnMut(crate::object::gc::Edge)) {
        self.context.trace(visit);
        self.var.trace(visit);
        self.old.trace(visit);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        match name {
            "var" => Some(Ok(self.var.clone())),
            "old_value" => Some(Ok(self.old.clone().unwrap_or_else(|| missing(vm)))),
            _ => None,
        }
    }
}

/// The `Token.MISSING` marker.
struct Missing;

impl Native for Missing {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("Token.MISSING")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        Some(Ok("<Token.MISSING>".into()))
    }
}

/// `Token.MISSING`.
fn missing(vm: &Interp) -> Value {
    token_class(vm)
        .dict
        .borrow()
        .get("MISSING")
        .cloned()
        .unwrap_or(Value::None)
}

/// The current context, made on first use.
pub fn current(vm: &Interp) -> Value {
    if let Some(c) = vm.context.borrow().clone() {
        return c;
    }
    let c = Value::native_tracked(Rc::new(Context::default()));
    *vm.context.borrow_mut() = Some(c.clone());
    c
}

/// The context a new task runs in: a copy of the current one (`None` while
/// no variable was ever set, which `current` treats as empty).
pub fn copy_current(vm: &Interp) -> Option<Value> {
    let c = vm.context.borrow().clone()?;
    c.native::<Context>().map(Context::copy)
}

fn ctx_of<'a>(vm: &Interp, v: &'a Value) -> PyResult<&'a Context> {
    v.native::<Context>()
        .ok_or_else(|| vm.type_error("a Context object is required"))
}

fn var_of<'a>(vm: &Interp, v: &'a Value) -> PyResult<&'a ContextVar> {
    v.native::<ContextVar>().ok_or_else(|| {
        vm.type_error(format!(
            "a ContextVar key was expected, got {}",
            repr(vm, v).unwrap_or_default()
        ))
    })
}

fn receiver(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

fn var_repr(vm: &Interp, this: &Value, var: &ContextVar) -> PyResult<String> {
    var_repr_at(vm, this.id(), var)
}

fn var_repr_at(vm: &Interp, id: usize, var: &ContextVar) -> PyResult<String> {
    let default = match &var.default {
        Some(d) => format!(" default={}", repr(vm, d)?),
        None => String::new(),
    };
    Ok(format!(
        "<ContextVar name={}{default} at {:#x}>",
        repr(vm, &Value::Str(var.name.clone()))?,
        id
    ))
}

fn lookup_error(vm: &Interp, this: &Value, _var: &ContextVar) -> crate::PyErr {
    // CPython raises LookupError(var): its str is the variable's repr.
    crate::PyErr(vm.new_exception(&vm.exc_class(ExcKind::LookupError), vec![this.clone()]))
}

/// `ContextVar[int]`: a generic alias.
fn class_getitem(_vm: &Interp, a: Args) -> PyResult<Value> {
    Ok(crate::protocol::types::generic_alias::new(
        receiver(&a),
        a.pos.get(1).cloned().unwrap_or(Value::None),
    ))
}

const VAR_METHODS: &[(&str, BuiltinFn)] = &[
    ("__new__", |vm, mut a| {
        let rest = Args {
            pos: a.pos.get(1..).map(<[Value]>::to_vec).unwrap_or_default(),
            kw: std::mem::take(&mut a.kw),
        };
        let v = bind_args(vm, "ContextVar", rest, &["name", "default"], 1)?;
        let Some(Value::Str(name)) = &v[0] else {
            return Err(vm.type_error("context variable name must be a str"));
        };
        Ok(Value::native_tracked(Rc::new(ContextVar {
            name: name.clone(),
            default: v[1].clone(),
        })))
    }),
    ("get", |vm, a| {
        let this = receiver(&a);
        let var = var_of(vm, &this)?;
        let found = vm
            .context
            .borrow()
            .as_ref()
            .and_then(|c| c.native::<Context>().and_then(|c| c.get(&this)));
        match found
            .or_else(|| a.pos.get(1).cloned())
            .or_else(|| var.default.clone())
        {
            Some(v) => Ok(v),
            None => Err(lookup_error(vm, &this, var)),
        }
    }),
    ("set", |vm, a| {
        let this = receiver(&a);
        var_of(vm, &this)?;
        let value = a.pos.get(1).cloned().unwrap_or(Value::None);
        let context = current(vm);
        let ctx = ctx_of(vm, &context)?;
        let old = ctx.get(&this);
        ctx.set(&this, Some(value));
        Ok(Value::native_tracked(Rc::new(Token {
            context,
            var: this,
            old,
            used: Cell::new(false),
        })))
    }),
    ("reset", |vm, a| {
        let this = receiver(&a);
        var_of(vm, &this)?;
        let tv = a.pos.get(1).cloned().unwrap_or(Value::None);
        let Some(token) = tv.native::<Token>() else {
            return Err(vm.type_error(format!(
                "expected an instance of Token, got {}",
                repr(vm, &tv)?
            )));
        };
        let token_repr = || token_repr(vm, &tv, token);
        if token.used.get() {
            return Err(vm.error(
                ExcKind::RuntimeError,
                format!("{} has already been used once", token_repr()?),
            ));
        }
        if !token.var.is(&this) {
            return Err(vm.value_error(format!(
                "{} was created by a different ContextVar",
                token_repr()?
            )));
        }
        if !token.context.is(&current(vm)) {
            return Err(vm.value_error(format!(
                "{} was created in a different Context",
                token_repr()?
            )));
        }
        token.used.set(true);
        ctx_of(vm, &token.context)?.set(&this, token.old.clone());
        Ok(Value::None)
    }),
    ("__repr__", |vm, a| {
        let this = receiver(&a);
        Ok(Value::str(&var_repr(vm, &this, var_of(vm, &this)?)?))
    }),
    ("__hash__", |_, a| {
        Ok(Value::Int((receiver(&a).id() >> 4) as i64))
    }),
    ("__class_getitem__", class_getitem),
];

fn token_repr(vm: &Interp, this: &Value, token: &Token) -> PyResult<String> {
    let var = var_of(vm, &token.var)?;
    Ok(format!(
        "<Token{} var={} at {:#x}>",
        if token.used.get() { " used" } else { "" },
        var_repr(vm, &token.var, var)?,
        this.id()
    ))
}

const TOKEN_METHODS: &[(&str, BuiltinFn)] = &[
    ("__repr__", |vm, a| {
        let this = receiver(&a);
        match this.native::<Token>() {
            Some(t) => Ok(Value::str(&token_repr(vm, &this, t)?)),
            None => Err(vm.type_error("a Token object is required")),
        }
    }),
    ("__class_getitem__", class_getitem),
];

/// The value of `var` in context `c`, or KeyError.
fn item(vm: &Interp, c: &Context, var: &Value) -> PyResult<Value> {
    var_of(vm, var)?;
    c.get(var).ok_or_else(|| {
        crate::PyErr(vm.new_exception(&vm.exc_class(ExcKind::KeyError), vec![var.clone()]))
    })
}

fn parts(vm: &Interp, a: &Args, f: fn(&(Value, Value)) -> Value) -> PyResult<Value> {
    let this = receiver(a);
    let c = ctx_of(vm, &this)?;
    Ok(Value::list(c.vars.borrow().iter().map(f).collect()))
}

const CONTEXT_METHODS: &[(&str, BuiltinFn)] = &[
    ("__new__", |vm, a| {
        if a.pos.len() > 1 || !a.kw.is_empty() {
            return Err(vm.type_error("Context() does not accept any arguments"));
        }
        Ok(Value::native_tracked(Rc::new(Context::default())))
    }),
    ("run", |vm, mut a| {
        let this = receiver(&a);
        let c = ctx_of(vm, &this)?;
        let Some(f) = a.pos.get(1).cloned() else {
            return Err(vm.type_error("run() missing 1 required positional argument"));
        };
        if c.entered.replace(true) {
            return Err(vm.error(
                ExcKind::RuntimeError,
                format!(
                    "cannot enter context: {} is already entered",
                    repr(vm, &this)?
                ),
            ));
        }
        let prev = vm.context.replace(Some(this.clone()));
        let args = Args {
            pos: a.pos[2..].to_vec(),
            kw: std::mem::take(&mut a.kw),
        };
        let r = crate::protocol::call::call(vm, &f, args);
        *vm.context.borrow_mut() = prev;
        c.entered.set(false);
        r
    }),
    ("copy", |vm, a| Ok(ctx_of(vm, &receiver(&a))?.copy())),
    ("__getitem__", |vm, a| {
        let this = receiver(&a);
        item(vm, ctx_of(vm, &this)?, a.pos.get(1).unwrap_or(&Value::None))
    }),
    ("get", |vm, a| {
        let this = receiver(&a);
        let c = ctx_of(vm, &this)?;
        let var = a.pos.get(1).cloned().unwrap_or(Value::None);
        var_of(vm, &var)?;
        Ok(c.get(&var)
            .or_else(|| a.pos.get(2).cloned())
            .unwrap_or(Value::None))
    }),
    ("__contains__", |vm, a| {
        let this = receiver(&a);
        let var = a.pos.get(1).cloned().unwrap_or(Value::None);
        var_of(vm, &var)?;
        Ok(Value::Bool(ctx_of(vm, &this)?.get(&var).is_some()))
    }),
    ("__len__", |vm, a| {
        Ok(Value::Int(
            ctx_of(vm, &receiver(&a))?.vars.borrow().len() as i64
        ))
    }),
    ("__iter__", |vm, a| {
        let keys = parts(vm, &a, |(k, _)| k.clone())?;
        crate::protocol::iter::iter_object(vm, &keys)
    }),
    ("keys", |vm, a| parts(vm, &a, |(k, _)| k.clone())),
    ("values", |vm, a| parts(vm, &a, |(_, v)| v.clone())),
    ("items", |vm, a| {
        parts(vm, &a, |(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
    }),
];

fn var_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "_contextvars.ContextVar", |vm| {
        new_class(
            vm,
            "ContextVar",
            "_contextvars",
            vec![],
            Layout::Object,
            "ContextVar",
            VAR_METHODS,
        )
    })
}

fn token_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "_contextvars.Token", |vm| {
        let c = new_class(
            vm,
            "Token",
            "_contextvars",
            vec![],
            Layout::Object,
            "Token",
            TOKEN_METHODS,
        );
        let marker = Value::Native(Rc::new(Missing));
        c.dict.borrow_mut().insert(Rc::from("MISSING"), marker);
        c
    })
}

fn context_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "_contextvars.Context", |vm| {
        new_class(
            vm,
            "Context",
            "_contextvars",
            vec![],
            Layout::Object,
            "Context",
            CONTEXT_METHODS,
        )
    })
}

/// Fills `contextvars`.
pub fn fill(vm: &Interp, ns: &Namespace) -> PyResult<()> {
    crate::stdlib::toolkit::fill(
        ns,
        vec![
            ("ContextVar", Value::Class(var_class(vm))),
            ("Token", Value::Class(token_class(vm))),
            ("Context", Value::Class(context_class(vm))),
            (
                "copy_context",
                crate::object::value::builtin("copy_context", |vm, _| {
                    Ok(ctx_of(vm, &current(vm))?.copy())
                }),
            ),
        ],
    );
    Ok(())
}
