//! A class's namespace and the lookup cache in front of the MRO walk.
//!
//! `Class::lookup` runs for every method call, instance attribute and
//! special method; walking the MRO costs a hash and one probe per class
//! (three for `self._x` on a two-level hierarchy with a property, since
//! data descriptors are looked for before the instance dict). Like
//! CPython's type attribute cache, a small two-way set-associative table remembers
//! where a name was found: which class of the MRO and which index of its
//! dict, or that no class has it. The cache records places, never values,
//! so it keeps no object alive and a class attribute assigned in place
//! (`Shape.count += 1`) needs no invalidation. Anything that can change
//! which names a class holds (`ClassDict::borrow_mut`, a class freed)
//! bumps the thread's class epoch, which empties the cache at once.

use std::cell::{Cell, OnceCell, Ref, RefCell, RefMut};
use std::rc::Rc;

use indexmap::IndexMap;
use indexmap::map::RawEntryApiV1;
use rustc_hash::FxBuildHasher;

use crate::object::model::Class;
use crate::object::value::Value;

/// The table a class namespace is.
pub type NsMap = IndexMap<Rc<str>, Value, FxBuildHasher>;

/// A class's attributes. Reads go straight to the table; a mutable borrow
/// may add or remove names, so it invalidates the lookup cache first.
#[derive(Default)]
pub struct ClassDict(RefCell<NsMap>);

impl ClassDict {
    /// A namespace holding `map`.
    pub fn new(map: NsMap) -> Self {
        ClassDict(RefCell::new(map))
    }

    /// Reads the namespace.
    #[inline]
    pub fn borrow(&self) -> Ref<'_, NsMap> {
        self.0.borrow()
    }

    /// Changes the namespace (adding or removing names invalidates every
    /// cached lookup on this thread).
    pub fn borrow_mut(&self) -> RefMut<'_, NsMap> {
        bump_epoch();
        self.0.borrow_mut()
    }

    /// [`ClassDict::borrow`] that fails instead of panicking.
    pub fn try_borrow(&self) -> Result<Ref<'_, NsMap>, std::cell::BorrowError> {
        self.0.try_borrow()
    }

    /// [`ClassDict::borrow_mut`] that fails instead of panicking.
    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, NsMap>, std::cell::BorrowMutError> {
        bump_epoch();
        self.0.try_borrow_mut()
    }

    /// `cls.name = value`: replaces an existing entry in place, which keeps
    /// cached lookups valid (they record where a name is, not its value).
    pub fn set(&self, name: &str, value: Value) {
        self.set_key(name, || Rc::from(name), value);
    }

    /// Sets `name`, storing a new entry under the key `key` makes.
    pub fn set_key(&self, name: &str, key: impl FnOnce() -> Rc<str>, value: Value) {
        if let Some(slot) = self.0.borrow_mut().get_mut(name) {
            // Version tags vouch for what kind of attribute a name is (a
            // data descriptor or not); replacing a number by a number
            // keeps that.
            if !plain(slot) || !plain(&value) {
                bump_epoch();
            }
            *slot = value;
            return;
        }
        self.borrow_mut().insert(key(), value);
    }

    /// The table, for a class being dropped.
    pub fn get_mut(&mut self) -> &mut NsMap {
        self.0.get_mut()
    }
}

/// The cache: the class epoch and the entries (one thread-local, so a
/// lookup reads it once).
struct Cache {
    /// Bumped whenever a class namespace may gain or lose a name, or a
    /// class is freed (its address may be reused): entries from an older
    /// epoch are stale.
    epoch: Cell<u64>,
    /// Made at the first miss. Kept inline, the 48 KiB table was part of
    /// every thread's initial TLS image, copied into each thread the
    /// process starts (three for `pyroclast script.py`, a tenth of its
    /// page faults) whether or not it ever looks a name up.
    entries: OnceCell<Box<Entries>>,
}

type Entries = [Cell<Entry>; SIZE];

thread_local! {
    static CACHE: Cache = const {
        Cache {
            epoch: Cell::new(1),
            entries: OnceCell::new(),
        }
    };
}

