//! `operator`: the operators as functions, plus itemgetter, attrgetter and
//! methodcaller.

use std::any::Any;
use std::rc::Rc;

use pyroclast_syntax::ast::{BinOp, CmpOp, UnaryOp};

use super::toolkit::{add_methods, cached_class, functions, new_class};
use crate::object::exc_kind::ExcKind;
use crate::object::gc::Edge;
use crate::object::model::{Class, Layout, Namespace};
use crate::object::trace::Trace;
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::ops::{self, repr};
use crate::{Interp, PyResult};

/// Builds the `operator` module.
pub fn fill(vm: &Interp, ns: &Namespace) -> PyResult<()> {
    let mut entries = functions(FUNCTIONS);
    // Dunder aliases (`operator.__add__`, ...).
    let mut aliases = Vec::new();
    for (name, f) in FUNCTIONS {
        let base = name.trim_end_matches('_');
        if matches!(
            *name,
            "truth" | "is_" | "is_not" | "countOf" | "indexOf" | "length_hint"
        ) {
            continue;
        }
        let alias: &'static str = match base {
            "add" => "__add__",
            "sub" => "__sub__",
            "mul" => "__mul__",
            "truediv" => "__truediv__",
            "floordiv" => "__floordiv__",
            "mod" => "__mod__",
            "pow" => "__pow__",
            "neg" => "__neg__",
            "pos" => "__pos__",
            "abs" => "__abs__",
            "invert" => "__invert__",
            "not" => "__not__",
            "and" => "__and__",
            "or" => "__or__",
            "xor" => "__xor__",
            "lshift" => "__lshift__",
            "rshift" => "__rshift__",
            "eq" => "__eq__",
            "ne" => "__ne__",
            "lt" => "__lt__",
            "le" => "__le__",
            "gt" => "__gt__",
            "ge" => "__ge__",
            "getitem" => "__getitem__",
            "setitem" => "__setitem__",
            "delitem" => "__delitem__",
            "contains" => "__contains__",
            "concat" => "__concat__",
            "index" => "__index__",
            _ => continue,
        };
        aliases.push((alias, crate::object::value::builtin(name, *f)));
    }
    entries.extend(aliases);
    entries.push((
        "itemgetter",
        Value::Class(getter_class(vm, GetterKind::Item)),
    ));
    entries.push((
        "attrgetter",
        Value::Class(getter_class(vm, GetterKind::Attr)),
    ));
    entries.push((
        "methodcaller",
        Value::Class(getter_class(vm, GetterKind::Method)),
    ));
    super::toolkit::fill(ns, entries);
    Ok(())
}

/// The signature of `_operator.name`, which takes `n` arguments: one is
/// METH_O, more are positional Argument Clinic; CPython qualifies the
/// METH_O and "no keyword arguments" messages with the module.
const fn sig(name: &str, n: usize) -> Sig<'_> {
    let style = if n == 1 { Style::One } else { Style::Clinic };
    Sig::module("_operator", name, style, n, n)
}

fn bin(vm: &Interp, a: &Args, name: &str, op: BinOp) -> PyResult<Value> {
    check(vm, a, &sig(name, 2))?;
    ops::binary_op(vm, op, &a.pos[0], &a.pos[1])
}

fn ibin(vm: &Interp, a: &Args, name: &str, op: BinOp) -> PyResult<Value> {
    check(vm, a, &sig(name, 2))?;
    ops::inplace_op(vm, op, &a.pos[0], &a.pos[1])
}

fn cmp(vm: &Interp, a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    check(vm, a, &sig(name, 2))?;
    ops::compare(vm, op, &a.pos[0], &a.pos[1])
}

