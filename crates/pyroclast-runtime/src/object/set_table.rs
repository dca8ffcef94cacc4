//! The table behind set and frozenset: CPython 3.11's open-addressing layout
//! (linear probes, then perturbation; dummies on removal; the same resize
//! rules), because iteration order, and so every printed set, is the slot
//! order of that table.

use crate::PyResult;
use crate::object::dict::KeySemantics;
use crate::object::dict_table::same_key;
use crate::object::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

/// A set's members in CPython's slot layout.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Drop for SetTable {
    /// Through the trashcan (`object/trashcan.rs`): a set's members may be
    /// deeply nested frozensets or tuples.
    fn drop(&mut self) {
        if self.used != 0 {
            crate::object::trashcan::dispose(std::mem::take(&mut self.slots));
        }
    }
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

impl SetTable {
    /// An empty table.
    pub fn new() -> Self {
        SetTable::default()
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The slot holding `key`, if present.
    fn find<K: KeySemantics + ?Sized>(
        &self,
        vm: &K,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return Ok(None),
                    Slot::Active(h, k) if *h == hash && same_key(vm, k, key)? => {
                        return Ok(Some(j));
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// True when `key` is a member.
    pub fn contains<K: KeySemantics + ?Sized>(&self, vm: &K, key: &Value) -> PyResult<bool> {
        let hash = vm.key_hash(key)?;
        Ok(self.find(vm, key, hash)?.is_some())
    }

    /// Adds `key` (CPython's `set_add_entry`); the value argument exists so the
    /// table reads like a dict's.
    pub fn set<K: KeySemantics + ?Sized>(
        &mut self,
        vm: &K,
        key: Value,
        _value: Value,
    ) -> PyResult<()> {
        let hash = vm.key_hash(&key)?;
        self.add_entry(vm, key, hash)
    }

    fn add_entry<K: KeySemantics + ?Sized>(
        &mut self,
        vm: &K,
        key: Value,
        hash: i64,
    ) -> PyResult<()> {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let found = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => break 'search j,
                    Slot::Active(h, k) => {
                        if *h == hash && same_key(vm, k, &key)? {
                            return Ok(());
                        }
                    }
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        };
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Active(hash, key);
            self.used += 1;
            return Ok(());
        }
        self.slots[found] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 < mask * 3 {
            return Ok(());
        }
        let minused = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(minused);
        Ok(())
    }

    fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask
                && let Some(free) = slots[i + 1..=i + LINEAR_PROBES]
                    .iter_mut()
                    .find(|s| matches!(s, Slot::Empty))
            {
                *free = Slot::Active(hash, key);
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        for slot in old {
            if let Slot::Active(h, k) = slot {
                Self::insert_clean(&mut self.slots, k, h);
            }
        }
        self.fill = self.used;
    }

    /// Adds every member of `other` (CPython's `set_merge`, which decides
    /// the layout of copies and unions).
    pub fn merge<K: KeySemantics + ?Sized>(&mut self, vm: &K, other: &SetTable) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for slot in &other.slots {
                if let Slot::Active(h, k) = slot {
                    Self::insert_clean(&mut self.slots, k.clone(), *h);
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for slot in &other.slots {
            if let Slot::Active(h, k) = slot {
                self.add_entry(vm, k.clone(), *h)?;
            }
        }
        Ok(())
    }

    /// A copy laid out as CPython's `set.copy()` lays it out.
    pub fn copy<K: KeySemantics + ?Sized>(&self, vm: &K) -> PyResult<SetTable> {
        let mut t = SetTable::new();
        t.merge(vm, self)?;
        Ok(t)
    }

    /// Removes `key`, returning it if it was present.
    pub fn remove<K: KeySemantics + ?Sized>(
        &mut self,
        vm: &K,
        key: &Value,
    ) -> PyResult<Option<Value>> {
        let hash = vm.key_hash(key)?;
        let Some(i) = self.find(vm, key, hash)? else {
            return Ok(None);
        };
        let old = std::mem::replace(&mut self.slots[i], Slot::Dummy);
        self.used -= 1;
        Ok(match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        })
    }

    /// `set.pop()`: the first member at or after the finger.
    pub fn pop_first(&mut self) -> Option<(Value, Value)> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut i = self.finger & (n - 1);
        while !matches!(self.slots[i], Slot::Active(..)) {
            i = (i + 1) % n;
        }
        let old = std::mem::replace(&mut self.slots[i], Slot::Dummy);
        self.used -= 1;
        self.finger = i + 1;
        match old {
            Slot::Active(_, k) => Some((k, Value::None)),
            _ => None,
        }
    }

    /// Calls `f` with every member (for the cycle collector).
    pub fn for_each_ref(&self, f: &mut dyn FnMut(&Value)) {
        for s in &self.slots {
            if let Slot::Active(_, k) = s {
                f(k);
            }
        }
    }

    /// Moves every member into `out`.
    pub fn drain_into(mut self, out: &mut Vec<Value>) {
        self.used = 0;
        for s in std::mem::take(&mut self.slots) {
            if let Slot::Active(_, k) = s {
                out.push(k);
            }
        }
    }

    /// Members in slot order.
    pub fn keys(&self) -> Vec<Value> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// Removes every member.
    pub fn clear(&mut self) {
        *self = SetTable::new();
    }
}
