//! Insertion-ordered dict tables. Hashes are computed once per insertion or
//! lookup (Python semantics: `1`, `1.0` and `True` are the same key).
//! Lookups compare keys with Python `==`, which may run user `__eq__` code,
//! so they take the interpreter and can fail.
//!
//! A dict starts in the shared-keys form (CPython's split table, here for
//! any dict whose keys are short `str`s): its values alone, beside a
//! `Shape` — the keys with their hashes, in order — that every dict built
//! with the same keys in the same order points to. The thousands of record
//! dicts a program builds from one display then cost their values and a
//! header each. A dict holds a prefix of its shape: the first `len` keys.
//! Anything else (another key type, a long key, more than `MAX_SHARED`
//! keys, removing a key other than the last) moves the dict to its own
//! compact table (`dict_table.rs`), positions unchanged.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::PyResult;
use crate::object::dict_table::{Entry, Table, same_key};
use crate::object::value::Value;

/// How tables hash and compare keys. The protocol layer implements it for
/// the interpreter with Python's `hash()` and `==` (which may run Python
/// code and raise); keeping it a trait keeps the tables below that layer.
pub trait KeySemantics {
    /// `hash(v)`.
    fn key_hash(&self, v: &Value) -> PyResult<i64>;
    /// `a == b`.
    fn key_eq(&self, a: &Value, b: &Value) -> PyResult<bool>;
}

/// The most keys a shared shape holds.
const MAX_SHARED: usize = 16;
/// The longest key (in bytes) a shape holds: a shape outlives its dicts
/// while it is the thread's latest.
const MAX_KEY_LEN: usize = 64;

/// Keys shared by dicts, in order: distinct `str`s with their hashes.
struct Shape {
    keys: Vec<(i64, Rc<str>)>,
}

/// How many recent shapes a thread keeps to start or continue dicts from.
const RECENT: usize = 8;

thread_local! {
    /// Recently grown shapes, the latest first: new dicts start from the
    /// latest, and a dict that leaves its shape looks here for one that
    /// goes on with its next key (records of two alternating layouts, or
    /// records that each gain a key, keep sharing).
    static SHAPES: RefCell<Vec<Rc<Shape>>> = const { RefCell::new(Vec::new()) };
}

/// The shape new dicts start from. (`try_with`, here and below: a dict
/// built while the thread's locals are torn down just shares nothing.)
fn latest_shape() -> Rc<Shape> {
    SHAPES
        .try_with(|c| {
            let mut c = c.borrow_mut();
            match c.first() {
                Some(s) => s.clone(),
                None => {
                    let s = Rc::new(Shape { keys: Vec::new() });
                    c.push(s.clone());
                    s
                }
            }
        })
        .unwrap_or_else(|_| Rc::new(Shape { keys: Vec::new() }))
}

/// `shape`'s first `n` keys then `key`: a recent shape that has them, else
/// `shape` itself when no other dict holds it, else a new shape.
fn extend_shape(shape: &mut Rc<Shape>, n: usize, hash: i64, key: Rc<str>) {
    let mut recent = Vec::new();
    let _ = SHAPES.try_with(|c| recent = std::mem::take(&mut *c.borrow_mut()));
    grow_shape(&mut recent, shape, n, hash, key);
    let _ = SHAPES.try_with(|c| *c.borrow_mut() = recent);
}