fn un(vm: &Interp, a: &Args, name: &str, op: UnaryOp) -> PyResult<Value> {
    check(vm, a, &sig(name, 1))?;
    crate::eval::expr::unary(vm, op, &a.pos[0])
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("add", |vm, a| bin(vm, &a, "add", BinOp::Add)),
    ("sub", |vm, a| bin(vm, &a, "sub", BinOp::Sub)),
    ("mul", |vm, a| bin(vm, &a, "mul", BinOp::Mult)),
    ("matmul", |vm, a| bin(vm, &a, "matmul", BinOp::MatMult)),
    ("truediv", |vm, a| bin(vm, &a, "truediv", BinOp::Div)),
    ("floordiv", |vm, a| bin(vm, &a, "floordiv", BinOp::FloorDiv)),
    ("mod", |vm, a| bin(vm, &a, "mod", BinOp::Mod)),
    ("pow", |vm, a| bin(vm, &a, "pow", BinOp::Pow)),
    ("lshift", |vm, a| bin(vm, &a, "lshift", BinOp::LShift)),
    ("rshift", |vm, a| bin(vm, &a, "rshift", BinOp::RShift)),
    ("and_", |vm, a| bin(vm, &a, "and_", BinOp::BitAnd)),
    ("or_", |vm, a| bin(vm, &a, "or_", BinOp::BitOr)),
    ("xor", |vm, a| bin(vm, &a, "xor", BinOp::BitXor)),
    ("iadd", |vm, a| ibin(vm, &a, "iadd", BinOp::Add)),
    ("isub", |vm, a| ibin(vm, &a, "isub", BinOp::Sub)),
    ("imul", |vm, a| ibin(vm, &a, "imul", BinOp::Mult)),
    ("itruediv", |vm, a| ibin(vm, &a, "itruediv", BinOp::Div)),
    ("ifloordiv", |vm, a| {
        ibin(vm, &a, "ifloordiv", BinOp::FloorDiv)
    }),
    ("imod", |vm, a| ibin(vm, &a, "imod", BinOp::Mod)),
    ("ipow", |vm, a| ibin(vm, &a, "ipow", BinOp::Pow)),
    ("iand", |vm, a| ibin(vm, &a, "iand", BinOp::BitAnd)),
    ("ior", |vm, a| ibin(vm, &a, "ior", BinOp::BitOr)),
    ("ixor", |vm, a| ibin(vm, &a, "ixor", BinOp::BitXor)),
    ("ilshift", |vm, a| ibin(vm, &a, "ilshift", BinOp::LShift)),
    ("irshift", |vm, a| ibin(vm, &a, "irshift", BinOp::RShift)),
    ("iconcat", |vm, a| ibin(vm, &a, "iconcat", BinOp::Add)),
    ("concat", |vm, a| bin(vm, &a, "concat", BinOp::Add)),
    ("eq", |vm, a| cmp(vm, &a, "eq", CmpOp::Eq)),
    ("ne", |vm, a| cmp(vm, &a, "ne", CmpOp::NotEq)),
    ("lt", |vm, a| cmp(vm, &a, "lt", CmpOp::Lt)),
    ("le", |vm, a| cmp(vm, &a, "le", CmpOp::LtE)),
    ("gt", |vm, a| cmp(vm, &a, "gt", CmpOp::Gt)),
    ("ge", |vm, a| cmp(vm, &a, "ge", CmpOp::GtE)),
    ("neg", |vm, a| un(vm, &a, "neg", UnaryOp::USub)),
    ("pos", |vm, a| un(vm, &a, "pos", UnaryOp::UAdd)),
    ("invert", |vm, a| un(vm, &a, "invert", UnaryOp::Invert)),
    ("inv", |vm, a| un(vm, &a, "inv", UnaryOp::Invert)),
    ("not_", |vm, a| un(vm, &a, "not_", UnaryOp::Not)),
    ("truth", |vm, a| {
        check(vm, &a, &sig("truth", 1))?;
        Ok(Value::Bool(ops::truthy(vm, &a.pos[0])?))
    }),
    ("is_", |vm, a| {
        check(vm, &a, &sig("is_", 2))?;
        Ok(Value::Bool(a.pos[0].is(&a.pos[1])))
    }),
    ("is_not", |vm, a| {
        check(vm, &a, &sig("is_not", 2))?;
        Ok(Value::Bool(!a.pos[0].is(&a.pos[1])))
    }),
    ("abs", |vm, a| {
        check(vm, &a, &sig("abs", 1))?;
        call_builtin(vm, "abs", a)
    }),
    ("index", |vm, a| {
        check(vm, &a, &sig("index", 1))?;
        crate::protocol::types::construct::index_arg(vm, &a.pos[0]).map(Value::Int)
    }),
    ("getitem", |vm, a| {
        check(vm, &a, &sig("getitem", 2))?;
        crate::protocol::containers::getitem(vm, &a.pos[0], &a.pos[1])
    }),
    ("setitem", |vm, a| {
        check(vm, &a, &sig("setitem", 3))?;
        crate::protocol::containers::setitem(vm, &a.pos[0], a.pos[1].clone(), a.pos[2].clone())?;
        Ok(Value::None)
    }),
    ("delitem", |vm, a| {
        check(vm, &a, &sig("delitem", 2))?;
        crate::protocol::containers::delitem(vm, &a.pos[0], &a.pos[1])?;
        Ok(Value::None)
    }),
    ("contains", |vm, a| {
        check(vm, &a, &sig("contains", 2))?;
        Ok(Value::Bool(crate::protocol::containers::contains(
            vm, &a.pos[0], &a.pos[1],
        )?))
    }),
    ("countOf", |vm, a| {
        check(vm, &a, &sig("countOf", 2))?;
        let mut n = 0;
        for x in crate::protocol::iter::collect(vm, &a.pos[0])? {
            if x.is(&a.pos[1]) || ops::eq(vm, &x, &a.pos[1])? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    }),
    ("indexOf", |vm, a| {
        check(vm, &a, &sig("indexOf", 2))?;
        for (i, x) in crate::protocol::iter::collect(vm, &a.pos[0])?
            .iter()
            .enumerate()
        {
            if x.is(&a.pos[1]) || ops::eq(vm, x, &a.pos[1])? {
                return Ok(Value::Int(i as i64));
            }
        }
        Err(vm.value_error("sequence.index(x): x not in sequence"))
    }),
    ("length_hint", |vm, a| {
        const SIG: Sig = Sig::module("_operator", "length_hint", Style::Clinic, 1, 2);
        check(vm, &a, &SIG)?;
        match crate::protocol::ops::length(vm, &a.pos[0]) {
            Ok(n) => Ok(Value::Int(n as i64)),
            Err(_) => Ok(a.pos.get(1).cloned().unwrap_or(Value::Int(0))),
        }
    }),
];

fn call_builtin(vm: &Interp, name: &str, a: Args) -> PyResult<Value> {
    let f = vm.builtins.borrow().get(name).cloned();
    match f {
        Some(f) => crate::protocol::call::call(vm, &f, a),
        None => Err(vm.error(ExcKind::NameError, format!("name '{name}' is not defined"))),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum GetterKind {
    Item,
    Attr,
    Method,
}

/// `operator.itemgetter(*items)`.
pub struct ItemGetter(Vec<Value>);
/// `operator.attrgetter(*names)`: each name split at dots.
pub struct AttrGetter(Vec<Vec<Rc<str>>>);
/// `operator.methodcaller(name, *args, **kwargs)`.
pub struct MethodCaller {
    name: Rc<str>,
    args: Vec<Value>,
    kw: Vec<(Rc<str>, Value)>,
}

fn getter_class(vm: &Interp, kind: GetterKind) -> Rc<Class> {
    let (key, name, new): (&'static str, &'static str, BuiltinFn) = match kind {
        GetterKind::Item => ("operator.itemgetter", "itemgetter", |vm, a| {
            getter_args(vm, &a, "itemgetter")?;
            Ok(Value::native_tracked(Rc::new(ItemGetter(
                a.pos[1..].to_vec(),
            ))))
        }),
        GetterKind::Attr => ("operator.attrgetter", "attrgetter", |vm, a| {
            getter_args(vm, &a, "attrgetter")?;
            let mut names = Vec::new();
            for v in a.pos.get(1..).unwrap_or_default() {
                match v {
                    Value::Str(s) => names.push(s.split('.').map(Rc::from).collect()),
                    _ => return Err(vm.type_error("attribute name must be a string")),
                }
            }
            Ok(Value::Native(Rc::new(AttrGetter(names))))
        }),
        GetterKind::Method => ("operator.methodcaller", "methodcaller", |vm, mut a| {
            let name = match a.pos.get(1) {
                Some(Value::Str(s)) => s.clone(),
                Some(_) => return Err(vm.type_error("method name must be a string")),
                None => {
                    return Err(
                        vm.type_error("methodcaller needs at least one argument, the method name")
                    );
                }
            };
            Ok(Value::native_tracked(Rc::new(MethodCaller {
                name,
                args: a.pos.get(2..).unwrap_or_default().to_vec(),
                kw: std::mem::take(&mut a.kw),
            })))
        }),
    };
    cached_class(vm, key, |vm| {
        let c = new_class(vm, name, "operator", vec![], Layout::Object, name, &[]);
        c.dict.borrow_mut().insert(
            Rc::from("__new__"),
            crate::object::value::builtin("__new__", new),
        );
        add_methods(
            &c,
            name,
            &[("__call__", |vm, mut a| {
                let Some(Value::Native(n)) = a.pos.first().cloned() else {
                    return Err(vm.type_error("descriptor '__call__' requires an operator getter"));
                };
                let rest = Args {
                    pos: a.pos[1..].to_vec(),
                    kw: std::mem::take(&mut a.kw),
                };
                n.call(vm, rest)
                    .unwrap_or_else(|| Err(vm.type_error("object is not callable")))
            })],
        );
        c
    })
}

/// `itemgetter(*items)`, `attrgetter(*attrs)`: no keywords, and at least
/// one argument, which CPython checks as `PyArg_UnpackTuple(args, 1, 1)`.
fn getter_args(vm: &Interp, a: &Args, name: &str) -> PyResult<()> {
    let max = if a.pos.len() <= 2 { 1 } else { usize::MAX };
    check(vm, a, &Sig::new(name, Style::Clinic, 1, max))
}

fn one_arg(vm: &Interp, args: &Args, name: &str) -> PyResult<Value> {
    check(vm, args, &Sig::function(name, Style::Clinic, 1, 1))?;
    Ok(args.pos[0].clone())
}

impl Native for ItemGetter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        getter_class(vm, GetterKind::Item)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.0.trace(visit);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some((|| {
            let obj = one_arg(vm, &args, "itemgetter")?;
            if self.0.len() == 1 {
                return crate::protocol::containers::getitem(vm, &obj, &self.0[0]);
            }
            let mut out = Vec::with_capacity(self.0.len());
            for k in &self.0 {
                out.push(crate::protocol::containers::getitem(vm, &obj, k)?);
            }
            Ok(Value::tuple(out))
        })())
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        Some((|| {
            let parts = self
                .0
                .iter()
                .map(|v| repr(vm, v))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(format!("operator.itemgetter({})", parts.join(", ")))
        })())
    }
}

fn get_path(vm: &Interp, obj: &Value, path: &[Rc<str>]) -> PyResult<Value> {
    let mut v = obj.clone();
    for p in path {
        v = crate::protocol::classes::getattr(vm, &v, p)?;
    }
    Ok(v)
}

impl Native for AttrGetter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        getter_class(vm, GetterKind::Attr)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some((|| {
            let obj = one_arg(vm, &args, "attrgetter")?;
            if self.0.len() == 1 {
                return get_path(vm, &obj, &self.0[0]);
            }
            let mut out = Vec::with_capacity(self.0.len());
            for p in &self.0 {
                out.push(get_path(vm, &obj, p)?);
            }
            Ok(Value::tuple(out))
        })())
    }
    fn repr(&self, _vm: &Interp) -> Option<PyResult<String>> {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|p| {
                let joined: Vec<&str> = p.iter().map(|s| &**s).collect();
                ops::repr_str(&joined.join("."))
            })
            .collect();
        Some(Ok(format!("operator.attrgetter({})", parts.join(", "))))
    }
}

impl Native for MethodCaller {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        getter_class(vm, GetterKind::Method)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.args.trace(visit);
        self.kw.trace(visit);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        Some((|| {
            let obj = one_arg(vm, &args, "methodcaller")?;
            crate::protocol::classes::call_method(
                vm,
                &obj,
                &self.name,
                Args {
                    pos: self.args.clone(),
                    kw: self.kw.clone(),
                },
            )
        })())
    }
}
