//! Python values. Everything is `Rc`-shared and `!Send`: one interpreter lives
//! on one thread. Small immutable values (None, bool, int, float) are stored
//! inline; the rest point to shared objects.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::dict::Dict;
use crate::object::gc;
use crate::object::model::{Class, Function, Instance, ModuleObj};

/// Shared ownership of runtime objects (single-threaded by design).
pub type Shared<T> = Rc<T>;

/// A Python value.
#[derive(Clone)]
pub enum Value {
    /// `None`
    None,
    /// `NotImplemented`
    NotImplemented,
    /// `...`
    Ellipsis,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in i64 (the fast path).
    Int(i64),
    /// An int that does not fit in i64; never holds an i64-sized value.
    BigInt(Rc<BigInt>),
    /// A float.
    Float(f64),
    /// A str.
    Str(Rc<str>),
    /// A bytes object.
    Bytes(Rc<[u8]>),
    /// A list.
    List(Rc<RefCell<ListItems>>),
    /// A tuple.
    Tuple(Rc<Tuple>),
    /// A dict.
    Dict(Rc<RefCell<Dict>>),
    /// A set or frozenset.
    Set(Rc<SetObj>),
    /// A user-defined function or lambda.
    Function(Rc<Function>),
    /// A function implemented in Rust.
    Builtin(Rc<Builtin>),
    /// A function or builtin bound to its first argument.
    Method(Rc<Bound>),
    /// A class (builtin or user-defined).
    Class(Rc<Class>),
    /// An instance of a user-defined class (exceptions included).
    Instance(Rc<Instance>),
    /// A module.
    Module(Rc<ModuleObj>),
    /// Any other runtime object: iterators, generators, coroutines, ranges,
    /// descriptors, asyncio objects...
    Native(Rc<dyn Native>),
}

/// A list's items: a `Vec` whose drop goes through the trashcan
/// (`object/trashcan.rs`), so that freeing a deeply nested list does not
/// recurse on the native stack.
#[derive(Clone, Default)]
pub struct ListItems(Vec<Value>);

impl ListItems {
    /// The items as a `Vec`, leaving this empty.
    pub fn take_vec(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.0)
    }
    /// The items as a `Vec`.
    pub fn into_vec(mut self) -> Vec<Value> {
        self.take_vec()
    }
}

impl From<Vec<Value>> for ListItems {
    fn from(v: Vec<Value>) -> Self {
        ListItems(v)
    }
}

impl std::ops::Deref for ListItems {
    type Target = Vec<Value>;
    #[inline]
    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl std::ops::DerefMut for ListItems {
    #[inline]
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.0
    }
}

impl Drop for ListItems {
    #[inline]
    fn drop(&mut self) {
        if !self.0.is_empty() {
            crate::object::trashcan::dispose(std::mem::take(&mut self.0));
        }
    }
}

/// A tuple's items; dropped through the trashcan like [`ListItems`].
pub struct Tuple(TupleItems);

/// Most tuples are pairs and triples (keys, `return a, b`, dict items,
/// sort keys): those live inside the tuple's own allocation, so making
/// one costs one allocation instead of two.
enum TupleItems {
    /// Up to [`TUPLE_INLINE`] items; the slots past `len` hold `None`.
    Inline {
        len: u8,
        items: [Value; TUPLE_INLINE],
    },
    /// Longer tuples.
    Boxed(Box<[Value]>),
}

/// How many items a tuple keeps inline.
pub const TUPLE_INLINE: usize = 3;

/// Inline slots holding nothing yet (each use is a fresh array).
pub const NO_ITEMS: [Value; TUPLE_INLINE] = [Value::None, Value::None, Value::None];

impl Tuple {
    /// A tuple of `items`.
    pub fn new(mut items: Vec<Value>) -> Tuple {
        let len = items.len();
        if len > TUPLE_INLINE || len == 0 {
            return Tuple(TupleItems::Boxed(items.into_boxed_slice()));
        }
        let mut inline = NO_ITEMS;
        for slot in inline[..len].iter_mut().rev() {
            *slot = items.pop().unwrap_or(Value::None);
        }
        crate::object::spare::give_back_args(items);
        Tuple::inline(inline, len)
    }

