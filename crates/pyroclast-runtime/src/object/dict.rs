//! Insertion-ordered hash tables for dict and set. Hashes are computed once
//! per insertion or lookup (Python semantics: `1`, `1.0` and `True` are the
//! same key) and the table's own hasher passes them through unchanged.
//! Lookups compare keys with Python `==`, which may run user `__eq__` code, so
//! they take the interpreter and can fail.

use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::{Equivalent, IndexMap};

use crate::object::value::Value;
use crate::{PyErr, PyResult};

/// Passes a precomputed hash through.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        // Python hashes of ints are the ints themselves; the table picks
        // buckets from the low bits, so keys like `i << 16` would all
        // collide. Mix every bit into every other (splitmix64's finalizer).
        let mut z = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A key with its Python hash.
#[derive(Clone)]
pub struct HashKey {
    /// `hash(key)`.
    pub hash: i64,
    /// The key object.
    pub key: Value,
}

impl Hash for HashKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash as u64);
    }
}

impl PartialEq for HashKey {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash
            && (self.key.is(&other.key)
                || crate::object::value::fast_eq(&self.key, &other.key).unwrap_or(false))
    }
}

impl Eq for HashKey {}

/// How tables hash and compare keys. The protocol layer implements it for
/// the interpreter with Python's `hash()` and `==` (which may run Python
/// code and raise); keeping it a trait keeps the tables below that layer.
pub trait KeySemantics {
    /// `hash(v)`.
    fn key_hash(&self, v: &Value) -> PyResult<i64>;
    /// `a == b`.
    fn key_eq(&self, a: &Value, b: &Value) -> PyResult<bool>;
}

/// A lookup key compared with the table's key semantics.
struct Probe<'a, K: ?Sized> {
    hash: i64,
    key: &'a Value,
    keys: &'a K,
    error: &'a RefCell<Option<PyErr>>,
}

impl<K: KeySemantics + ?Sized> Hash for Probe<'_, K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash as u64);
    }
}

impl<K: KeySemantics + ?Sized> Equivalent<HashKey> for Probe<'_, K> {
    fn equivalent(&self, k: &HashKey) -> bool {
        if self.hash != k.hash {
            return false;
        }
        if self.key.is(&k.key) {
            return true;
        }
        if let Some(eq) = crate::object::value::fast_eq(self.key, &k.key) {
            return eq;
        }
        match self.keys.key_eq(self.key, &k.key) {
            Ok(b) => b,
            Err(e) => {
                *self.error.borrow_mut() = Some(e);
                false
            }
        }
    }
}

type Map = IndexMap<HashKey, Value, BuildHasherDefault<IdHasher>>;

/// A dict's table.
#[derive(Clone, Default)]
pub struct Dict {
    map: Map,
}

impl Drop for Dict {
    /// Through the trashcan (`object/trashcan.rs`): keys and values may be
    /// deeply nested containers.
    fn drop(&mut self) {
        if !self.map.is_empty() {
            crate::object::trashcan::dispose(std::mem::take(&mut self.map));
        }
    }
}

impl Dict {
    /// An empty table.
    pub fn new() -> Self {
        Dict::default()
    }

    /// An empty table with room for `n` entries (a display's size is
    /// known: thousands of small record dicts then hold no spare slots).
    pub fn with_capacity(n: usize) -> Self {
        Dict {
            map: Map::with_capacity_and_hasher(n, Default::default()),
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    fn index_of<K: KeySemantics + ?Sized>(
        &self,
        keys: &K,
        hash: i64,
        key: &Value,
    ) -> PyResult<Option<usize>> {
        let error = RefCell::new(None);
        let i = self.map.get_index_of(&Probe {
            hash,
            key,
            keys,
            error: &error,
        });
        match error.into_inner() {
            Some(e) => Err(e),
            None => Ok(i),
        }
    }

    /// `d[key]` without the KeyError.
    pub fn get<K: KeySemantics + ?Sized>(&self, vm: &K, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.key_hash(key)?;
        Ok(self.index_of(vm, hash, key)?.map(|i| self.map[i].clone()))
    }

    /// True when the key is present.
    pub fn contains<K: KeySemantics + ?Sized>(&self, vm: &K, key: &Value) -> PyResult<bool> {
        let hash = vm.key_hash(key)?;
        Ok(self.index_of(vm, hash, key)?.is_some())
    }

    /// `d[key] = value`, keeping the original key object and position.
    pub fn set<K: KeySemantics + ?Sized>(
        &mut self,
        vm: &K,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let hash = vm.key_hash(&key)?;
        match self.index_of(vm, hash, &key)? {
            Some(i) => self.map[i] = value,
            None => {
                self.map.insert(HashKey { hash, key }, value);
            }
        }
        Ok(())
    }

    /// Removes a key, preserving the order of the rest.
    pub fn remove<K: KeySemantics + ?Sized>(
        &mut self,
        vm: &K,
        key: &Value,
    ) -> PyResult<Option<Value>> {
        let hash = vm.key_hash(key)?;
        Ok(match self.index_of(vm, hash, key)? {
            Some(i) => self.map.shift_remove_index(i).map(|(_, v)| v),
            None => None,
        })
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        self.map.pop().map(|(k, v)| (k.key, v))
    }

    /// Removes and returns the first entry.
    pub fn pop_first(&mut self) -> Option<(Value, Value)> {
        self.map.shift_remove_index(0).map(|(k, v)| (k.key, v))
    }

    /// Entry by position.
    pub fn get_index(&self, i: usize) -> Option<(Value, Value)> {
        self.map
            .get_index(i)
            .map(|(k, v)| (k.key.clone(), v.clone()))
    }

    /// Calls `f` with every key and value (for the cycle collector).
    pub fn for_each_ref(&self, f: &mut dyn FnMut(&Value)) {
        for (k, v) in &self.map {
            f(&k.key);
            f(v);
        }
    }

    /// Moves every key and value into `out`, leaving the table empty.
    pub fn drain_into(mut self, out: &mut Vec<Value>) {
        for (k, v) in std::mem::take(&mut self.map) {
            out.push(k.key);
            out.push(v);
        }
    }

    /// Keys in order.
    pub fn keys(&self) -> Vec<Value> {
        self.map.keys().map(|k| k.key.clone()).collect()
    }

    /// Values in order.
    pub fn values(&self) -> Vec<Value> {
        self.map.values().cloned().collect()
    }

    /// Entries in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .iter()
            .map(|(k, v)| (k.key.clone(), v.clone()))
            .collect()
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.map.clear();
    }
}