/// Entries in the cache (a power of two).
const SIZE: usize = 1024;

/// Longest name a miss is remembered for (misses keep their own copy of
/// the name; hits compare against the key in the class dict).
const NAME_MAX: usize = 22;

/// `index` of an entry recording that no class on the MRO has the name.
const MISS: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Entry {
    epoch: u64,
    class: usize,
    /// Where the name is: the class's MRO position and its dict index.
    depth: u16,
    index: u32,
    /// For misses: the name.
    len: u8,
    name: [u8; NAME_MAX],
}

impl Entry {
    const EMPTY: Entry = Entry {
        epoch: 0,
        class: 0,
        depth: 0,
        index: 0,
        len: 0,
        name: [0; NAME_MAX],
    };
}

/// A value no descriptor protocol applies to.
fn plain(v: &Value) -> bool {
    matches!(
        v,
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_)
    )
}

/// A class's version tag, as CPython's `tp_version_tag`: a number naming
/// the current state of the namespaces on its MRO, so a site can remember
/// a fact about the class ("`_w` is no data descriptor of it") under the
/// tag and trust it while the tag is the same. Tags are handed out afresh
/// after anything that can change what a class namespace holds (the
/// events that bump the lookup cache's epoch, and replacing an attribute
/// that is not a plain number or string), so an old tag is never seen
/// again.
#[derive(Default)]
pub struct VersionTag {
    tag: Cell<u32>,
    epoch: Cell<u64>,
}

thread_local! {
    static NEXT_TAG: Cell<u32> = const { Cell::new(1) };
}

impl VersionTag {
    /// The class's tag now; 0 (which no site holds as a valid tag) once
    /// this thread has handed out every number.
    #[inline]
    pub fn get(&self) -> u32 {
        let epoch = CACHE.with(|c| c.epoch.get());
        if self.epoch.get() == epoch {
            return self.tag.get();
        }
        let tag = NEXT_TAG.with(|n| {
            let t = n.get();
            n.set(t.saturating_add(1));
            if t == u32::MAX { 0 } else { t }
        });
        self.tag.set(tag);
        self.epoch.set(epoch);
        tag
    }
}

/// A class's flags (`classes::HAS_DATA_DESCRIPTOR`, ...), with the flags
/// of its whole MRO kept beside them: attribute reads ask for those on
/// every access. Setting flags bumps the lookup epoch, which every class
/// namespace change bumps too, so the kept union is current while the
/// epoch is the one it was computed in.
#[derive(Default)]
pub struct Marker {
    bits: Cell<u8>,
    /// The union along the MRO and the epoch it was computed in.
    mro: Cell<(u64, u8)>,
}

impl Marker {
    /// Flags set to `bits`.
    pub fn new(bits: u8) -> Self {
        Marker {
            bits: Cell::new(bits),
            mro: Cell::new((u64::MAX, 0)),
        }
    }

    /// The class's own flags.
    #[inline]
    pub fn get(&self) -> u8 {
        self.bits.get()
    }

    /// Replaces the class's own flags (subclasses see them at once).
    pub fn set(&self, bits: u8) {
        self.bits.set(bits);
        bump_epoch();
    }
}

/// The flags of `class` and its whole MRO: a flag added to a base after
/// a subclass was created still counts.
#[inline]
pub fn mro_marker(class: &Rc<Class>) -> u8 {
    // No epoch while the thread's locals are torn down: nothing is kept.
    let epoch = CACHE.try_with(|c| c.epoch.get()).unwrap_or(u64::MAX);
    let (at, bits) = class.marker.mro.get();
    if at == epoch && epoch != u64::MAX {
        return bits;
    }
    let bits = class.mro_iter().fold(0, |m, c| m | c.marker.get());
    class.marker.mro.set((epoch, bits));
    bits
}

/// The current lookup epoch (`u64::MAX` while the thread's locals are
/// torn down): facts about classes remembered in it hold until it changes.
#[inline]
pub fn epoch() -> u64 {
    CACHE.try_with(|c| c.epoch.get()).unwrap_or(u64::MAX)
}