    /// A tuple of the first `len` (at most [`TUPLE_INLINE`]) of `items`.
    fn inline(items: [Value; TUPLE_INLINE], len: usize) -> Tuple {
        Tuple(TupleItems::Inline {
            len: len.min(TUPLE_INLINE) as u8,
            items,
        })
    }
}

impl std::ops::Deref for Tuple {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        match &self.0 {
            TupleItems::Inline { len, items } => &items[..usize::from(*len)],
            TupleItems::Boxed(b) => b,
        }
    }
}

impl Drop for Tuple {
    #[inline]
    fn drop(&mut self) {
        match &mut self.0 {
            TupleItems::Inline { items, .. } => {
                crate::object::trashcan::dispose(std::mem::replace(items, NO_ITEMS))
            }
            TupleItems::Boxed(b) if !b.is_empty() => {
                crate::object::trashcan::dispose(std::mem::take(b))
            }
            TupleItems::Boxed(_) => {}
        }
    }
}

/// A bound method: the object (`__self__`) and the function (`__func__`);
/// dropped through the trashcan like [`ListItems`].
pub struct Bound(pub Value, pub Value);

impl Drop for Bound {
    #[inline]
    fn drop(&mut self) {
        let obj = std::mem::replace(&mut self.0, Value::None);
        let func = std::mem::replace(&mut self.1, Value::None);
        crate::object::trashcan::dispose((obj, func));
    }
}

/// A set's contents; `frozen` distinguishes frozenset.
pub struct SetObj {
    /// Members, in CPython's table layout.
    pub items: RefCell<crate::object::set_table::SetTable>,
    /// `frozenset` rather than `set`.
    pub frozen: bool,
    /// Weak references to it were made (`object/weakref.rs`).
    pub weakrefs: std::cell::Cell<bool>,
}

impl SetObj {
    /// A set (or frozenset) holding `items`.
    pub fn new(items: crate::object::set_table::SetTable, frozen: bool) -> SetObj {
        SetObj {
            items: RefCell::new(items),
            frozen,
            weakrefs: std::cell::Cell::new(false),
        }
    }
}

impl Drop for SetObj {
    fn drop(&mut self) {
        if self.weakrefs.get() {
            crate::object::weakref::freed(self as *const Self as *const () as usize);
        }
    }
}

/// Signature of a builtin function.
pub type BuiltinFn = fn(&crate::Interp, Args) -> crate::PyResult<Value>;

/// A builtin's shortcut for a call with positional arguments only, given
/// in place (a method's object first; it may move them out): the shapes
/// it knows are answered without an argument vector; `None` sends the
/// call to the builtin's [`BuiltinFn`] (which words every error), having
/// touched nothing.
pub type FastFn = fn(&crate::Interp, &mut [Value]) -> Option<crate::PyResult<Value>>;

/// A Rust-implemented callable.
pub struct Builtin {
    /// Its `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: BuiltinFn,
    /// The shortcut for positional calls, if it has one (`len(x)`,
    /// `lst.append(x)`): set by [`with_fast`].
    pub fast: Option<FastFn>,
    /// For methods: the `__qualname__` owner (e.g. `str`).
    pub owner: Option<&'static str>,
    /// A method that reads its instance as the first positional argument
    /// (false for functions and static methods).
    pub takes_self: bool,
}

impl Builtin {
    /// Calls it: through its shortcut when the call has no keywords and
    /// the shortcut takes it.
    #[inline]
    pub fn call(&self, vm: &crate::Interp, mut args: Args) -> crate::PyResult<Value> {
        if let Some(fast) = self.fast
            && args.kw.is_empty()
            && let Some(r) = fast(vm, &mut args.pos)
        {
            return r;
        }
        (self.func)(vm, args)
    }
}

/// The builtin `b` (a function or method value) with `fast` as its
/// shortcut; anything else unchanged.
pub fn with_fast(b: &Value, fast: FastFn) -> Value {
    match b {
        Value::Builtin(b) => Value::Builtin(Rc::new(Builtin {
            name: b.name,
            func: b.func,
            fast: Some(fast),
            owner: b.owner,
            takes_self: b.takes_self,
        })),
        other => other.clone(),
    }
}

