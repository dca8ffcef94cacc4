//! The cycle collector. Objects are reference counted (`Rc`); what reference
//! counting cannot free is a cycle, so containers register here when they
//! are made, and a collection finds the ones only cycles keep alive, as
//! CPython's `gcmodule.c` does: each container's strong count, minus the
//! references other registered containers hold to it, is what the rest of
//! the program holds; containers with none, and not reachable from one with
//! some, are garbage. Clearing their contents breaks the cycles and
//! reference counting frees them.
//!
//! The registry is per thread (an interpreter lives on one thread, and
//! several may share it): the analysis is sound for any set of objects,
//! because references from outside the set only ever make an object look
//! reachable. References nobody can see (inside a suspended generator's
//! frame, the Rust stack) count as outside references, so the collector
//! never frees what might still be used; it may keep some garbage.
//!
//! Three generations with CPython's default thresholds (700, 10, 10): new
//! containers go to the youngest, survivors move up, and an older
//! generation is examined only after enough collections of the one below.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

use crate::object::dict::Dict;
use crate::object::model::{CellRef, Class, FrameLocals, Function, Instance, TracebackEntry};
use crate::object::value::{Bound, ListItems, Native, SetObj, Tuple, Value};

/// A registered container, held weakly.
pub enum Tracked {
    /// A list.
    List(Weak<RefCell<ListItems>>),
    /// A tuple holding at least one container.
    Tuple(Weak<Tuple>),
    /// A dict.
    Dict(Weak<RefCell<Dict>>),
    /// A set or frozenset.
    Set(Weak<SetObj>),
    /// An instance of a user-defined class.
    Instance(Weak<Instance>),
    /// A user-defined function.
    Function(Weak<Function>),
    /// A bound method.
    Method(Weak<Bound>),
    /// A closure cell.
    Cell(Weak<RefCell<Option<Value>>>),
    /// The variables of a returned frame that tracebacks keep (shared by
    /// every exception that passed through the frame).
    Locals(Weak<RefCell<Vec<Option<Value>>>>),
    /// The frames of a traceback object chain (shared by the chain's
    /// objects, `tb.tb_next` included).
    Entries(Weak<[TracebackEntry]>),
    /// A class.
    Class(Weak<Class>),
    /// A runtime object that reports its references ([`Native::traverse`]).
    Native(Weak<dyn Native>),
}

/// A registered container, held strongly while a collection examines it.
#[derive(Clone)]
pub enum Live {
    /// A list.
    List(Rc<RefCell<ListItems>>),
    /// A tuple.
    Tuple(Rc<Tuple>),
    /// A dict.
    Dict(Rc<RefCell<Dict>>),
    /// A set.
    Set(Rc<SetObj>),
    /// An instance.
    Instance(Rc<Instance>),
    /// A function.
    Function(Rc<Function>),
    /// A bound method.
    Method(Rc<Bound>),
    /// A closure cell.
    Cell(CellRef),
    /// A returned frame's variables.
    Locals(FrameLocals),
    /// A traceback chain's frames.
    Entries(Rc<[TracebackEntry]>),
    /// A class.
    Class(Rc<Class>),
    /// A runtime object.
    Native(Rc<dyn Native>),
}

impl Tracked {
    /// True once the object was freed.
    fn is_dead(&self) -> bool {
        match self {
            Tracked::List(w) => w.strong_count() == 0,
            Tracked::Tuple(w) => w.strong_count() == 0,
            Tracked::Dict(w) => w.strong_count() == 0,
            Tracked::Set(w) => w.strong_count() == 0,
            Tracked::Instance(w) => w.strong_count() == 0,
            Tracked::Function(w) => w.strong_count() == 0,
            Tracked::Method(w) => w.strong_count() == 0,
            Tracked::Cell(w) => w.strong_count() == 0,
            Tracked::Locals(w) => w.strong_count() == 0,
            Tracked::Entries(w) => w.strong_count() == 0,
            Tracked::Class(w) => w.strong_count() == 0,
            Tracked::Native(w) => w.strong_count() == 0,
        }
    }