/// Invalidates every cached lookup on this thread.
pub fn bump_epoch() {
    // During thread teardown the cache may be gone, and with it every entry.
    let _ = CACHE.try_with(|c| c.epoch.set(c.epoch.get() + 1));
}

#[inline]
fn slot(class: usize, name: &str) -> usize {
    let k = (class >> 4) ^ (name.as_ptr() as usize) ^ name.len().rotate_left(17);
    // An even index: the set is this entry and the next.
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (usize::BITS - SIZE.trailing_zeros())) & (SIZE - 2)
}

#[inline]
fn nth(class: &Rc<Class>, depth: usize) -> Option<&Rc<Class>> {
    if depth == 0 {
        Some(class)
    } else {
        class.mro.get(depth - 1)
    }
}

/// The first class on `class`'s MRO holding `name`: what it holds there
/// and whether that class is a builtin one (special method lookup asks).
#[inline]
pub fn lookup_holder(class: &Rc<Class>, name: &str) -> Option<(Value, bool)> {
    let (depth, v) = lookup_where(class, name)?;
    Some((v, nth(class, depth).is_none_or(|c| c.builtin)))
}

/// Looks `name` up along `class`'s MRO through the cache.
#[inline]
pub fn lookup(class: &Rc<Class>, name: &str) -> Option<Value> {
    lookup_where(class, name).map(|(_, v)| v)
}

/// [`lookup`] with where the name was found: its owner's position on the
/// MRO (0: `class` itself).
#[inline]
pub fn lookup_where(class: &Rc<Class>, name: &str) -> Option<(usize, Value)> {
    lookup_at(class, name).map(|(depth, _, v)| (depth, v))
}

/// [`lookup_where`] with the index of the name's entry in its owner's
/// namespace too.
#[inline]
pub fn lookup_at(class: &Rc<Class>, name: &str) -> Option<(usize, u32, Value)> {
    let key = Rc::as_ptr(class) as usize;
    let i = slot(key, name);
    // Two ways: the entry filled last at `i`, the one before it at `i + 1`
    // (a direct-mapped table let two hot names of one class evict each
    // other on every call).
    let (first, second, epoch) = CACHE.with(|c| match c.entries.get() {
        Some(t) => (t[i].get(), t[i + 1].get(), c.epoch.get()),
        None => (Entry::EMPTY, Entry::EMPTY, c.epoch.get()),
    });
    for e in [first, second] {
        if e.epoch != epoch || e.class != key {
            continue;
        }
        if e.index == MISS {
            if usize::from(e.len) == name.len() && &e.name[..name.len()] == name.as_bytes() {
                return None;
            }
        } else if let Some(owner) = nth(class, usize::from(e.depth)) {
            let dict = owner.dict.borrow();
            // The key is alive in the dict, so an equal pointer is the
            // same name.
            if let Some((k, v)) = dict.get_index(e.index as usize)
                && crate::object::model::same_name(k, name)
            {
                return Some((usize::from(e.depth), e.index, v.clone()));
            }
        }
    }
    fill(class, name, i, epoch)
}

/// [`lookup`] for a code site that keeps where it last found `name` for
/// a class (`at`: the class's version tag, the MRO position and the
/// namespace index, packed). A class's tag stands for its MRO's
/// namespaces as they are now, so while it holds, the entry found then is
/// the answer; its key is compared anyway, which costs a pointer compare.
#[inline]
pub fn lookup_site(class: &Rc<Class>, name: &str, at: &Cell<u64>) -> Option<Value> {
    let tag = class.tag.get();
    let kept = at.get();
    if tag != 0
        && (kept >> 32) as u32 == tag
        && kept & AFTER == 0
        && let Some(owner) = nth(class, ((kept >> 24) & 0xff) as usize)
        && let Ok(dict) = owner.dict.try_borrow()
        && let Some((k, v)) = dict.get_index((kept & 0xff_ffff) as usize)
        && crate::object::model::same_name(k, name)
    {
        return Some(v.clone());
    }
    let (depth, index, v) = lookup_at(class, name)?;
    if tag != 0 && depth <= 0xff && u64::from(index) < AFTER {
        at.set(u64::from(tag) << 32 | (depth as u64) << 24 | u64::from(index));
    }
    Some(v)
}