/// [`extend_shape`] with the thread's recent shapes in hand.
fn grow_shape(c: &mut Vec<Rc<Shape>>, shape: &mut Rc<Shape>, n: usize, hash: i64, key: Rc<str>) {
    let continues = |s: &Rc<Shape>| {
        s.keys.get(n).is_some_and(|(_, k)| **k == *key)
            && s.keys[..n]
                .iter()
                .zip(&shape.keys[..n])
                .all(|(a, b)| Rc::ptr_eq(&a.1, &b.1))
    };
    if let Some(at) = c.iter().position(continues) {
        let found = c.remove(at);
        *shape = found.clone();
        c.insert(0, found);
        return;
    }
    let cached = c.iter().any(|s| Rc::ptr_eq(s, shape));
    if Rc::strong_count(shape) == 1 + usize::from(cached) {
        // Only this dict (and the cache) has it: grow it in place.
        c.retain(|s| !Rc::ptr_eq(s, shape));
    }
    match Rc::get_mut(shape) {
        Some(own) => {
            own.keys.truncate(n);
            own.keys.push((hash, key));
        }
        None => {
            let mut keys = Vec::with_capacity(n + 1);
            keys.extend_from_slice(&shape.keys[..n]);
            keys.push((hash, key));
            *shape = Rc::new(Shape { keys });
        }
    }
    c.insert(0, shape.clone());
    c.truncate(RECENT);
}

/// The shared-keys form: the first `values.len()` keys of `shape`.
#[derive(Clone)]
struct Shared {
    /// `None` until the first key (a new dict, such as the empty keyword
    /// dict of a call, costs no thread-local lookup).
    shape: Option<Rc<Shape>>,
    values: Vec<Value>,
}

impl Drop for Shared {
    /// Through the trashcan (`object/trashcan.rs`): values may be deeply
    /// nested containers.
    fn drop(&mut self) {
        if !self.values.is_empty() {
            crate::object::trashcan::dispose(std::mem::take(&mut self.values));
        }
    }
}

impl Shared {
    /// Key `i`, below `values.len()` (never more than the shape's keys).
    fn key(&self, i: usize) -> Value {
        Value::Str(self.keys()[i].1.clone())
    }

    /// The shape's keys (more than this dict holds, maybe).
    fn keys(&self) -> &[(i64, Rc<str>)] {
        self.shape.as_ref().map_or(&[], |s| &s.keys)
    }

    /// The position of a str key. `str` equality runs no Python code and
    /// implies equal hashes. Keys written in the source are shared strings
    /// (the lexer interns name-like literals), so pointers settle most
    /// lookups before any text is compared.
    #[inline(always)]
    fn find_str(&self, s: &Rc<str>) -> Option<usize> {
        let held = &self.keys()[..self.values.len()];
        held.iter()
            .position(|(_, k)| Rc::ptr_eq(s, k))
            .or_else(|| held.iter().position(|(_, k)| **s == **k))
    }

    /// The position of `key`; its hash too when it was computed.
    fn find<K: KeySemantics + ?Sized>(
        &self,
        keys: &K,
        key: &Value,
    ) -> PyResult<(Option<usize>, Option<i64>)> {
        if let Value::Str(s) = key {
            return Ok((self.find_str(s), None));
        }
        let held = &self.keys()[..self.values.len()];
        let hash = keys.key_hash(key)?;
        for (i, (h, k)) in held.iter().enumerate() {
            if *h == hash && same_key(keys, key, &Value::Str(k.clone()))? {
                return Ok((Some(i), Some(hash)));
            }
        }
        Ok((None, Some(hash)))
    }

    /// Moves to an own table, positions unchanged.
    fn take_table(&mut self) -> Table {
        let values = std::mem::take(&mut self.values);
        let room = values.capacity();
        let entries = self
            .keys()
            .iter()
            .zip(values)
            .map(|((hash, key), value)| Entry {
                hash: *hash,
                key: Value::Str(key.clone()),
                value,
            });
        Table::from_entries(entries, room)
    }
}

#[derive(Clone)]
enum Form {
    Shared(Shared),
    Own(Table),
}

/// A dict's table.
pub struct Dict {
    form: Form,
    /// While the dict holds only atoms (nothing the cycle collector
    /// follows), it is not registered with the collector, as CPython leaves
    /// such dicts untracked: thousands of record dicts then cost
    /// collections nothing. This weak reference to the dict's own `Rc`
    /// registers it when a container is stored. `None`: registered, or not
    /// the dict of a `Value::Dict` (a namespace, a copy being built).
    untracked: Option<Weak<RefCell<Dict>>>,
}