    fn upgrade(&self) -> Option<Live> {
        Some(match self {
            Tracked::List(w) => Live::List(w.upgrade()?),
            Tracked::Tuple(w) => Live::Tuple(w.upgrade()?),
            Tracked::Dict(w) => Live::Dict(w.upgrade()?),
            Tracked::Set(w) => Live::Set(w.upgrade()?),
            Tracked::Instance(w) => Live::Instance(w.upgrade()?),
            Tracked::Function(w) => Live::Function(w.upgrade()?),
            Tracked::Method(w) => Live::Method(w.upgrade()?),
            Tracked::Cell(w) => Live::Cell(w.upgrade()?),
            Tracked::Locals(w) => Live::Locals(w.upgrade()?),
            Tracked::Entries(w) => Live::Entries(w.upgrade()?),
            Tracked::Class(w) => Live::Class(w.upgrade()?),
            Tracked::Native(w) => Live::Native(w.upgrade()?),
        })
    }
}

impl Live {
    fn downgrade(&self) -> Tracked {
        match self {
            Live::List(r) => Tracked::List(Rc::downgrade(r)),
            Live::Tuple(r) => Tracked::Tuple(Rc::downgrade(r)),
            Live::Dict(r) => Tracked::Dict(Rc::downgrade(r)),
            Live::Set(r) => Tracked::Set(Rc::downgrade(r)),
            Live::Instance(r) => Tracked::Instance(Rc::downgrade(r)),
            Live::Function(r) => Tracked::Function(Rc::downgrade(r)),
            Live::Method(r) => Tracked::Method(Rc::downgrade(r)),
            Live::Cell(r) => Tracked::Cell(Rc::downgrade(r)),
            Live::Locals(r) => Tracked::Locals(Rc::downgrade(r)),
            Live::Entries(r) => Tracked::Entries(Rc::downgrade(r)),
            Live::Class(r) => Tracked::Class(Rc::downgrade(r)),
            Live::Native(r) => Tracked::Native(Rc::downgrade(r)),
        }
    }

