//! The sync expression evaluator.

use std::cell::RefCell;
use std::rc::Rc;

use pyroclast_syntax::ast::*;

use super::Frame;
use crate::object::dict::Dict;
use crate::object::exc_kind::ExcKind;
use crate::object::model::{Function, namespace};
use crate::object::value::{Args, SetObj, Value};
use crate::protocol::containers::merge_mapping;
use crate::protocol::ops;
use crate::{Interp, PyErr, PyResult};

/// The value of a literal (inlined into the evaluator's loop: literals are
/// among the commonest expressions).
#[inline]
pub fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::BigInt(b.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Imag(f) => imaginary(*f),
        Constant::Str(s) => Value::Str(s.clone()),
        Constant::Bytes(b) => Value::Bytes(b.clone()),
        Constant::Ellipsis => Value::Ellipsis,
    }
}

#[cold]
fn imaginary(f: f64) -> Value {
    crate::protocol::types::complex::Complex::value(0.0, f)
}

#[cold]
fn name_error(vm: &Interp, name: &str) -> PyErr {
    let e = vm.error(ExcKind::NameError, format!("name '{name}' is not defined"));
    if let Value::Instance(i) = &e.0 {
        i.dict
            .borrow_mut()
            .insert(Rc::from("name"), Value::str(name));
    }
    e
}

#[cold]
fn unbound_local(vm: &Interp, name: &str) -> PyErr {
    vm.error(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// A global (then builtin) lookup.
pub fn load_global(vm: &Interp, frame: &Frame, name: &str) -> PyResult<Value> {
    if let Some(v) = frame.globals.borrow().get(name) {
        return Ok(v.clone());
    }
    load_builtin(vm, name)
}

/// The builtin `name`, for a global that is not in the module.
fn load_builtin(vm: &Interp, name: &str) -> PyResult<Value> {
    if let Some(v) = vm.builtins.borrow().get(name) {
        return Ok(v.clone());
    }
    Err(name_error(vm, name))
}

/// `Name::hint` bit marking an index among the builtins (clear: an index
/// in the module's namespace).
const BUILTIN: u32 = 1 << 31;

/// [`load_global`] for a name in code: a module's names keep their places,
/// so checking the key at the place the name was last found usually
/// settles the lookup without hashing; a builtin's miss in the module
/// probes with the hash the site keeps.
#[inline(never)]
fn load_global_hinted(vm: &Interp, frame: &Frame, n: &Name) -> PyResult<Value> {
    use crate::object::model::find_hinted;
    let hint = n.hint.index.get();
    let hash = || crate::object::model::site_hash(&n.hint, &n.id);
    // Where the hint points in each table (nowhere: `usize::MAX`).
    let (in_globals, in_builtins) = if hint & BUILTIN == 0 {
        (hint as usize, usize::MAX)
    } else {
        (usize::MAX, (hint & !BUILTIN) as usize)
    };
    let keep = |at: usize, i: usize, tag: u32| {
        if i != at
            && let Ok(i) = u32::try_from(i)
            && i & BUILTIN == 0
        {
            n.hint.index.set(i | tag);
        }
    };
    if let Some((i, v)) = find_hinted(&frame.globals.borrow(), &n.id, in_globals, hash) {
        keep(in_globals, i, 0);
        return Ok(v.clone());
    }
    match find_hinted(&vm.builtins.borrow(), &n.id, in_builtins, hash) {
        Some((i, v)) => {
            keep(in_builtins, i, BUILTIN);
            Ok(v.clone())
        }
        None => Err(name_error(vm, &n.id)),
    }
}

/// A cell's value: a set cell inline, the errors out of line (the
/// comprehension inside a loop reads its free variables this way).
#[inline(always)]
fn load_cell(vm: &Interp, frame: &Frame, i: u32, name: &str) -> PyResult<Value> {
    if let Some(cell) = frame.cells.get(i as usize)
        && let Some(v) = &*cell.borrow()
    {
        return Ok(v.clone());
    }
    unset_cell(vm, frame, i, name)
}

/// The error for reading cell `i`, which is unset (or missing).
#[cold]
#[inline(never)]
fn unset_cell(vm: &Interp, frame: &Frame, i: u32, name: &str) -> PyResult<Value> {
    if frame.cells.get(i as usize).is_none() {
        return Err(name_error(vm, name));
    }
    let own = frame.scope.as_ref().map_or(0, |s| s.n_own_cells);
    if i < own {
        Err(unbound_local(vm, name))
    } else {
        Err(vm.error(
            ExcKind::NameError,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        ))
    }
}

/// Reads a name.
#[inline(always)]
pub fn load_name(vm: &Interp, frame: &Frame, n: &Name) -> PyResult<Value> {
    // A bound fast local inline at every load site; the rest out of line.
    if let NameSlot::Local(i) = n.slot.get()
        && let Some(Some(v)) = frame.locals.get(i as usize)
    {
        return Ok(v.clone());
    }
    load_name_slow(vm, frame, n)
}

/// A bound fast local's value, borrowed: an operand read in place costs no
/// reference count increment and decrement (or drop call) for the copy.
#[inline(always)]
pub(super) fn peek_local<'f>(frame: &'f Frame, e: &Expr) -> Option<&'f Value> {
    if let ExprKind::Name(n) = &e.kind
        && let NameSlot::Local(i) = n.slot.get()
        && let Some(Some(v)) = frame.locals.get(i as usize)
    {
        return Some(v);
    }
    None
}

/// Runs `f` on the values of two operands that are each a bound fast local
/// or a constant, read in place (`r["id"]`, `i % n`, `x < 3`); `None` when
/// either is anything else. No code runs between the two reads, so this is
/// what evaluating them in order gives.
#[inline(always)]
fn with_simple_operands<R>(
    frame: &Frame,
    left: &Expr,
    right: &Expr,
    f: impl FnOnce(&Value, &Value) -> R,
) -> Option<R> {
    let a = peek_local(frame, left)?;
    match &right.kind {
        ExprKind::Constant(c) => Some(f(a, &constant(c))),
        _ => Some(f(a, peek_local(frame, right)?)),
    }
}