/// Positional and keyword arguments of a call.
#[derive(Default)]
pub struct Args {
    /// Positional arguments.
    pub pos: Vec<Value>,
    /// Keyword arguments in call order.
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    /// Positional-only arguments.
    pub fn new(pos: Vec<Value>) -> Self {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
    /// Removes and returns a keyword argument.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }
}

impl Drop for Args {
    fn drop(&mut self) {
        crate::object::spare::give_back_args(std::mem::take(&mut self.pos));
    }
}

/// A future that `await` polls.
pub type Awaitable<'a> =
    std::pin::Pin<Box<dyn std::future::Future<Output = crate::PyResult<Value>> + 'a>>;

/// Behaviour shared by runtime objects that aren't core variants.
pub trait Native: Any {
    /// The object's class.
    fn class(&self, vm: &crate::Interp) -> Rc<Class>;
    /// Downcasting support.
    fn as_any(&self) -> &dyn Any;
    /// `repr()`, when it differs from the default `<name object at 0x...>`.
    fn repr(&self, _vm: &crate::Interp) -> Option<crate::PyResult<String>> {
        None
    }
    /// A hash that does not depend on the object's address (so sets of such
    /// objects iterate in the same order on every run).
    fn stable_hash(&self) -> Option<i64> {
        None
    }
    /// `hash(obj)` when it is computed from other objects (which may run
    /// Python code); `None` for the default hash.
    fn py_hash(&self, _vm: &crate::Interp) -> Option<crate::PyResult<i64>> {
        None
    }
    /// Reports every strong reference to a Python value the object holds,
    /// for the cycle collector (`object/gc.rs`). An object that can be part
    /// of a cycle implements it and [`clear_refs`](Native::clear_refs), and
    /// registers itself when made (`Value::native_tracked`); reporting a
    /// reference the object does not own would free live objects, so report
    /// exactly what it holds.
    fn traverse(&self, _visit: &mut dyn FnMut(crate::object::gc::Edge)) {}
    /// Moves the references the object can drop into `out`, breaking the
    /// cycles it is part of.
    fn clear_refs(&self, _out: &mut Vec<Value>) {}
    /// True for iterator objects (their `next` works).
    fn is_iterator(&self) -> bool {
        false
    }
    /// `next()` for iterators: `Ok(None)` means exhausted.
    fn next(&self, _vm: &crate::Interp) -> Option<crate::PyResult<Option<Value>>> {
        None
    }
    /// The object's own attribute dict, when it has one (`setattr` stores
    /// there; the object's `get_attr` reads it).
    fn instance_dict(&self) -> Option<&crate::object::model::Namespace> {
        None
    }
    /// Attribute lookup for attributes the class dict doesn't hold.
    fn get_attr(&self, _vm: &crate::Interp, _name: &str) -> Option<crate::PyResult<Value>> {
        None
    }
    /// The "has weak references" flag of a type that can be weakly
    /// referenced; such a type calls [`crate::object::weakref::freed`] from
    /// its `Drop` when the flag is set.
    fn weak_flag(&self) -> Option<&std::cell::Cell<bool>> {
        None
    }
    /// Assignment to an attribute the object itself keeps (`None`: not
    /// one of them).
    fn set_attr(
        &self,
        _vm: &crate::Interp,
        _name: &str,
        _value: &Value,
    ) -> Option<crate::PyResult<()>> {
        None
    }
    /// Calling the object.
    fn call(&self, _vm: &crate::Interp, _args: Args) -> Option<crate::PyResult<Value>> {
        None
    }
    /// True when [`Native::call`] calls (for `callable()`, whose answer
    /// cannot come from calling).
    fn is_callable(&self) -> bool {
        false
    }
    /// For futures of an event loop (asyncio's Future and Task): the future
    /// that `await` polls for `this` (the object as a value). `owner` is
    /// what a cancellation of the awaiting task cancels, when it is not the
    /// future itself (an object whose `__await__` returned the future).
    fn await_future<'a>(
        &self,
        _vm: &'a crate::Interp,
        _this: &Value,
        _owner: Option<&Value>,
    ) -> Option<Awaitable<'a>> {
        None
    }
}

