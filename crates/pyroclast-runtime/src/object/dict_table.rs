//! The dict's own table (see `dict.rs` for the shared-keys form), laid out
//! like CPython's compact dict: the entries in insertion order in one
//! `Vec`, each storing its key's Python hash once, and, beside it, a table
//! of positions into that `Vec`.
//!
//! Removing an entry leaves a hole in the `Vec` (CPython's dummy entry), so
//! removal is O(1) and iteration, which walks raw positions, sees what
//! CPython's does when the dict changes under it. Holes go when the `Vec`
//! is full and they are a fair share of it (compaction, CPython's resize).
//! Up to [`SMALL`] positions there is no position table at all: a lookup
//! scans the stored hashes, which costs no more than probing and saves the
//! table's allocation for the many small dicts programs build.

use hashbrown::HashTable;

use crate::PyResult;
use crate::object::dict::KeySemantics;
use crate::object::value::Value;

/// Positions a dict may hold before it gets a position table.
const SMALL: usize = 8;

/// One entry: the key's hash, stored once, with the key and the value.
#[derive(Clone)]
pub(crate) struct Entry {
    /// `hash(key)`.
    pub hash: i64,
    /// The key object.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// A dict's own table.
#[derive(Clone, Default)]
pub(crate) struct Table {
    /// Entries in insertion order; `None` is a removed entry's hole.
    entries: Vec<Option<Entry>>,
    /// Live entries.
    len: usize,
    /// Every position before this one is a hole (where `pop_first` looks).
    start: usize,
    /// Positions of the live entries by hash; `None` while `entries` has at
    /// most [`SMALL`] positions (then lookups scan). Boxed: most dicts are
    /// small, and an empty `HashTable` is four words in every dict.
    index: Option<Box<HashTable<u32>>>,
}

impl Drop for Table {
    /// Through the trashcan (`object/trashcan.rs`): keys and values may be
    /// deeply nested containers.
    fn drop(&mut self) {
        if self.len != 0 {
            crate::object::trashcan::dispose(std::mem::take(&mut self.entries));
        }
    }
}

/// Python's int hash is the identity, and the position table picks buckets
/// from the low bits (and a tag from the top ones): keys like `i << 16`
/// would all collide. Mix every bit into every other (splitmix64's
/// finalizer).
#[inline]
fn mix(hash: i64) -> u64 {
    let mut z = (hash as u64).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The stored hash at a position (holes never sit in the position table).
#[inline]
fn hash_at(entries: &[Option<Entry>], i: u32) -> u64 {
    entries
        .get(i as usize)
        .and_then(Option::as_ref)
        .map_or(0, |e| mix(e.hash))
}

/// A position as stored in the table. Entries are 56 bytes: a `Vec` of
/// 2^32 of them (224 GiB) cannot be allocated, so positions fit.
#[inline]
fn pos(i: usize) -> u32 {
    i as u32
}

/// `probe == stored`: identity, then the builtin fast path, then Python.
#[inline]
pub(crate) fn same_key<K: KeySemantics + ?Sized>(
    keys: &K,
    probe: &Value,
    stored: &Value,
) -> PyResult<bool> {
    if probe.is(stored) {
        return Ok(true);
    }
    match crate::object::value::fast_eq(probe, stored) {
        Some(eq) => Ok(eq),
        None => keys.key_eq(probe, stored),
    }
}

impl Table {
    /// An empty table with room for `n` entries (a display's size is
    /// known: thousands of small record dicts then hold no spare slots).
    pub fn with_capacity(n: usize) -> Self {
        Table {
            entries: Vec::with_capacity(n),
            len: 0,
            start: 0,
            index: (n > SMALL).then(|| Box::new(HashTable::with_capacity(n))),
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The position of `key`, whose hash is `hash`. A failing `__eq__`
    /// ends the search with its error, as in CPython.
    pub fn find<K: KeySemantics + ?Sized>(
        &self,
        keys: &K,
        hash: i64,
        key: &Value,
    ) -> PyResult<Option<usize>> {
        let Some(index) = &self.index else {
            for (i, slot) in self.entries.iter().enumerate() {
                if let Some(e) = slot
                    && e.hash == hash
                    && same_key(keys, key, &e.key)?
                {
                    return Ok(Some(i));
                }
            }
            return Ok(None);
        };
        let mut error = None;
        let found = index.find(mix(hash), |&i| {
            let Some(Some(e)) = self.entries.get(i as usize) else {
                return false;
            };
            if e.hash != hash {
                return false;
            }
            match same_key(keys, key, &e.key) {
                Ok(eq) => eq,
                Err(err) => {
                    error = Some(err);
                    true
                }
            }
        });
        match error {
            Some(e) => Err(e),
            None => Ok(found.map(|&i| i as usize)),
        }
    }

    /// `d[key]` without the KeyError.
    #[inline]
    pub fn get<K: KeySemantics + ?Sized>(&self, vm: &K, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.key_hash(key)?;
        Ok(self
            .find(vm, hash, key)?
            .and_then(|i| self.entries[i].as_ref().map(|e| e.value.clone())))
    }

    /// True when the key is present.
    #[inline]
    pub fn contains<K: KeySemantics + ?Sized>(&self, vm: &K, key: &Value) -> PyResult<bool> {
        let hash = vm.key_hash(key)?;
        Ok(self.find(vm, hash, key)?.is_some())
    }

    /// `d[key] = value`, keeping the original key object and position.
    #[inline]
    pub fn set<K: KeySemantics + ?Sized>(
        &mut self,
        vm: &K,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let hash = vm.key_hash(&key)?;
        match self.find(vm, hash, &key)? {
            Some(i) => {
                if let Some(e) = &mut self.entries[i] {
                    e.value = value;
                }
            }
            None => self.push(Entry { hash, key, value }),
        }
        Ok(())
    }

    /// Appends a new entry.
    pub fn push(&mut self, entry: Entry) {
        let holes = self.entries.len() - self.len;
        if self.entries.len() == self.entries.capacity() && holes > 0 && holes >= self.len / 8 {
            // Full, and compacting frees a fair share of the room; with few
            // holes the `Vec` grows instead (either way, amortised O(1)).
            self.compact();
        }
        let i = self.entries.len();
        let hash = mix(entry.hash);
        self.entries.push(Some(entry));
        self.len += 1;
        match &mut self.index {
            Some(index) => {
                let entries = &self.entries;
                index.insert_unique(hash, pos(i), |&j| hash_at(entries, j));
            }
            None if self.entries.len() > SMALL => self.reindex(),
            None => {}
        }
    }

    /// Drops the holes and rebuilds the position table.
    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        self.start = 0;
        self.reindex();
    }

    /// Rebuilds the position table from `entries` (none while small).
    fn reindex(&mut self) {
        if self.entries.len() <= SMALL {
            self.index = None;
            return;
        }
        let entries = &self.entries;
        let mut index = match self.index.take() {
            Some(mut t) => {
                t.clear();
                t
            }
            None => Box::new(HashTable::with_capacity(entries.capacity())),
        };
        for (i, slot) in entries.iter().enumerate() {
            if let Some(e) = slot {
                index.insert_unique(mix(e.hash), pos(i), |&j| hash_at(entries, j));
            }
        }
        self.index = Some(index);
    }

    /// Empties position `i` (live), returning its entry.
    pub fn take_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        self.len -= 1;
        if let Some(index) = &mut self.index
            && let Ok(found) = index.find_entry(mix(e.hash), |&j| j as usize == i)
        {
            found.remove();
        }
        Some(e)
    }

    /// Removes a key, preserving the order of the rest.
    pub fn remove<K: KeySemantics + ?Sized>(
        &mut self,
        vm: &K,
        key: &Value,
    ) -> PyResult<Option<Value>> {
        let hash = vm.key_hash(key)?;
        Ok(match self.find(vm, hash, key)? {
            Some(i) => self.take_at(i).map(|e| e.value),
            None => None,
        })
    }

    /// Removes and returns the last entry. Trailing holes go with it, as
    /// in CPython's `popitem`.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().rposition(Option::is_some)?;
        let e = self.take_at(i)?;
        self.entries.truncate(i);
        self.start = self.start.min(i);
        Some((e.key, e.value))
    }

    /// Removes and returns the first entry.
    pub fn pop_first(&mut self) -> Option<(Value, Value)> {
        let from = self.start.min(self.entries.len());
        let i = from + self.entries[from..].iter().position(Option::is_some)?;
        self.start = i + 1;
        self.take_at(i).map(|e| (e.key, e.value))
    }

    /// Entry by position among the live entries.
    pub fn get_index(&self, i: usize) -> Option<(Value, Value)> {
        let e = if self.len == self.entries.len() {
            self.entries.get(i)?.as_ref()
        } else {
            self.live().nth(i)
        }?;
        Some((e.key.clone(), e.value.clone()))
    }

    /// The first live entry at raw position `at` or after, with the raw
    /// position that follows it: how iterators walk the table (a position
    /// stays put when other entries are removed, as in CPython).
    pub fn next_at(&self, at: usize) -> Option<(usize, Value, Value)> {
        let from = at.max(self.start);
        let rest = self.entries.get(from..)?;
        let (k, e) = rest
            .iter()
            .enumerate()
            .find_map(|(k, slot)| slot.as_ref().map(|e| (k, e)))?;
        Some((from + k + 1, e.key.clone(), e.value.clone()))
    }

    fn live(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Calls `f` with every key and value (for the cycle collector).
    pub fn for_each_ref(&self, f: &mut dyn FnMut(&Value)) {
        for e in self.live() {
            f(&e.key);
            f(&e.value);
        }
    }

    /// Moves every key and value into `out`, leaving the table empty.
    pub fn drain_into(mut self, out: &mut Vec<Value>) {
        self.len = 0;
        self.index = None;
        for e in std::mem::take(&mut self.entries).into_iter().flatten() {
            out.push(e.key);
            out.push(e.value);
        }
    }

    /// Keys in order.
    pub fn keys(&self) -> Vec<Value> {
        self.live().map(|e| e.key.clone()).collect()
    }

    /// Values in order.
    pub fn values(&self) -> Vec<Value> {
        self.live().map(|e| e.value.clone()).collect()
    }

    /// Entries in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.live()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.len = 0;
        self.start = 0;
        self.index = None;
    }
}

impl Table {
    /// A table of `entries` (distinct keys, in order) with room for `room`.
    pub fn from_entries(entries: impl Iterator<Item = Entry>, room: usize) -> Self {
        let mut t = Table::with_capacity(room);
        t.entries.extend(entries.map(Some));
        t.len = t.entries.len();
        t.reindex();
        t
    }
}