/// A name that is not a bound fast local: a cell, or a module global
/// found where its site last found it, stay here (small, so no saved
/// registers or stack for the probes); the rest goes out of line.
#[inline(never)]
fn load_name_slow(vm: &Interp, frame: &Frame, n: &Name) -> PyResult<Value> {
    match n.slot.get() {
        NameSlot::Cell(i) => load_cell(vm, frame, i, &n.id),
        NameSlot::Global | NameSlot::Unresolved => {
            let hint = n.hint.index.get();
            if hint & BUILTIN == 0
                && let Some((k, v)) = frame.globals.borrow().get_index(hint as usize)
                && std::ptr::eq(k.as_ptr(), n.id.as_ptr())
            {
                return Ok(v.clone());
            }
            load_global_hinted(vm, frame, n)
        }
        _ => load_name_other(vm, frame, n),
    }
}

/// An unbound fast local's error, and names in class bodies.
#[inline(never)]
fn load_name_other(vm: &Interp, frame: &Frame, n: &Name) -> PyResult<Value> {
    match n.slot.get() {
        NameSlot::Local(i) => match frame.locals.get(i as usize) {
            Some(Some(v)) => Ok(v.clone()),
            _ => Err(unbound_local(vm, &n.id)),
        },
        NameSlot::Cell(i) => load_cell(vm, frame, i, &n.id),
        NameSlot::Global | NameSlot::Unresolved => load_global_hinted(vm, frame, n),
        NameSlot::ClassLocal => {
            if let Some(ns) = &frame.class_ns
                && let Some(v) = ns.borrow().get(&*n.id)
            {
                return Ok(v.clone());
            }
            load_global(vm, frame, &n.id)
        }
        NameSlot::ClassCell(i) => {
            if let Some(ns) = &frame.class_ns
                && let Some(v) = ns.borrow().get(&*n.id)
            {
                return Ok(v.clone());
            }
            load_cell(vm, frame, i, &n.id)
        }
    }
}

/// `x op y` for the int operators loops use most, when the result fits in
/// a machine int (`None`: the general path, which also raises for `% 0`).
#[inline]
pub fn small_int_op(op: BinOp, x: i64, y: i64) -> Option<i64> {
    // `+`, `-` and `%` first and inline: recursion, counters and loop
    // tests are mostly them.
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        // `i % n` with both non-negative (`i % 3 == 0`): C's remainder is
        // Python's there.
        BinOp::Mod if x >= 0 && y > 0 => Some(x % y),
        _ => small_int_op_other(op, x, y),
    }
}

#[inline(never)]
fn small_int_op_other(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Mult => x.checked_mul(y),
        BinOp::Mod => {
            // Python's remainder takes the divisor's sign.
            let r = x.checked_rem(y)?;
            Some(if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            })
        }
        BinOp::FloorDiv => {
            let q = x.checked_div(y)?;
            Some(if x % y != 0 && (x < 0) != (y < 0) {
                q - 1
            } else {
                q
            })
        }
        _ => None,
    }
}

/// Evaluates an expression that cannot suspend.
#[inline(always)]
pub fn eval(vm: &Interp, frame: &mut Frame, e: &Expr) -> PyResult<Value> {
    // Constants and bound fast locals (most operands) inline at every
    // site: entering the general evaluator costs about thirty instructions.
    match &e.kind {
        ExprKind::Constant(c) => Ok(constant(c)),
        ExprKind::Name(n) => load_name(vm, frame, n),
        _ => eval_compound(vm, frame, e),
    }
}

/// A condition's truth (`if`, `while`, a comprehension's `if`, `x if c
/// else y`): the value is tested and dropped here, a bool without a
/// drop and the rest with their drop inlined ([`Value::discard`]).
#[inline(always)]
pub fn condition(vm: &Interp, frame: &mut Frame, e: &Expr) -> PyResult<bool> {
    let t = eval(vm, frame, e)?;
    let r = match &t {
        Value::Bool(b) => Ok(*b),
        _ => ops::truthy(vm, &t),
    };
    t.discard();
    r
}