/// Marks a site's packing as [`lookup_after_site`]'s, not
/// [`lookup_site`]'s (whose namespace index stays under it).
const AFTER: u64 = 1 << 23;

/// What `name` is in the first namespace after `class` on `start`'s MRO
/// (`super(class, obj).name` with `obj` of type `start`), for a code site
/// that keeps where it found it: `start`'s version tag, `class`'s MRO
/// position, and the position and namespace index of the finding, packed.
/// While the tag holds, the MRO and its names are as they were, so once
/// `class` is where it was, the answer is where it was.
#[inline]
pub fn lookup_after_site(
    start: &Rc<Class>,
    class: &Rc<Class>,
    name: &str,
    at: &Cell<u64>,
) -> Option<Value> {
    let tag = start.tag.get();
    let kept = at.get();
    if tag != 0
        && (kept >> 32) as u32 == tag
        && kept & AFTER != 0
        && nth(start, ((kept >> 24) & 0xff) as usize).is_some_and(|c| Rc::ptr_eq(c, class))
        && let Some(owner) = nth(start, ((kept >> 15) & 0xff) as usize)
        && let Ok(dict) = owner.dict.try_borrow()
        && let Some((k, v)) = dict.get_index((kept & 0x7fff) as usize)
        && crate::object::model::same_name(k, name)
    {
        return Some(v.clone());
    }
    let mut mro = start.mro_iter().enumerate();
    let (class_depth, _) = mro.find(|(_, c)| Rc::ptr_eq(c, class))?;
    let (depth, index, v) = mro.find_map(|(depth, c)| {
        let dict = c.dict.borrow();
        let (index, _, v) = dict.get_full(name)?;
        Some((depth, index, v.clone()))
    })?;
    if tag != 0 && class_depth <= 0xff && depth <= 0xff && index <= 0x7fff {
        at.set(
            u64::from(tag) << 32
                | (class_depth as u64) << 24
                | AFTER
                | (depth as u64) << 15
                | index as u64,
        );
    }
    Some(v)
}

/// Walks the MRO and records where `name` is (or that it is nowhere).
#[cold]
#[inline(never)]
fn fill(class: &Rc<Class>, name: &str, i: usize, epoch: u64) -> Option<(usize, u32, Value)> {
    let hash = crate::object::model::name_hash(name);
    let mut entry = Entry {
        epoch,
        class: Rc::as_ptr(class) as usize,
        ..Entry::EMPTY
    };
    // The new entry goes first; the one it displaces, if current, second.
    let store = |entry| {
        CACHE.with(|c| {
            let t = c
                .entries
                .get_or_init(|| Box::new([const { Cell::new(Entry::EMPTY) }; SIZE]));
            let displaced = t[i].replace(entry);
            if displaced.epoch == epoch {
                t[i + 1].set(displaced);
            }
        })
    };
    for (depth, c) in class.mro_iter().enumerate() {
        let dict = c.dict.borrow();
        if let Some((index, _, v)) = dict
            .raw_entry_v1()
            .from_hash_full(hash, |k| crate::object::model::same_name(k, name))
        {
            let found = v.clone();
            let Ok(index) = u32::try_from(index) else {
                // Beyond what an entry records (and any site's packing).
                return Some((depth, MISS, found));
            };
            if let Ok(d) = u16::try_from(depth) {
                entry.depth = d;
                entry.index = index;
                store(entry);
            }
            return Some((depth, index, found));
        }
    }
    if let Ok(len) = u8::try_from(name.len())
        && name.len() <= NAME_MAX
    {
        entry.index = MISS;
        entry.len = len;
        entry.name[..name.len()].copy_from_slice(name.as_bytes());
        store(entry);
    }
    None
}