/// Clone and drop written out where the hottest sites inline them.
/// Derived, they are one shared function each, whose jump on the variant
/// mixes the types of every caller and is mispredicted half the time
/// (`benches/records.py`: 55% of 12 million drops, two thirds of 6
/// million clones); inlined at a site, the jump learns that site's types.
/// Everywhere else the shared functions stay (inlining them at every
/// site made the code larger and slower).
impl Value {
    /// [`Clone::clone`], inlined into the caller.
    #[inline(always)]
    pub fn dup(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::BigInt(v) => Value::BigInt(Rc::clone(v)),
            Value::Float(f) => Value::Float(*f),
            Value::Str(v) => Value::Str(Rc::clone(v)),
            Value::Bytes(v) => Value::Bytes(Rc::clone(v)),
            Value::List(v) => Value::List(Rc::clone(v)),
            Value::Tuple(v) => Value::Tuple(Rc::clone(v)),
            Value::Dict(v) => Value::Dict(Rc::clone(v)),
            Value::Set(v) => Value::Set(Rc::clone(v)),
            Value::Function(v) => Value::Function(Rc::clone(v)),
            Value::Builtin(v) => Value::Builtin(Rc::clone(v)),
            Value::Method(v) => Value::Method(Rc::clone(v)),
            Value::Class(v) => Value::Class(Rc::clone(v)),
            Value::Instance(v) => Value::Instance(Rc::clone(v)),
            Value::Module(v) => Value::Module(Rc::clone(v)),
            Value::Native(v) => Value::Native(Rc::clone(v)),
        }
    }

    /// Drops the value, inlined into the caller.
    #[inline(always)]
    pub fn discard(self) {
        match self {
            Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_) => {}
            Value::BigInt(v) => drop(v),
            Value::Str(v) => drop(v),
            Value::Bytes(v) => drop(v),
            Value::List(v) => drop(v),
            Value::Tuple(v) => drop(v),
            Value::Dict(v) => drop(v),
            Value::Set(v) => drop(v),
            Value::Function(v) => drop(v),
            Value::Builtin(v) => drop(v),
            Value::Method(v) => drop(v),
            Value::Class(v) => drop(v),
            Value::Instance(v) => drop(v),
            Value::Module(v) => drop(v),
            Value::Native(v) => drop(v),
        }
    }
}

impl Value {
    /// `True`/`False` from a Rust bool.
    pub fn bool(b: bool) -> Value {
        Value::Bool(b)
    }