impl Clone for Dict {
    /// A copy is a new dict: [`Value::dict`] decides whether to track it.
    fn clone(&self) -> Self {
        Dict {
            form: self.form.clone(),
            untracked: None,
        }
    }
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

impl Dict {
    /// An empty table.
    pub fn new() -> Self {
        Dict::with_capacity(0)
    }

    /// An empty table with room for `n` entries (a display's size is
    /// known: thousands of small record dicts then hold no spare slots).
    pub fn with_capacity(n: usize) -> Self {
        let form = if n > MAX_SHARED {
            Form::Own(Table::with_capacity(n))
        } else {
            Form::Shared(Shared {
                shape: None,
                values: Vec::with_capacity(n),
            })
        };
        Dict {
            form,
            untracked: None,
        }
    }

    /// True when a key or value is an object the cycle collector follows.
    pub fn holds_containers(&self) -> bool {
        match &self.form {
            // Shared keys are `str`s.
            Form::Shared(s) => s.values.iter().any(Value::may_hold_references),
            Form::Own(t) => {
                let mut found = false;
                t.for_each_ref(&mut |v| found |= v.may_hold_references());
                found
            }
        }
    }

    /// Marks the dict of `me` as unregistered with the collector (it holds
    /// only atoms): the first container stored registers it.
    pub(crate) fn leave_untracked(&mut self, me: Weak<RefCell<Dict>>) {
        self.untracked = Some(me);
    }

    /// Drops a weak reference to another dict's `Rc` (contents moved out
    /// of one) before the contents become a new dict.
    pub(crate) fn forget_standing(&mut self) {
        self.untracked = None;
    }

    /// True while the dict is not registered with the collector.
    pub fn is_untracked(&self) -> bool {
        self.untracked.is_some()
    }

    /// Registers an untracked dict with the collector.
    #[cold]
    fn start_tracking(&mut self) {
        if let Some(me) = self.untracked.take() {
            crate::object::gc::track(crate::object::gc::Tracked::Dict(me));
        }
    }

    /// Replaces the contents with `other`'s, keeping this dict's standing
    /// with the collector. (Assigning a `Dict` over a `Value::Dict`'s would
    /// leave an untracked dict unregistered with containers in it.)
    pub fn replace_with(&mut self, other: Dict) {
        let untracked = self.untracked.take();
        self.form = other.form;
        self.untracked = untracked;
        if self.untracked.is_some() && self.holds_containers() {
            self.start_tracking();
        }
    }