    /// The object's address, its identity in the analysis.
    fn addr(&self) -> usize {
        match self {
            Live::List(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Tuple(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Dict(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Set(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Instance(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Function(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Method(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Cell(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Locals(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Entries(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Class(r) => Rc::as_ptr(r) as *const () as usize,
            Live::Native(r) => Rc::as_ptr(r) as *const () as usize,
        }
    }

    /// Strong references to the object, not counting `self`.
    fn refs(&self) -> usize {
        let n = match self {
            Live::List(r) => Rc::strong_count(r),
            Live::Tuple(r) => Rc::strong_count(r),
            Live::Dict(r) => Rc::strong_count(r),
            Live::Set(r) => Rc::strong_count(r),
            Live::Instance(r) => Rc::strong_count(r),
            Live::Function(r) => Rc::strong_count(r),
            Live::Method(r) => Rc::strong_count(r),
            Live::Cell(r) => Rc::strong_count(r),
            Live::Locals(r) => Rc::strong_count(r),
            Live::Entries(r) => Rc::strong_count(r),
            Live::Class(r) => Rc::strong_count(r),
            Live::Native(r) => Rc::strong_count(r),
        };
        n - 1
    }

    /// Calls `visit` with every strong reference the object holds, once per
    /// reference (a list holding `x` twice reports it twice). A value that
    /// cannot be borrowed right now (being mutated further up the stack) is
    /// reported as holding nothing, which only keeps more alive.
    pub fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        match self {
            Live::List(l) => {
                if let Ok(items) = l.try_borrow() {
                    items.iter().for_each(|v| visit_value(v, visit));
                }
            }
            Live::Tuple(t) => t.iter().for_each(|v| visit_value(v, visit)),
            Live::Dict(d) => {
                if let Ok(d) = d.try_borrow() {
                    d.for_each_ref(&mut |v| visit_value(v, visit));
                }
            }
            Live::Set(s) => {
                if let Ok(items) = s.items.try_borrow() {
                    items.for_each_ref(&mut |v| visit_value(v, visit));
                }
            }
            Live::Instance(i) => {
                visit(Edge::Class(&i.class));
                if let Ok(d) = i.dict.try_borrow() {
                    d.values().for_each(|v| visit_value(v, visit));
                }
                if let Ok(p) = i.payload.try_borrow()
                    && let Some(p) = &*p
                {
                    visit_value(p, visit);
                }
                if let Some(e) = &i.exc
                    && let Ok(e) = e.try_borrow()
                {
                    e.args.iter().for_each(|v| visit_value(v, visit));
                    e.cause.iter().for_each(|v| visit_value(v, visit));
                    e.context.iter().for_each(|v| visit_value(v, visit));
                    for t in &e.traceback {
                        visit(Edge::Locals(&t.locals));
                    }
                    if let Some((_, tb)) = &e.tb_object {
                        visit_value(tb, visit);
                    }
                }
            }
            Live::Function(f) => {
                f.defaults.iter().for_each(|v| visit_value(v, visit));
                f.kwdefaults.iter().for_each(|(_, v)| visit_value(v, visit));
                // Each frame kept for the next call (`eval::calls`) holds
                // the closure's cells too.
                let kept = f.spare_frames.try_borrow().map_or(0, |s| s.len());
                for _ in 0..=kept {
                    f.closure.iter().for_each(|c| visit(Edge::Cell(c)));
                }
                if let Ok(d) = f.dict.try_borrow() {
                    d.values().for_each(|v| visit_value(v, visit));
                }
            }
            Live::Method(m) => {
                visit_value(&m.0, visit);
                visit_value(&m.1, visit);
            }
            Live::Cell(c) => {
                if let Ok(v) = c.try_borrow()
                    && let Some(v) = &*v
                {
                    visit_value(v, visit);
                }
            }
            Live::Locals(l) => {
                if let Ok(l) = l.try_borrow() {
                    l.iter().flatten().for_each(|v| visit_value(v, visit));
                }
            }
            Live::Entries(entries) => entries.iter().for_each(|e| visit(Edge::Locals(&e.locals))),
            Live::Class(c) => {
                c.bases.iter().for_each(|b| visit(Edge::Class(b)));
                c.mro.iter().for_each(|b| visit(Edge::Class(b)));
                if let Ok(m) = c.metaclass.try_borrow()
                    && let Some(m) = &*m
                {
                    visit(Edge::Class(m));
                }
                if let Ok(d) = c.dict.try_borrow() {
                    d.values().for_each(|v| visit_value(v, visit));
                }
            }
            Live::Native(n) => n.traverse(visit),
        }
    }

    /// Drops the references the object holds that can be dropped, breaking
    /// the cycles it is part of.
    fn clear(&self) -> Vec<Value> {
        let mut dropped = Vec::new();
        match self {
            Live::List(l) => {
                // Last first, as CPython's `list_clear`.
                if let Ok(mut items) = l.try_borrow_mut() {
                    dropped.extend(items.take_vec().into_iter().rev());
                }
            }
            Live::Dict(d) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    std::mem::take(&mut *d).drain_into(&mut dropped);
                }
            }
            Live::Set(s) => {
                if let Ok(mut items) = s.items.try_borrow_mut() {
                    std::mem::take(&mut *items).drain_into(&mut dropped);
                }
            }
            Live::Instance(i) => {
                if let Ok(mut d) = i.dict.try_borrow_mut() {
                    dropped.extend(std::mem::take(&mut *d).into_values());
                }
                if let Ok(mut p) = i.payload.try_borrow_mut() {
                    dropped.extend(p.take());
                }
                if let Some(e) = &i.exc
                    && let Ok(mut e) = e.try_borrow_mut()
                {
                    dropped.append(&mut e.args);
                    dropped.extend(e.cause.take());
                    dropped.extend(e.context.take());
                    dropped.extend(e.tb_object.take().map(|(_, tb)| tb));
                }
            }
            Live::Function(f) => {
                if let Ok(mut d) = f.dict.try_borrow_mut() {
                    dropped.extend(std::mem::take(&mut *d).into_values());
                }
            }
            Live::Cell(c) => {
                if let Ok(mut v) = c.try_borrow_mut() {
                    dropped.extend(v.take());
                }
            }
            Live::Locals(l) => {
                if let Ok(mut l) = l.try_borrow_mut() {
                    dropped.extend(std::mem::take(&mut *l).into_iter().flatten());
                }
            }
            Live::Class(c) => {
                if let Ok(mut d) = c.dict.try_borrow_mut() {
                    dropped.extend(std::mem::take(&mut *d).into_values());
                }
            }
            Live::Native(n) => n.clear_refs(&mut dropped),
            // Immutable: the other members of any cycle through them are
            // cleared instead (a cycle cannot be made of these alone).
            Live::Tuple(_) | Live::Method(_) | Live::Entries(_) => {}
        }
        dropped
    }

    /// The object as a value, when it is one (cells are not).
    pub fn value(&self) -> Option<Value> {
        Some(match self {
            Live::List(r) => Value::List(r.clone()),
            Live::Tuple(r) => Value::Tuple(r.clone()),
            Live::Dict(r) => Value::Dict(r.clone()),
            Live::Set(r) => Value::Set(r.clone()),
            Live::Instance(r) => Value::Instance(r.clone()),
            Live::Function(r) => Value::Function(r.clone()),
            Live::Method(r) => Value::Method(r.clone()),
            Live::Class(r) => Value::Class(r.clone()),
            Live::Native(r) => Value::Native(r.clone()),
            Live::Cell(_) | Live::Locals(_) | Live::Entries(_) => return None,
        })
    }
}

/// One strong reference a container holds.
pub enum Edge<'a> {
    /// To a value.
    Value(&'a Value),
    /// To a class (an instance's type, a class's bases).
    Class(&'a Rc<Class>),
    /// To a closure cell.
    Cell(&'a CellRef),
    /// To a returned frame's variables.
    Locals(&'a FrameLocals),
    /// To a traceback chain's frames.
    Entries(&'a Rc<[TracebackEntry]>),
}

/// Reports `v` when it is an object the collector may track.
pub fn visit_value(v: &Value, visit: &mut dyn FnMut(Edge)) {
    if v.may_hold_references() {
        visit(Edge::Value(v));
    }
}

impl Edge<'_> {
    /// The address of the object the reference points to, if it is one
    /// the collector may have registered.
    fn addr(&self) -> Option<usize> {
        Some(match self {
            Edge::Value(v) => match v {
                Value::List(r) => Rc::as_ptr(r) as *const () as usize,
                Value::Tuple(r) => Rc::as_ptr(r) as *const () as usize,
                Value::Dict(r) => Rc::as_ptr(r) as *const () as usize,
                Value::Set(r) => Rc::as_ptr(r) as *const () as usize,
                Value::Instance(r) => Rc::as_ptr(r) as *const () as usize,
                Value::Function(r) => Rc::as_ptr(r) as *const () as usize,
                Value::Method(r) => Rc::as_ptr(r) as *const () as usize,
                Value::Class(r) => Rc::as_ptr(r) as *const () as usize,
                Value::Native(r) => Rc::as_ptr(r) as *const () as usize,
                _ => return None,
            },
            Edge::Class(c) => Rc::as_ptr(c) as *const () as usize,
            Edge::Cell(c) => Rc::as_ptr(c) as *const () as usize,
            Edge::Locals(l) => Rc::as_ptr(l) as *const () as usize,
            Edge::Entries(e) => Rc::as_ptr(e) as *const () as usize,
        })
    }
}

/// CPython's default thresholds.
const THRESHOLDS: [usize; 3] = [700, 10, 10];

/// The per-thread registry.
pub struct Heap {
    generations: [RefCell<Vec<Tracked>>; 3],
    /// `gc.get_count()`: allocations since the last collection of
    /// generation 0, then collections of each generation since the next
    /// older one was collected.
    count: [Cell<usize>; 3],
    threshold: [Cell<usize>; 3],
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// Containers registered since the thread started, for accounting.
    total: Cell<u64>,
    /// Containers in the oldest generation after its last collection, and
    /// those moved there since: the oldest generation is examined only
    /// when the second exceeds a quarter of the first (CPython's rule, so
    /// a program that builds a large structure does not rescan it over
    /// and over).
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
    /// Each generation's length when its dead entries were last dropped.
    pruned_len: [Cell<usize>; 3],
}

impl Heap {
    const fn new() -> Heap {
        Heap {
            generations: [
                RefCell::new(Vec::new()),
                RefCell::new(Vec::new()),
                RefCell::new(Vec::new()),
            ],
            count: [Cell::new(0), Cell::new(0), Cell::new(0)],
            threshold: [
                Cell::new(THRESHOLDS[0]),
                Cell::new(THRESHOLDS[1]),
                Cell::new(THRESHOLDS[2]),
            ],
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            total: Cell::new(0),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
            pruned_len: [Cell::new(0), Cell::new(0), Cell::new(0)],
        }
    }
}

thread_local! {
    static HEAP: Heap = const { Heap::new() };
    /// Interpreters alive on this thread (they share the registry).
    static INTERPRETERS: Cell<usize> = const { Cell::new(0) };
}

/// Counts an interpreter made on this thread.
pub fn interpreter_started() {
    INTERPRETERS.with(|n| n.set(n.get() + 1));
}

/// Counts an interpreter gone from this thread.
pub fn interpreter_ended() {
    let _ = INTERPRETERS.try_with(|n| n.set(n.get().saturating_sub(1)));
}

/// How many interpreters are alive on this thread.
pub fn interpreters() -> usize {
    INTERPRETERS.with(Cell::get)
}

/// Every registered runtime object still alive (for an interpreter's
/// teardown, which finds its suspended generators here).
pub fn live_natives() -> Vec<Rc<dyn Native>> {
    HEAP.with(|h| {
        h.generations
            .iter()
            .flat_map(|g| {
                g.borrow()
                    .iter()
                    .filter_map(|t| match t {
                        Tracked::Native(w) => w.upgrade(),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    })
}

/// Registers a new container.
#[inline]
pub fn track(t: Tracked) {
    HEAP.with(|h| {
        let mut young = h.generations[0].borrow_mut();
        // Most containers are temporaries that die before the next one is
        // made: dropping their entries now lets the allocator reuse their
        // memory at once (an entry's weak reference keeps it allocated).
        while young.last().is_some_and(Tracked::is_dead) {
            young.pop();
        }
        young.push(t);
        h.count[0].set(h.count[0].get() + 1);
        h.total.set(h.total.get() + 1);
    });
}

/// True when an automatic collection is due (and allowed).
pub fn due() -> bool {
    HEAP.with(|h| h.enabled.get() && !h.collecting.get() && h.count[0].get() > h.threshold[0].get())
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    HEAP.with(|h| h.enabled.get())
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    HEAP.with(|h| h.enabled.set(on));
}

/// `gc.get_count()`.
pub fn counts() -> [usize; 3] {
    HEAP.with(|h| [h.count[0].get(), h.count[1].get(), h.count[2].get()])
}

/// `gc.get_threshold()`.
pub fn thresholds() -> [usize; 3] {
    HEAP.with(|h| {
        [
            h.threshold[0].get(),
            h.threshold[1].get(),
            h.threshold[2].get(),
        ]
    })
}

/// `gc.set_threshold()`.
pub fn set_thresholds(t: [usize; 3]) {
    HEAP.with(|h| {
        for (cell, v) in h.threshold.iter().zip(t) {
            cell.set(v);
        }
    });
}

/// Containers registered and not yet found dead, in every generation.
pub fn tracked_count() -> usize {
    HEAP.with(|h| h.generations.iter().map(|g| g.borrow().len()).sum())
}

/// The generation an automatic collection should examine: the oldest one
/// whose count is over its threshold (CPython's `gc_collect_generations`).
pub fn generation_due() -> usize {
    HEAP.with(|h| {
        (0..3)
            .rev()
            .find(|&g| {
                h.count[g].get() > h.threshold[g].get()
                    && (g < 2 || h.long_lived_pending.get() >= h.long_lived_total.get() / 4)
            })
            .unwrap_or(0)
    })
}

/// What one collection found: the unreachable containers, held strongly so
/// that finalizers may run before they are cleared.
pub struct Garbage {
    /// The unreachable containers.
    pub objects: Vec<Live>,
    /// The generation the survivors were moved to.
    generation: usize,
}

/// Starts a collection of `generation` and the younger ones: finds the
/// containers only cycles keep alive. The survivors move to the next
/// generation. Returns `None` when a collection is already running.
pub fn find_garbage(generation: usize) -> Option<Garbage> {
    HEAP.with(|h| {
        if h.collecting.replace(true) {
            return None;
        }
        let generation = generation.min(2);
        // Gather the examined generations, dropping dead entries.
        let mut live: Vec<Live> = Vec::new();
        for g in 0..=generation {
            // Drained, not taken: the young generation keeps its capacity.
            let mut entries = h.generations[g].borrow_mut();
            live.extend(entries.drain(..).filter_map(|t| t.upgrade()));
        }
        for g in 0..=generation {
            h.count[g].set(0);
        }
        if generation < 2 {
            h.count[generation + 1].set(h.count[generation + 1].get() + 1);
        }
        let unreachable = unreachable(&live);
        let mut garbage = Vec::new();
        let older = (generation + 1).min(2);
        let mut moved = 0;
        {
            let mut survivors = h.generations[older].borrow_mut();
            for (obj, dead) in live.into_iter().zip(unreachable) {
                if dead {
                    garbage.push(obj);
                } else {
                    survivors.push(obj.downgrade());
                    moved += 1;
                }
            }
            // Entries of objects freed since they moved up keep their
            // memory allocated (a weak reference does) until the older
            // generation is examined, which may be rare: drop them once the
            // list has doubled since it was last pruned (amortized O(1)).
            let pruned = &h.pruned_len[older];
            if survivors.len() > 2 * pruned.get() + 1024 {
                survivors.retain(|t| !t.is_dead());
                pruned.set(survivors.len());
            }
        }
        match generation {
            2 => {
                h.long_lived_total.set(moved);
                h.long_lived_pending.set(0);
            }
            1 => h.long_lived_pending.set(h.long_lived_pending.get() + moved),
            _ => {}
        }
        Some(Garbage {
            objects: garbage,
            generation: older,
        })
    })
}

/// Marks the members of `objs` that nothing outside `objs` keeps alive.
fn unreachable(objs: &[Live]) -> Vec<bool> {
    let index: FxHashMap<usize, usize> = objs
        .iter()
        .enumerate()
        .map(|(i, o)| (o.addr(), i))
        .collect();
    // References from outside the set: the strong count minus the
    // references members hold (and minus the collector's own `Live`).
    let mut outside: Vec<isize> = objs.iter().map(|o| o.refs() as isize).collect();
    for o in objs {
        o.traverse(&mut |e| {
            if let Some(j) = e.addr().and_then(|a| index.get(&a)) {
                outside[*j] -= 1;
            }
        });
    }
    // Everything reachable from an object held from outside is alive.
    let mut alive = vec![false; objs.len()];
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| outside[i] > 0).collect();
    for &i in &stack {
        alive[i] = true;
    }
    while let Some(i) = stack.pop() {
        objs[i].traverse(&mut |e| {
            if let Some(&j) = e.addr().and_then(|a| index.get(&a))
                && !alive[j]
            {
                alive[j] = true;
                stack.push(j);
            }
        });
    }
    alive.into_iter().map(|a| !a).collect()
}

/// Ends a collection: the garbage that finalizers resurrected (made
/// reachable again from outside the garbage) survives; the rest is
/// cleared, and freed as its references drop. Returns how many objects
/// were cleared, as CPython counts them (not those finalizers resurrected,
/// nor those their finalization already freed).
pub fn finish(garbage: Garbage) -> usize {
    let Garbage {
        objects,
        generation,
    } = garbage;
    let still_dead = unreachable(&objects);
    let found = still_dead
        .iter()
        .filter(|d| **d)
        .count()
        .saturating_sub(freed_by_finalizers(&objects));
    let mut cleared = Vec::new();
    HEAP.with(|h| {
        let mut survivors = h.generations[generation].borrow_mut();
        for (obj, dead) in objects.iter().zip(&still_dead) {
            if *dead {
                cleared.push(obj.clone());
            } else {
                survivors.push(obj.downgrade());
            }
        }
    });
    drop(objects);
    // Clear first, drop after: dropping may run `__del__`-free destructors
    // of other garbage, which must find everything already cleared.
    let mut dropped: Vec<Value> = Vec::new();
    for obj in &cleared {
        dropped.append(&mut obj.clear());
    }
    drop(cleared);
    drop(dropped);
    HEAP.with(|h| h.collecting.set(false));
    found
}

/// How many of `objs` only the collector keeps alive now, directly or
/// through others of them: finalizers broke their cycles, so reference
/// counting frees them when the collector lets go (CPython frees them
/// during finalization and does not count them).
fn freed_by_finalizers(objs: &[Live]) -> usize {
    let index: FxHashMap<usize, usize> = objs
        .iter()
        .enumerate()
        .map(|(i, o)| (o.addr(), i))
        .collect();
    let mut count: Vec<usize> = objs.iter().map(Live::refs).collect();
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| count[i] == 0).collect();
    let mut freed = stack.len();
    while let Some(i) = stack.pop() {
        objs[i].traverse(&mut |e| {
            if let Some(&j) = e.addr().and_then(|a| index.get(&a))
                && count[j] > 0
            {
                count[j] -= 1;
                if count[j] == 0 {
                    freed += 1;
                    stack.push(j);
                }
            }
        });
    }
    freed
}

/// Abandons a collection without clearing (the survivors were already
/// moved; the garbage goes back to the oldest examined generation).
pub fn abandon(garbage: Garbage) {
    HEAP.with(|h| {
        let mut g = h.generations[garbage.generation].borrow_mut();
        g.extend(garbage.objects.iter().map(Live::downgrade));
        h.collecting.set(false);
    });
}