    /// A str value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    /// A new list.
    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(RefCell::new(ListItems(items)));
        gc::track(gc::Tracked::List(Rc::downgrade(&l)));
        Value::List(l)
    }

    /// A new tuple. Only tuples holding a container are registered with
    /// the collector: a tuple cannot change, so one holding only atoms can
    /// never be part of a cycle.
    pub fn tuple(items: Vec<Value>) -> Value {
        let track = items.iter().any(Value::may_hold_references);
        Value::tracked_tuple(Tuple::new(items), track)
    }

    /// A tuple of the first `len` (at most [`TUPLE_INLINE`]) of `items`,
    /// made without a vector (tuple displays, `return a, b`).
    pub fn tuple_inline(items: [Value; TUPLE_INLINE], len: usize) -> Value {
        let track = items.iter().any(Value::may_hold_references);
        Value::tracked_tuple(Tuple::inline(items, len), track)
    }

    fn tracked_tuple(t: Tuple, track: bool) -> Value {
        let t = Rc::new(t);
        if track {
            gc::track(gc::Tracked::Tuple(Rc::downgrade(&t)));
        }
        Value::Tuple(t)
    }

    /// A new dict.
    pub fn dict(mut d: Dict) -> Value {
        if !d.holds_containers() {
            // Untracked until a container is stored (`Dict::set`).
            return Value::Dict(Rc::new_cyclic(|me| {
                d.leave_untracked(me.clone());
                RefCell::new(d)
            }));
        }
        d.forget_standing();
        let d = Rc::new(RefCell::new(d));
        gc::track(gc::Tracked::Dict(Rc::downgrade(&d)));
        Value::Dict(d)
    }

    /// A new set or frozenset.
    pub fn set(s: SetObj) -> Value {
        let s = Rc::new(s);
        gc::track(gc::Tracked::Set(Rc::downgrade(&s)));
        Value::Set(s)
    }

    /// A new instance of a user-defined class.
    #[inline(always)]
    pub fn instance(i: Instance) -> Value {
        let i = Rc::new(i);
        gc::track(gc::Tracked::Instance(Rc::downgrade(&i)));
        Value::Instance(i)
    }

    /// A new user-defined function.
    pub fn function(f: Function) -> Value {
        let f = Rc::new(f);
        gc::track(gc::Tracked::Function(Rc::downgrade(&f)));
        Value::Function(f)
    }

    /// `func` bound to `obj` (a bound method).
    pub fn bound(obj: Value, func: Value) -> Value {
        let m = Rc::new(Bound(obj, func));
        gc::track(gc::Tracked::Method(Rc::downgrade(&m)));
        Value::Method(m)
    }

    /// A runtime object that reports its references to the collector
    /// ([`Native::traverse`]), registered when `track` (an object holding
    /// only atoms can skip the registry's cost).
    pub fn native_tracked_if(n: Rc<dyn Native>, track: bool) -> Value {
        if track {
            gc::track(gc::Tracked::Native(Rc::downgrade(&n)));
        }
        Value::Native(n)
    }

    /// A runtime object that reports its references to the collector
    /// ([`Native::traverse`]).
    pub fn native_tracked(n: Rc<dyn Native>) -> Value {
        gc::track(gc::Tracked::Native(Rc::downgrade(&n)));
        Value::Native(n)
    }

    /// The number of strong references to the object, for
    /// `sys.getrefcount`; `None` for values stored inline (None, bools,
    /// ints, floats), which have no count.
    pub fn refcount(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::strong_count(r),
            Value::Str(r) => Rc::strong_count(r),
            Value::Bytes(r) => Rc::strong_count(r),
            Value::List(r) => Rc::strong_count(r),
            Value::Tuple(r) => Rc::strong_count(r),
            Value::Dict(r) => Rc::strong_count(r),
            Value::Set(r) => Rc::strong_count(r),
            Value::Function(r) => Rc::strong_count(r),
            Value::Builtin(r) => Rc::strong_count(r),
            Value::Method(r) => Rc::strong_count(r),
            Value::Class(r) => Rc::strong_count(r),
            Value::Instance(r) => Rc::strong_count(r),
            Value::Module(r) => Rc::strong_count(r),
            Value::Native(r) => Rc::strong_count(r),
            _ => return None,
        })
    }

    /// True for values that can hold references to other objects (and so
    /// be part of a cycle); atoms such as ints and strings cannot.
    #[inline]
    pub fn may_hold_references(&self) -> bool {
        matches!(
            self,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::Function(_)
                | Value::Method(_)
                | Value::Class(_)
                | Value::Instance(_)
                | Value::Native(_)
        )
    }

    /// An int from a big integer, normalised to the i64 fast path.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; value identity matches its
            // behaviour for the values scripts compare with `is`.
            (Value::Int(a), Value::Int(b)) => a == b && (-5..=256).contains(a),
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (Value::BigInt(a), Value::BigInt(b)) => Rc::ptr_eq(a, b),
            (Value::Bytes(a), Value::Bytes(b)) => Rc::ptr_eq(a, b),
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => {
                Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty())
            }
            (Value::Dict(a), Value::Dict(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
            (Value::Builtin(a), Value::Builtin(b)) => Rc::ptr_eq(a, b),
            (Value::Method(a), Value::Method(b)) => Rc::ptr_eq(a, b),
            (Value::Class(a), Value::Class(b)) => Rc::ptr_eq(a, b),
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            (Value::Module(a), Value::Module(b)) => Rc::ptr_eq(a, b),
            (Value::Native(a), Value::Native(b)) => std::ptr::addr_eq(Rc::as_ptr(a), Rc::as_ptr(b)),
            _ => false,
        }
    }

    /// A stable address for `id()` and default reprs.
    pub fn id(&self) -> usize {
        fn addr<T: ?Sized>(r: &Rc<T>) -> usize {
            Rc::as_ptr(r) as *const u8 as usize
        }
        match self {
            Value::None => 0x9d_4a_00,
            Value::NotImplemented => 0x9d_4a_10,
            Value::Ellipsis => 0x9d_4a_20,
            Value::Bool(b) => 0x9d_4b_00 + *b as usize * 0x20,
            Value::Int(i) => 0x7f00_0000_0000usize.wrapping_add((*i as usize).wrapping_mul(32)),
            Value::Float(f) => f.to_bits() as usize,
            Value::BigInt(r) => addr(r),
            Value::Str(r) => addr(r),
            Value::Bytes(r) => addr(r),
            Value::List(r) => addr(r),
            Value::Tuple(r) => addr(r),
            Value::Dict(r) => addr(r),
            Value::Set(r) => addr(r),
            Value::Function(r) => addr(r),
            Value::Builtin(r) => addr(r),
            Value::Method(r) => addr(r),
            Value::Class(r) => addr(r),
            Value::Instance(r) => addr(r),
            Value::Module(r) => addr(r),
            Value::Native(r) => Rc::as_ptr(r) as *const u8 as usize,
        }
    }

    /// Downcasts a native object.
    pub fn native<T: 'static>(&self) -> Option<&T> {
        match self {
            Value::Native(n) => n.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }
}