    /// Runs `f` on the own table, moving there first if need be.
    fn with_own<R>(&mut self, f: impl FnOnce(&mut Table) -> R) -> R {
        match &mut self.form {
            Form::Own(t) => f(t),
            Form::Shared(s) => {
                let mut t = s.take_table();
                let r = f(&mut t);
                self.form = Form::Own(t);
                r
            }
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        match &self.form {
            Form::Shared(s) => s.values.len(),
            Form::Own(t) => t.len(),
        }
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `d[key]` without the KeyError.
    #[inline]
    pub fn get<K: KeySemantics + ?Sized>(&self, vm: &K, key: &Value) -> PyResult<Option<Value>> {
        match &self.form {
            // `record["key"]`: most lookups of a shared-key dict.
            Form::Shared(s) if let Value::Str(k) = key => {
                Ok(s.find_str(k).map(|i| s.values[i].clone()))
            }
            Form::Shared(s) => Ok(s.find(vm, key)?.0.map(|i| s.values[i].clone())),
            Form::Own(t) => t.get(vm, key),
        }
    }

    /// `d[key]` of a str key in a shared-key dict (records built from
    /// displays); `None` when the dict has its own table (or lacks the key):
    /// the caller then looks the general way.
    #[inline]
    pub fn get_shared_str(&self, key: &Rc<str>) -> Option<Value> {
        match &self.form {
            Form::Shared(s) => s.find_str(key).map(|i| s.values[i].clone()),
            Form::Own(_) => None,
        }
    }

    /// [`Dict::get_shared_str`] for a site that keeps where it last found
    /// the key (`hint`): that position is tried first, one pointer compare.
    #[inline]
    pub fn get_shared_str_at(&self, key: &Rc<str>, hint: &Cell<u32>) -> Option<Value> {
        let Form::Shared(s) = &self.form else {
            return None;
        };
        let at = hint.get() as usize;
        if at < s.values.len()
            && let Some((_, k)) = s.keys().get(at)
            && Rc::ptr_eq(k, key)
        {
            return Some(s.values[at].dup());
        }
        let i = s.find_str(key)?;
        hint.set(u32::try_from(i).unwrap_or(0));
        Some(s.values[i].clone())
    }

    /// True when the key is present.
    pub fn contains<K: KeySemantics + ?Sized>(&self, vm: &K, key: &Value) -> PyResult<bool> {
        match &self.form {
            Form::Shared(s) => Ok(s.find(vm, key)?.0.is_some()),
            Form::Own(t) => t.contains(vm, key),
        }
    }

    /// `d[key] = value`, keeping the original key object and position
    /// (a shared `str` key may be an equal `str` object).
    pub fn set<K: KeySemantics + ?Sized>(
        &mut self,
        vm: &K,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        if self.untracked.is_some() && (key.may_hold_references() || value.may_hold_references()) {
            self.start_tracking();
        }
        let Form::Shared(s) = &mut self.form else {
            return self.with_own(|t| t.set(vm, key, value));
        };
        let n = s.values.len();
        if let Value::Str(k) = &key
            && let Some((_, next)) = s.shape.get_or_insert_with(latest_shape).keys.get(n)
            && (Rc::ptr_eq(k, next) || **k == **next)
        {
            // The shape's next key: the keys are distinct, so it is new.
            s.values.push(value);
            return Ok(());
        }
        let (found, hash) = s.find(vm, &key)?;
        if let Some(i) = found {
            s.values[i] = value;
            return Ok(());
        }
        let hash = match hash {
            Some(h) => h,
            None => vm.key_hash(&key)?,
        };
        match key {
            Value::Str(k) if n < MAX_SHARED && k.len() <= MAX_KEY_LEN => {
                extend_shape(s.shape.get_or_insert_with(latest_shape), n, hash, k);
                s.values.push(value);
            }
            key => self.with_own(|t| t.push(Entry { hash, key, value })),
        }
        Ok(())
    }

    /// Removes a key, preserving the order of the rest.
    pub fn remove<K: KeySemantics + ?Sized>(
        &mut self,
        vm: &K,
        key: &Value,
    ) -> PyResult<Option<Value>> {
        let Form::Shared(s) = &mut self.form else {
            return self.with_own(|t| t.remove(vm, key));
        };
        match s.find(vm, key)?.0 {
            None => Ok(None),
            Some(i) if i + 1 == s.values.len() => Ok(s.values.pop()),
            // Positions stay: no second lookup (and no second `__eq__`).
            Some(i) => Ok(self.with_own(|t| t.take_at(i).map(|e| e.value))),
        }
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        match &mut self.form {
            Form::Shared(s) => {
                let v = s.values.pop()?;
                Some((s.key(s.values.len()), v))
            }
            Form::Own(t) => t.pop_last(),
        }
    }

    /// Removes and returns the first entry.
    pub fn pop_first(&mut self) -> Option<(Value, Value)> {
        if self.is_empty() {
            return None;
        }
        self.with_own(Table::pop_first)
    }

    /// Entry by position among the live entries.
    pub fn get_index(&self, i: usize) -> Option<(Value, Value)> {
        match &self.form {
            Form::Shared(s) => {
                let v = s.values.get(i)?.clone();
                Some((s.key(i), v))
            }
            Form::Own(t) => t.get_index(i),
        }
    }

    /// The first live entry at raw position `at` or after, with the raw
    /// position that follows it: how iterators walk the table (a position
    /// stays put when other entries are removed, as in CPython).
    pub fn next_at(&self, at: usize) -> Option<(usize, Value, Value)> {
        match &self.form {
            Form::Shared(s) => {
                let v = s.values.get(at)?.clone();
                Some((at + 1, s.key(at), v))
            }
            Form::Own(t) => t.next_at(at),
        }
    }

    /// Calls `f` with every key and value (for the cycle collector; a
    /// shared dict's keys are `str`s, which refer to nothing).
    pub fn for_each_ref(&self, f: &mut dyn FnMut(&Value)) {
        match &self.form {
            Form::Shared(s) => s.values.iter().for_each(f),
            Form::Own(t) => t.for_each_ref(f),
        }
    }

    /// Moves every key and value into `out`, leaving the table empty.
    pub fn drain_into(mut self, out: &mut Vec<Value>) {
        match &mut self.form {
            Form::Shared(s) => {
                let values = std::mem::take(&mut s.values);
                for (i, v) in values.into_iter().enumerate() {
                    out.push(s.key(i));
                    out.push(v);
                }
            }
            Form::Own(t) => std::mem::take(t).drain_into(out),
        }
    }

    /// Keys in order.
    pub fn keys(&self) -> Vec<Value> {
        match &self.form {
            Form::Shared(s) => (0..s.values.len()).map(|i| s.key(i)).collect(),
            Form::Own(t) => t.keys(),
        }
    }

    /// Values in order.
    pub fn values(&self) -> Vec<Value> {
        match &self.form {
            Form::Shared(s) => s.values.clone(),
            Form::Own(t) => t.values(),
        }
    }

    /// Entries in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        match &self.form {
            Form::Shared(s) => s
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| (s.key(i), v.clone()))
                .collect(),
            Form::Own(t) => t.items(),
        }
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        match &mut self.form {
            Form::Shared(s) => s.values.clear(),
            Form::Own(t) => t.clear(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys compared by identity and ints by value: enough for these tests.
    struct Plain;

    impl KeySemantics for Plain {
        fn key_hash(&self, v: &Value) -> PyResult<i64> {
            Ok(match v {
                Value::Int(i) => *i,
                _ => 0,
            })
        }

        fn key_eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
            Ok(a.is(b) || matches!((a, b), (Value::Int(x), Value::Int(y)) if x == y))
        }
    }

    fn untracked(d: &Value) -> bool {
        matches!(d, Value::Dict(rc) if rc.borrow().is_untracked())
    }

    fn put(d: &mut Dict, key: i64, value: Value) {
        assert!(d.set(&Plain, Value::Int(key), value).is_ok());
    }

    #[test]
    fn atom_only_dicts_join_the_collector_when_a_container_arrives() {
        let d = Value::dict(Dict::new());
        assert!(untracked(&d));
        let Value::Dict(rc) = &d else {
            panic!("Value::dict made no dict")
        };
        put(&mut rc.borrow_mut(), 1, Value::str("atom"));
        assert!(untracked(&d), "atoms keep it untracked");
        put(&mut rc.borrow_mut(), 2, Value::list(vec![]));
        assert!(!untracked(&d), "a container registers it");

        // Made with a container, a dict is registered from the start.
        let mut full = Dict::new();
        put(&mut full, 1, Value::list(vec![]));
        assert!(!untracked(&Value::dict(full)));

        // Whole-dict replacement keeps the standing and re-checks it.
        let e = Value::dict(Dict::new());
        let Value::Dict(erc) = &e else {
            panic!("Value::dict made no dict")
        };
        let mut atoms = Dict::new();
        put(&mut atoms, 1, Value::Int(2));
        erc.borrow_mut().replace_with(atoms);
        assert!(untracked(&e));
        let mut with_list = Dict::new();
        put(&mut with_list, 1, Value::list(vec![]));
        erc.borrow_mut().replace_with(with_list);
        assert!(!untracked(&e));
        // A copy is a new dict, without the original's standing.
        let original = Value::dict(Dict::new());
        let Value::Dict(orc) = &original else {
            panic!("Value::dict made no dict")
        };
        assert!(!orc.borrow().clone().is_untracked());
    }
}