/// [`eval`] of everything but a constant or a name.
fn eval_compound(vm: &Interp, frame: &mut Frame, e: &Expr) -> PyResult<Value> {
    match &e.kind {
        ExprKind::Constant(c) => Ok(constant(c)),
        ExprKind::Name(n) => load_name(vm, frame, n),
        ExprKind::BinOp { left, op, right } => {
            if let Some(r) = with_simple_operands(frame, left, right, |a, b| {
                if let (Value::Int(x), Value::Int(y)) = (a, b)
                    && let Some(r) = small_int_op(*op, *x, *y)
                {
                    return Ok(Value::Int(r));
                }
                ops::binary_op(vm, *op, a, b)
            }) {
                return r;
            }
            let a = eval(vm, frame, left)?;
            let b = eval(vm, frame, right)?;
            if let (Value::Int(x), Value::Int(y)) = (&a, &b)
                && let Some(r) = small_int_op(*op, *x, *y)
            {
                return Ok(Value::Int(r));
            }
            let r = ops::binary_op(vm, *op, &a, &b);
            a.discard();
            b.discard();
            r
        }
        ExprKind::Compare {
            left,
            ops: comparisons,
        } => {
            // One comparison (most): no chain to walk.
            if let [(op, right)] = &comparisons[..] {
                if let Some(r) =
                    with_simple_operands(frame, left, right, |a, b| compare(vm, *op, a, b))
                {
                    return r;
                }
                let a = eval(vm, frame, left)?;
                let b = eval(vm, frame, right)?;
                let r = compare(vm, *op, &a, &b);
                a.discard();
                b.discard();
                return r;
            }
            compare_chain(vm, frame, left, comparisons)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => eval_call(vm, frame, func, args, keywords),
        ExprKind::Attribute { value, attr, hint } => {
            if let Some(v) = peek_local(frame, value) {
                return crate::protocol::classes::getattr_at(vm, v, attr, hint);
            }
            let v = eval(vm, frame, value)?;
            crate::protocol::classes::getattr_at(vm, &v, attr, hint)
        }
        ExprKind::Subscript { value, index, hint } => {
            // `record["qty"]` of a shared-key dict in a local: the key's
            // position as this site last found it, no key value made.
            if let ExprKind::Constant(Constant::Str(k)) = &index.kind
                && let Some(Value::Dict(d)) = peek_local(frame, value)
                && let Ok(d) = d.try_borrow()
                && let Some(v) = d.get_shared_str_at(k, hint)
            {
                return Ok(v);
            }
            if let Some(r) = with_simple_operands(frame, value, index, |v, i| {
                crate::protocol::containers::getitem(vm, v, i)
            }) {
                return r;
            }
            let v = eval(vm, frame, value)?;
            let i = eval(vm, frame, index)?;
            let r = crate::protocol::containers::getitem(vm, &v, &i);
            v.discard();
            i.discard();
            r
        }
        ExprKind::BoolOp { op, values } => {
            let mut last = Value::None;
            for v in values {
                last = eval(vm, frame, v)?;
                let t = ops::truthy(vm, &last)?;
                if (*op == BoolOpKind::And) != t {
                    return Ok(last);
                }
            }
            Ok(last)
        }
        ExprKind::UnaryOp { op, operand } => {
            let v = eval(vm, frame, operand)?;
            unary(vm, *op, &v)
        }
        ExprKind::IfExp { test, body, orelse } => {
            if condition(vm, frame, test)? {
                eval(vm, frame, body)
            } else {
                eval(vm, frame, orelse)
            }
        }
        ExprKind::NamedExpr { .. }
        | ExprKind::Set(_)
        | ExprKind::Dict(_)
        | ExprKind::Comprehension(_)
        | ExprKind::Starred(_)
        | ExprKind::Slice { .. } => eval_rare(vm, frame, e),
        ExprKind::List(items) => Ok(Value::list(eval_items(vm, frame, items)?)),
        ExprKind::Tuple(items) => tuple_display(vm, frame, items),
        ExprKind::FString(parts) => fstring_value(vm, frame, parts),
        ExprKind::Lambda(def) => make_function(vm, frame, def),
        ExprKind::Await(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Err(vm.error(
            ExcKind::SystemError,
            "suspension point reached the sync evaluator",
        )),
    }
}

/// The expressions that are rarely hot (`:=`, set and dict displays,
/// comprehensions, slices), out of [`eval_compound`] to keep its stack
/// frame small: a Python call nests several of them.
#[inline(never)]
fn eval_rare(vm: &Interp, frame: &mut Frame, e: &Expr) -> PyResult<Value> {
    match &e.kind {
        ExprKind::NamedExpr { target, value } => {
            let v = eval(vm, frame, value)?;
            super::assign::assign(vm, frame, target, v.clone())?;
            Ok(v)
        }
        ExprKind::Set(items) => {
            let all_const = items.len() > 2 && items.iter().all(is_folded_constant);
            let items = eval_items(vm, frame, items)?;
            let mut d = crate::object::set_table::SetTable::new();
            for i in items {
                d.set(vm, i, Value::None)?;
            }
            if all_const {
                // CPython compiles a display of 3+ constants to a frozenset
                // constant (rebuilt once more when constants are merged)
                // that is copied into a new set; each step changes the layout.
                let mut rebuilt = crate::object::set_table::SetTable::new();
                for k in d.keys() {
                    rebuilt.set(vm, k, Value::None)?;
                }
                d = rebuilt.copy(vm)?;
            }
            Ok(Value::set(SetObj::new(d, false)))
        }
        ExprKind::Dict(items) => {
            let mut d = Dict::with_capacity(items.len());
            for (k, v) in items {
                match k {
                    Some(k) => {
                        let k = eval(vm, frame, k)?;
                        let v = eval(vm, frame, v)?;
                        d.set(vm, k, v)?;
                    }
                    None => {
                        let m = eval(vm, frame, v)?;
                        merge_mapping(vm, &mut d, &m)?;
                    }
                }
            }
            Ok(Value::dict(d))
        }
        ExprKind::Comprehension(c) => {
            let first = match c.generators.first() {
                Some(g) => eval(vm, frame, &g.iter)?,
                None => Value::None,
            };
            super::suspend::comprehension(vm, frame, c, first)
        }
        ExprKind::Starred(_) => {
            Err(vm.error(ExcKind::SyntaxError, "can't use starred expression here"))
        }
        ExprKind::Slice { lower, upper, step } => {
            let mut part = |p: &Option<Box<Expr>>| -> PyResult<Value> {
                match p {
                    Some(x) => eval(vm, frame, x),
                    None => Ok(Value::None),
                }
            };
            let (a, b, c) = (part(lower)?, part(upper)?, part(step)?);
            Ok(crate::protocol::containers::new_slice(a, b, c))
        }
        _ => eval_compound(vm, frame, e),
    }
}

/// `a < b < c`: a chain of comparisons, each operand evaluated once.
#[inline(never)]
fn compare_chain(
    vm: &Interp,
    frame: &mut Frame,
    left: &Expr,
    comparisons: &[(CmpOp, Expr)],
) -> PyResult<Value> {
    let mut a = eval(vm, frame, left)?;
    let n = comparisons.len();
    for (i, (op, right)) in comparisons.iter().enumerate() {
        let b = eval(vm, frame, right)?;
        let r = compare(vm, *op, &a, &b)?;
        if i + 1 == n {
            return Ok(r);
        }
        if !ops::truthy(vm, &r)? {
            return Ok(r);
        }
        a = b;
    }
    Ok(Value::Bool(true))
}

/// `a op b` for comparisons, including `in`, `is`.
#[inline]
pub fn compare(vm: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    // Two ints (loop counters, `i % n == 0`) at the call site.
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let r = match op {
            CmpOp::Eq => Some(x == y),
            CmpOp::NotEq => Some(x != y),
            CmpOp::Lt => Some(x < y),
            CmpOp::LtE => Some(x <= y),
            CmpOp::Gt => Some(x > y),
            CmpOp::GtE => Some(x >= y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::Bool(r));
        }
    }
    compare_other(vm, op, a, b)
}

#[inline(never)]
fn compare_other(vm: &Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    // Two strs (`r["kind"] == k`): equal when the same object or the same
    // text, without the general comparison's dispatch.
    if let (Value::Str(x), Value::Str(y), CmpOp::Eq | CmpOp::NotEq) = (a, b, op) {
        let same = Rc::ptr_eq(x, y) || **x == **y;
        return Ok(Value::Bool(same == (op == CmpOp::Eq)));
    }
    Ok(match op {
        CmpOp::Is => Value::Bool(a.is(b)),
        CmpOp::IsNot => Value::Bool(!a.is(b)),
        CmpOp::In => Value::Bool(crate::protocol::containers::contains(vm, b, a)?),
        CmpOp::NotIn => Value::Bool(!crate::protocol::containers::contains(vm, b, a)?),
        _ => ops::compare(vm, op, a, b)?,
    })
}

/// Unary operators.
pub fn unary(vm: &Interp, op: UnaryOp, v: &Value) -> PyResult<Value> {
    match (op, v) {
        (UnaryOp::Not, _) => Ok(Value::Bool(!ops::truthy(vm, v)?)),
        (UnaryOp::USub, Value::Int(i)) => Ok(match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
        }),
        (UnaryOp::USub, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
        (UnaryOp::USub, Value::Float(f)) => Ok(Value::Float(-f)),
        (UnaryOp::USub, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
        (UnaryOp::UAdd, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
        (UnaryOp::UAdd, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
        (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
        (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
        (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
        _ => {
            let (name, sym) = match op {
                UnaryOp::USub => ("__neg__", "-"),
                UnaryOp::UAdd => ("__pos__", "+"),
                UnaryOp::Invert => ("__invert__", "~"),
                UnaryOp::Not => ("__bool__", "not"),
            };
            if let Some(r) = crate::protocol::classes::call_dunder(vm, v, name, vec![])? {
                return Ok(r);
            }
            if let Value::Instance(i) = v
                && let Some(p) = i.payload.borrow().clone()
            {
                return unary(vm, op, &p);
            }
            Err(vm.type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                ops::type_name(vm, v)
            )))
        }
    }
}

/// Evaluates display items, expanding `*iterable`.
pub fn eval_items(vm: &Interp, frame: &mut Frame, items: &[Expr]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if let ExprKind::Starred(inner) = &item.kind {
            let v = eval(vm, frame, inner)?;
            out.extend(crate::protocol::iter::collect_star(vm, &v)?);
        } else {
            out.push(eval(vm, frame, item)?);
        }
    }
    Ok(out)
}

/// A tuple display: a short one is made without a vector (the tuple
/// keeps its items inline).
fn tuple_display(vm: &Interp, frame: &mut Frame, items: &[Expr]) -> PyResult<Value> {
    if items.len() > crate::object::value::TUPLE_INLINE || super::calls::any_starred(items) {
        return Ok(Value::tuple(eval_items(vm, frame, items)?));
    }
    let mut out = crate::object::value::NO_ITEMS;
    for (slot, item) in out.iter_mut().zip(items) {
        *slot = eval(vm, frame, item)?;
    }
    Ok(Value::tuple_inline(out, items.len()))
}

/// What a call's arguments are for, to name it in argument errors
/// ("__main__.f() argument after * must be an iterable, not int"). Only
/// described when an error is raised.
#[derive(Clone, Copy)]
pub enum Callee<'a> {
    /// A callable value.
    Value(&'a Value),
    /// `obj.name(...)`, called without building the bound method.
    Method(&'a Value, &'a str),
    /// A builtin function by name (`eval`, `exec`).
    Builtin(&'a str),
}

impl Callee<'_> {
    /// CPython's `_PyObject_FunctionStr`: `module.qualname()`, without the
    /// module for builtins.
    fn describe(self, vm: &Interp) -> String {
        let f = match self {
            Callee::Value(v) => v.clone(),
            Callee::Method(obj, name) => match crate::protocol::classes::getattr(vm, obj, name) {
                Ok(f) => f,
                Err(_) => return format!("{name}()"),
            },
            Callee::Builtin(name) => return format!("{name}()"),
        };
        describe_callable(vm, &f)
    }
}

fn describe_callable(vm: &Interp, f: &Value) -> String {
    match f {
        Value::Function(func) => {
            let qual = func.qualname();
            if &*func.module == "builtins" {
                format!("{qual}()")
            } else {
                format!("{}.{qual}()", func.module)
            }
        }
        Value::Method(m) => describe_callable(vm, &m.1),
        Value::Builtin(b) => match b.owner {
            Some(owner) => format!("{owner}.{}()", b.name),
            None => format!("{}()", b.name),
        },
        Value::Class(c) if c.builtin => format!("{}()", c.name),
        Value::Class(c) => format!("{}.{}()", c.module, c.qualname),
        other => format!("{}()", ops::type_name(vm, other)),
    }
}

/// `*v` in a call: its items, or CPython's error naming the callee.
pub fn star_args(vm: &Interp, v: &Value, callee: Callee) -> PyResult<Vec<Value>> {
    if !crate::protocol::iter::is_iterable(vm, v) {
        return Err(vm.type_error(format!(
            "{} argument after * must be an iterable, not {}",
            callee.describe(vm),
            ops::type_name(vm, v)
        )));
    }
    crate::protocol::iter::collect(vm, v)
}

/// Evaluates call arguments into `Args`.
pub fn eval_args(
    vm: &Interp,
    frame: &mut Frame,
    args: &[Expr],
    keywords: &[Keyword],
    callee: Callee,
) -> PyResult<Args> {
    // Room for one more: a builtin method gets its object put first
    // (`MethodRef::call`), which then moves the items instead of
    // reallocating; a spare vector even when there are no arguments then.
    let mut pos = if args.is_empty() && !matches!(callee, Callee::Method(..)) {
        Vec::new()
    } else {
        crate::object::spare::take_args(args.len() + 1)
    };
    for item in args {
        if let ExprKind::Starred(inner) = &item.kind {
            let v = eval(vm, frame, inner)?;
            pos.extend(star_args(vm, &v, callee)?);
        } else {
            pos.push(eval(vm, frame, item)?);
        }
    }
    let mut kw = Vec::with_capacity(keywords.len());
    for k in keywords {
        let v = eval(vm, frame, &k.value)?;
        push_keyword(vm, &mut kw, k.arg.as_ref(), v, callee)?;
    }
    Ok(Args { pos, kw })
}

/// Adds `name=value` or the items of `**mapping` to keyword arguments.
pub fn push_keyword(
    vm: &Interp,
    kw: &mut Vec<(Rc<str>, Value)>,
    name: Option<&Rc<str>>,
    v: Value,
    callee: Callee,
) -> PyResult<()> {
    match name {
        Some(n) => kw.push((n.clone(), v)),
        None => {
            if !matches!(v, Value::Dict(_))
                && crate::protocol::classes::getattr(vm, &v, "keys").is_err()
            {
                return Err(vm.type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    callee.describe(vm),
                    ops::type_name(vm, &v)
                )));
            }
            let mut d = Dict::new();
            merge_mapping(vm, &mut d, &v)?;
            for (k, val) in d.items() {
                let Value::Str(k) = k else {
                    return Err(vm.type_error("keywords must be strings"));
                };
                if kw.iter().any(|(n, _)| *n == k) {
                    return Err(vm.type_error(format!(
                        "{} got multiple values for keyword argument '{k}'",
                        callee.describe(vm)
                    )));
                }
                kw.push((k, val));
            }
        }
    }
    Ok(())
}

/// Whether global name `n` stands for the builtin of that name (no global
/// hides it), for the builtins that need the calling frame.
#[inline]
pub(super) fn names_builtin(frame: &Frame, n: &Name) -> bool {
    n.slot.get() == NameSlot::Global && !frame.globals.borrow().contains_key(&*n.id)
}

#[inline(always)]
fn eval_call(
    vm: &Interp,
    frame: &mut Frame,
    func: &Expr,
    args: &[Expr],
    keywords: &[Keyword],
) -> PyResult<Value> {
    call_expr::<false>(vm, frame, func, args, keywords, &mut false)
}

/// The call in `await f(...)`: an `async def` that cannot suspend runs at
/// once rather than making a coroutine to await (`calls::await_positional`),
/// and then `*done` is set and the value is its result, not an awaitable.
pub fn call_for_await(
    vm: &Interp,
    frame: &mut Frame,
    func: &Expr,
    args: &[Expr],
    keywords: &[Keyword],
    done: &mut bool,
) -> PyResult<Value> {
    call_expr::<true>(vm, frame, func, args, keywords, done)
}

/// [`eval_call`], and with `AWAIT` [`call_for_await`].
#[inline(always)]
fn call_expr<const AWAIT: bool>(
    vm: &Interp,
    frame: &mut Frame,
    func: &Expr,
    args: &[Expr],
    keywords: &[Keyword],
    done: &mut bool,
) -> PyResult<Value> {
    // `obj.method(...)` without building a bound method.
    if let ExprKind::Attribute { value, attr, hint } = &func.kind {
        // `super().m(...)` without the `super` object when it can.
        let obj = if keywords.is_empty() && super::super_call::is_zero_arg_super(frame, value) {
            match super::super_call::method_call(vm, frame, attr, hint, args) {
                super::super_call::SuperCall::Done(r) => return r,
                super::super_call::SuperCall::Object(o) => o,
            }
        } else {
            eval(vm, frame, value)?
        };
        // `lst.append(x)`, `s.strip()`: a builtin type's method the site
        // found before, called with the object first.
        if keywords.is_empty()
            && let Some((f, fast)) =
                crate::protocol::classes::builtin_method_at(vm, &obj, attr, hint)
            && !super::calls::any_starred(args)
        {
            return call_builtin(vm, frame, f, fast, Some(&obj), args);
        }
        // The method is found before the arguments run, as CPython's
        // LOAD_METHOD finds it.
        let method = crate::protocol::classes::load_method(vm, &obj, attr, Some(hint))?;
        if keywords.is_empty() {
            match &method {
                crate::protocol::classes::MethodRef::Unbound(Value::Function(f)) => {
                    if AWAIT
                        && let Some(r) =
                            super::calls::await_positional(vm, frame, f, Some(&obj), args)
                    {
                        *done = true;
                        return r;
                    }
                    if let Some(r) = super::call_positional(vm, frame, f, Some(&obj), args) {
                        return r;
                    }
                }
                // What `MethodRef::call` does, the object put first as the
                // arguments are evaluated.
                crate::protocol::classes::MethodRef::Unbound(Value::Builtin(b))
                    if !super::calls::any_starred(args) =>
                {
                    return call_builtin(vm, frame, b.func, b.fast, Some(&obj), args);
                }
                // `Cls.static(a)`, `mod.func(a)`, `Cls.classmethod(a)`,
                // `obj.bound_attr(a)`: the attribute is a function, or a
                // function bound to an object.
                crate::protocol::classes::MethodRef::Attr(attr) => {
                    let found = match attr {
                        Value::Function(f) => Some((f, None)),
                        Value::Method(m) => match &m.1 {
                            Value::Function(f) => Some((f, Some(&m.0))),
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some((f, first)) = found {
                        if AWAIT
                            && let Some(r) =
                                super::calls::await_positional(vm, frame, f, first, args)
                        {
                            *done = true;
                            return r;
                        }
                        if let Some(r) = super::call_positional(vm, frame, f, first, args) {
                            return r;
                        }
                    }
                }
                _ => {}
            }
        }
        let a = eval_args(vm, frame, args, keywords, Callee::Method(&obj, attr))?;
        return method.call(vm, &obj, a);
    }
    if let ExprKind::Name(n) = &func.kind
        && args.is_empty()
        && keywords.is_empty()
        && matches!(&*n.id, "super" | "globals" | "locals" | "vars" | "dir")
        && names_builtin(frame, n)
    {
        // Builtins that need the calling frame.
        match &*n.id {
            "super" => return super::super_call::zero_arg_super(vm, frame),
            "globals" => {
                return Ok(crate::protocol::types::construct::globals_dict(
                    &frame.globals,
                ));
            }
            "locals" | "vars" => return Ok(frame_locals(vm, frame)),
            "dir" => {
                let d = frame_locals(vm, frame);
                let keys = crate::protocol::iter::collect(vm, &d)?;
                let mut names: Vec<Value> = keys;
                crate::protocol::sort::timsort(vm, &mut names, None, false)?;
                return Ok(Value::list(names));
            }
            _ => {}
        }
    }
    if let ExprKind::Name(n) = &func.kind
        && matches!(&*n.id, "eval" | "exec")
        && n.slot.get() == NameSlot::Global
        && !frame.globals.borrow().contains_key(&*n.id)
    {
        // eval/exec see the caller's globals and (as a snapshot) its locals.
        let mut a = eval_args(vm, frame, args, keywords, Callee::Builtin(&n.id))?;
        if a.pos.len() == 1 && frame.scope.is_some() {
            a.pos.push(Value::None);
            a.pos.push(frame_locals(vm, frame));
        }
        return if &*n.id == "eval" {
            crate::eval::dynamic::eval_in(vm, &a, &frame.globals)
        } else {
            crate::eval::dynamic::exec_in(vm, &a, &frame.globals)
        };
    }
    let f = eval(vm, frame, func)?;
    if keywords.is_empty() {
        match &f {
            Value::Function(func) => {
                if AWAIT
                    && let Some(r) = super::calls::await_positional(vm, frame, func, None, args)
                {
                    *done = true;
                    return r;
                }
                if let Some(r) = super::call_positional(vm, frame, func, None, args) {
                    return r;
                }
            }
            // `await anext(it)` of a class-based async iterator.
            Value::Builtin(b)
                if AWAIT
                    && std::ptr::fn_addr_eq(
                        b.func,
                        crate::protocol::awaiting::anext as crate::object::value::BuiltinFn,
                    )
                    && let [arg] = args
                    && !matches!(arg.kind, ExprKind::Starred(_)) =>
            {
                let it = eval(vm, frame, arg)?;
                if let Some(r) = super::calls::await_anext(vm, &it) {
                    *done = true;
                    return r;
                }
                return (b.func)(vm, Args::new(vec![it]));
            }
            // `len(x)`, `isinstance(x, T)`: what `protocol::call` does for a
            // builtin given its arguments (a type's method called without
            // any goes the general way, which words that error).
            Value::Builtin(b)
                if (!args.is_empty() || !b.takes_self) && !super::calls::any_starred(args) =>
            {
                return call_builtin(vm, frame, b.func, b.fast, None, args);
            }
            // `Vec(x, y)`, `str(i)`: a class given plain positional arguments.
            Value::Class(c) if !args.is_empty() && !super::calls::any_starred(args) => {
                if let Some(fast) = c.fast_new.get() {
                    return call_fast(vm, frame, fast, None, args, |a| {
                        crate::protocol::call::call_class(vm, &f, c, a)
                    });
                }
                return super::call(vm, &f, positional_args(vm, frame, None, args)?);
            }
            _ => {}
        }
    }
    let a = eval_args(vm, frame, args, keywords, Callee::Value(&f))?;
    super::call(vm, &f, a)
}

/// Calls a builtin with plain positional arguments, `first` (a method's
/// object) ahead: through its shortcut with the arguments in place when
/// it has one and they are few, else with them in a spare vector.
#[inline]
fn call_builtin(
    vm: &Interp,
    frame: &mut Frame,
    func: crate::object::value::BuiltinFn,
    fast: Option<crate::object::value::FastFn>,
    first: Option<&Value>,
    args: &[Expr],
) -> PyResult<Value> {
    match fast {
        Some(fast) => call_fast(vm, frame, fast, first, args, |a| func(vm, a)),
        None => func(vm, positional_args(vm, frame, first, args)?),
    }
}

/// A call through a shortcut ([`crate::object::value::FastFn`]) with the
/// arguments (`first` ahead) evaluated into a stack array, or `full` with
/// them in a spare vector when there are too many or the shortcut declines.
#[inline]
fn call_fast(
    vm: &Interp,
    frame: &mut Frame,
    fast: crate::object::value::FastFn,
    first: Option<&Value>,
    args: &[Expr],
    full: impl FnOnce(Args) -> PyResult<Value>,
) -> PyResult<Value> {
    const IN_PLACE: usize = 4;
    if args.len() >= IN_PLACE {
        return full(positional_args(vm, frame, first, args)?);
    }
    let mut values = arrayvec::ArrayVec::<Value, IN_PLACE>::new();
    if let Some(v) = first {
        values.push(v.clone());
    }
    for a in args {
        values.push(eval(vm, frame, a)?);
    }
    if let Some(r) = fast(vm, &mut values) {
        return r;
    }
    let mut pos = crate::object::spare::take_args(values.len());
    pos.extend(values);
    full(Args::new(pos))
}

/// The arguments of a call with plain positional ones only, `first` (a
/// method's object) ahead, in a spare vector.
#[inline]
fn positional_args(
    vm: &Interp,
    frame: &mut Frame,
    first: Option<&Value>,
    args: &[Expr],
) -> PyResult<Args> {
    let mut pos = crate::object::spare::take_args(args.len() + 1);
    if let Some(v) = first {
        pos.push(v.clone());
    }
    for a in args {
        pos.push(eval(vm, frame, a)?);
    }
    Ok(Args {
        pos,
        kw: Vec::new(),
    })
}

/// What CPython's AST optimizer folds into a constant (for set displays).
fn is_folded_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp {
            op: UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert,
            operand,
        } => {
            matches!(
                operand.kind,
                ExprKind::Constant(
                    Constant::Int(_) | Constant::BigInt(_) | Constant::Float(_) | Constant::Imag(_)
                )
            )
        }
        _ => false,
    }
}

/// `locals()`: the module's globals at top level, else a snapshot of the
/// frame's bound locals and cells.
fn frame_locals(vm: &Interp, frame: &Frame) -> Value {
    if let Some(ns) = &frame.class_ns {
        return crate::protocol::types::construct::namespace_dict(vm, &ns.borrow());
    }
    let Some(scope) = &frame.scope else {
        return crate::protocol::types::construct::globals_dict(&frame.globals);
    };
    let mut d = Dict::new();
    for (i, name) in scope.locals.iter().enumerate() {
        if let Some(Some(v)) = frame.locals.get(i) {
            let _ = d.set(vm, Value::Str(name.clone()), v.clone());
        }
    }
    for (i, name) in scope.cells.iter().enumerate() {
        if let Some(v) = frame.cells.get(i).and_then(|c| c.borrow().clone()) {
            let _ = d.set(vm, Value::Str(name.clone()), v);
        }
    }
    Value::dict(d)
}

/// An f-string's value: built in a spare buffer (no allocation of its own,
/// no growth on the way), then copied once into the str.
fn fstring_value(vm: &Interp, frame: &mut Frame, parts: &[FStringPart]) -> PyResult<Value> {
    let mut out = crate::object::spare::take_string();
    let r = fstring_into(vm, frame, parts, &mut out).map(|()| Value::str(&out));
    crate::object::spare::give_back_string(out);
    r
}

/// Builds the text of an f-string (or of a field's nested format spec).
pub fn fstring(vm: &Interp, frame: &mut Frame, parts: &[FStringPart]) -> PyResult<String> {
    let mut out = String::new();
    fstring_into(vm, frame, parts, &mut out)?;
    Ok(out)
}

fn fstring_into(
    vm: &Interp,
    frame: &mut Frame,
    parts: &[FStringPart],
    out: &mut String,
) -> PyResult<()> {
    for p in parts {
        match p {
            FStringPart::Literal(s) => out.push_str(s),
            FStringPart::Field(f) => {
                let v = eval(vm, frame, &f.value)?;
                // `{name}` and `{count}`: a str or an int with no spec
                // formats as itself (`format(v, "")` is `str(v)` for
                // both), written straight into the result.
                if f.spec.is_none() && matches!(f.conversion, None | Some('s')) {
                    match &v {
                        Value::Str(s) => {
                            out.push_str(s);
                            continue;
                        }
                        Value::Int(i) => {
                            use std::fmt::Write;
                            let _ = write!(out, "{i}");
                            continue;
                        }
                        _ => {}
                    }
                }
                match f.spec.as_deref() {
                    // A literal spec (`{x:>10.2f}`, most) is read in place.
                    Some([FStringPart::Literal(spec)]) => {
                        format_field_into(vm, &v, f.conversion, spec, out)?;
                    }
                    Some(spec) => {
                        let spec = fstring(vm, frame, spec)?;
                        format_field_into(vm, &v, f.conversion, &spec, out)?;
                    }
                    None => format_field_into(vm, &v, f.conversion, "", out)?,
                }
            }
        }
    }
    Ok(())
}

/// Applies a conversion and a format spec, as an f-string field does.
pub fn format_field(
    vm: &Interp,
    v: &Value,
    conversion: Option<char>,
    spec: &str,
) -> PyResult<String> {
    let mut out = String::new();
    format_field_into(vm, v, conversion, spec, &mut out)?;
    Ok(out)
}

/// [`format_field`] appended to `out`.
fn format_field_into(
    vm: &Interp,
    v: &Value,
    conversion: Option<char>,
    spec: &str,
    out: &mut String,
) -> PyResult<()> {
    let converted;
    let v = match conversion {
        Some('r') => {
            converted = Value::str(&ops::repr(vm, v)?);
            &converted
        }
        Some('s') => {
            converted = Value::str(&ops::to_str(vm, v)?);
            &converted
        }
        Some('a') => {
            converted = Value::str(&crate::protocol::text::format::ascii(&ops::repr(vm, v)?));
            &converted
        }
        _ => v,
    };
    crate::protocol::text::format::format_value_into(vm, v, spec, out)
}

/// Creates a function object from a `def` or `lambda`.
pub fn make_function(vm: &Interp, frame: &mut Frame, def: &Rc<FunctionDef>) -> PyResult<Value> {
    let mut defaults = Vec::new();
    for p in def.params.posonly.iter().chain(&def.params.args) {
        if let Some(d) = &p.default {
            defaults.push(eval(vm, frame, d)?);
        }
    }
    let mut kwdefaults = Vec::new();
    for p in &def.params.kwonly {
        if let Some(d) = &p.default {
            kwdefaults.push((p.name.clone(), eval(vm, frame, d)?));
        }
    }
    let mut annotations: Vec<(Rc<str>, Value)> = Vec::new();
    let p = &def.params;
    for param in p
        .posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg)
    {
        if let Some(a) = &param.annotation {
            annotations.push((param.name.clone(), eval(vm, frame, a)?));
        }
    }
    if let Some(r) = &def.returns {
        annotations.push((Rc::from("return"), eval(vm, frame, r)?));
    }
    let scope = def.scope.get().cloned().unwrap_or_default();
    let closure: Vec<crate::object::model::CellRef> = scope
        .free_sources
        .iter()
        .map(|&i| {
            frame
                .cells
                .get(i as usize)
                .cloned()
                .unwrap_or_else(super::new_cell)
        })
        .collect();
    let qualname: Rc<str> = Rc::from(format!("{}{}", frame.qual.prefix(), def.name));
    let module = match frame.globals.borrow().get("__name__") {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from("__main__"),
    };
    let func = Function {
        shape: crate::object::model::CallShape::of(def, &closure),
        def: def.clone(),
        code: frame.code.clone(),
        globals: frame.globals.clone(),
        defaults,
        kwdefaults,
        closure,
        names: RefCell::new(crate::object::model::QualNames::new(
            def.name.clone(),
            qualname.clone(),
        )),
        module,
        code_qualname: qualname,
        dict: namespace(),
        weakrefs: std::cell::Cell::new(false),
        iterable_coroutine: std::cell::Cell::new(false),
        spare_frames: RefCell::default(),
    };
    if !annotations.is_empty() {
        let mut d = Dict::new();
        for (k, v) in annotations {
            d.set(vm, Value::Str(k), v)?;
        }
        func.dict
            .borrow_mut()
            .insert(Rc::from("__annotations__"), Value::dict(d));
    }
    let mut f = Value::function(func);
    for d in def.decorators.iter().rev() {
        let dec = eval(vm, frame, d)?;
        f = super::call(vm, &dec, Args::new(vec![f]))?;
    }
    Ok(f)
}

/// PEP 560: a base that is not a class (`list[int]`, `Generic[T]`) is
/// replaced by what its `__mro_entries__` returns; the bases as written
/// are then kept as `__orig_bases__`.
fn mro_entries(vm: &Interp, bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<Vec<Value>>)> {
    if bases.iter().all(|b| matches!(b, Value::Class(_))) {
        return Ok((bases, None));
    }
    let written = Value::tuple(bases.clone());
    let mut resolved = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in &bases {
        if !matches!(b, Value::Class(_))
            && let Ok(f) = crate::protocol::classes::getattr(vm, b, "__mro_entries__")
        {
            let entries = crate::protocol::call::call(vm, &f, Args::new(vec![written.clone()]))?;
            let Value::Tuple(t) = entries else {
                return Err(vm.type_error("__mro_entries__ must return a tuple"));
            };
            resolved.extend(t.iter().cloned());
            changed = true;
        } else {
            resolved.push(b.clone());
        }
    }
    Ok((resolved, changed.then_some(bases)))
}

/// Executes a class statement and returns the (decorated) class.
pub fn make_class(vm: &Interp, frame: &mut Frame, def: &Rc<ClassDef>) -> PyResult<Value> {
    let mut decorators = Vec::new();
    for d in &def.decorators {
        decorators.push(eval(vm, frame, d)?);
    }
    let bases = eval_items(vm, frame, &def.bases)?;
    let (bases, orig_bases) = mro_entries(vm, bases)?;
    let mut class_kw = Vec::new();
    let mut explicit_meta = None;
    for k in &def.keywords {
        let v = eval(vm, frame, &k.value)?;
        match &k.arg {
            Some(name) if &**name == "metaclass" => explicit_meta = Some(v),
            Some(name) => class_kw.push((name.clone(), v)),
            None => {}
        }
    }
    let meta = crate::protocol::classes::metaclass_for(vm, explicit_meta.as_ref(), &bases);
    let scope = def.scope.get().cloned().unwrap_or_default();
    let ns = Rc::new(namespace());
    let module = match frame.globals.borrow().get("__name__") {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from("__main__"),
    };
    let qualname = format!("{}{}", frame.qual.prefix(), def.name);
    ns.borrow_mut()
        .insert(Rc::from("__module__"), Value::Str(module.clone()));
    ns.borrow_mut()
        .insert(Rc::from("__qualname__"), Value::str(&qualname));
    if let Some(orig) = orig_bases {
        ns.borrow_mut()
            .insert(Rc::from("__orig_bases__"), Value::tuple(orig));
    }
    if let Some(first) = def.body.first()
        && let StmtKind::Expr(e) = &first.kind
        && let ExprKind::Constant(Constant::Str(doc)) = &e.kind
    {
        ns.borrow_mut()
            .insert(Rc::from("__doc__"), Value::Str(doc.clone()));
    } else {
        // Every class has a `__doc__`, None without a docstring.
        ns.borrow_mut().insert(Rc::from("__doc__"), Value::None);
    }
    let mut cells = Vec::with_capacity(scope.cells.len());
    for _ in 0..scope.n_own_cells {
        cells.push(super::new_cell());
    }
    for &i in &scope.free_sources {
        cells.push(
            frame
                .cells
                .get(i as usize)
                .cloned()
                .unwrap_or_else(super::new_cell),
        );
    }
    let class_cell = if scope.needs_class_cell {
        cells.first().cloned()
    } else {
        None
    };
    let mut body_frame = Frame {
        locals: Vec::new(),
        cells: cells.into_boxed_slice(),
        globals: frame.globals.clone(),
        class_ns: Some(ns.clone()),
        code: frame.code.clone(),
        offset: def.span.start,
        channel: None,
        qual: super::Qual::Prefix(Rc::from(format!("{qualname}."))),
        scope: Some(scope),
        echo: false,
        kept: Default::default(),
    };
    vm.enter_frame(
        crate::object::frames::FrameOwner::code(&frame.code, &frame.globals, def.name.clone()),
        def.span.start,
    )?;
    let r = super::stmt::exec_block(vm, &mut body_frame, &def.body);
    vm.leave_frame();
    match r {
        Ok(()) => {}
        Err(crate::Flow::Raise(e)) => {
            body_frame.add_traceback(&e);
            return Err(e);
        }
        Err(_) => {}
    }
    let table = std::mem::take(&mut *ns.borrow_mut());
    let class = match &meta {
        Some(meta) => {
            let created = crate::protocol::classes::create_with_metaclass(
                vm,
                meta,
                &def.name,
                &qualname,
                &module,
                bases,
                RefCell::new(table),
                class_kw,
            )?;
            match created {
                Value::Class(c) => c,
                other => return Ok(other),
            }
        }
        None => {
            let c = crate::protocol::classes::build_class(
                vm,
                &def.name,
                &qualname,
                &module,
                bases,
                RefCell::new(table),
            )?;
            crate::protocol::classes::finish_class(vm, &c, class_kw)?;
            c
        }
    };
    if let Some(cell) = class_cell {
        *cell.borrow_mut() = Some(Value::Class(class.clone()));
    }
    let mut v = Value::Class(class);
    for d in decorators.iter().rev() {
        v = super::call(vm, d, Args::new(vec![v]))?;
    }
    Ok(v)
}