/// Creates a builtin function value.
pub fn builtin(name: &'static str, func: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        fast: None,
        owner: None,
        takes_self: false,
    }))
}

/// Creates a builtin method value for a builtin type.
pub fn method(owner: &'static str, name: &'static str, func: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        fast: None,
        owner: Some(owner),
        takes_self: true,
    }))
}

/// Creates a Rust function standing in for a method of a class written in
/// Python: it checks its own arguments, with a Python function's wording
/// (`Queue.put() missing 2 required positional arguments`).
pub fn python_method(owner: &'static str, name: &'static str, func: BuiltinFn) -> Value {
    static_method(owner, name, func)
}

/// Creates a builtin static method of a builtin type (no instance).
pub fn static_method(owner: &'static str, name: &'static str, func: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        fast: None,
        owner: Some(owner),
        takes_self: false,
    }))
}

/// Equality for builtin values that needs no interpreter; `None` when a
/// user-defined `__eq__` might be involved.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    fast_eq_within(a, b, 32)
}

/// [`fast_eq`] descending at most `levels` more nested tuples; deeper
/// ones are left to the comparison that counts recursion levels.
fn fast_eq_within(a: &Value, b: &Value, levels: u32) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => x == y,
        (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => *x as i64 == *y,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => int_float_eq(&num_bigint::BigInt::from(*x), *y),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => int_float_eq(x, *y),
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            if levels == 0 {
                return Option::None;
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !p.is(q) && !fast_eq_within(p, q, levels - 1)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (List(_), List(_)) | (Dict(_), Dict(_)) | (Set(_), Set(_)) => return Option::None,
        (Native(_), _) | (_, Native(_)) => {
            if a.is(b) {
                true
            } else {
                return Option::None;
            }
        }
        _ => a.is(b),
    })
}

fn int_float_eq(i: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && float_to_bigint(f).as_ref() == Some(i)
}

/// An integral float as a big integer.
pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let f = f.trunc();
    if f.abs() < 9.0e18 {
        return Some(BigInt::from(f as i64));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mut b = BigInt::from(mant) << (exp as usize);
    if f < 0.0 {
        b = -b;
    }
    Some(b)
}

/// The future `await` polls for a loop future (see [`Native::await_future`]).
pub fn await_future<'a>(
    vm: &'a crate::Interp,
    v: &Value,
    owner: Option<&Value>,
) -> Option<Awaitable<'a>> {
    match v {
        Value::Native(n) => n.await_future(vm, v, owner),
        _ => None,
    }
}

/// True for a loop future (asyncio's Future or Task).
pub fn is_loop_future(vm: &crate::Interp, v: &Value) -> bool {
    match v {
        Value::Native(n) => n.await_future(vm, v, None).is_some(),
        _ => false,
    }
}
