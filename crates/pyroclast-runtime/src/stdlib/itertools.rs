//! `itertools`: lazy iterator objects with CPython's semantics (and its
//! argument checks and messages).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use pyroclast_syntax::ast::BinOp;

use super::toolkit::{add_methods, cached_class, new_class, this};
use crate::object::gc::Edge;
use crate::object::model::{Class, Layout, Namespace};
use crate::object::trace::{Trace, clear_cell};
use crate::object::value::{Args, BuiltinFn, Native, Value};
use crate::protocol::args::{Sig, Slots, Style, bind, check, check_keywords};
use crate::protocol::classes::ClassMethod;
use crate::protocol::iter::{PyIter, collect};
use crate::protocol::ops::{self, repr};
use crate::{Interp, PyResult};

/// The iterator kinds, named as CPython names their types.
const KINDS: &[&str] = &[
    "count",
    "cycle",
    "repeat",
    "accumulate",
    "chain",
    "compress",
    "dropwhile",
    "takewhile",
    "filterfalse",
    "groupby",
    "_grouper",
    "islice",
    "starmap",
    "_tee",
    "zip_longest",
    "product",
    "permutations",
    "combinations",
    "combinations_with_replacement",
    "pairwise",
];

fn kind_class(vm: &Interp, kind: &'static str) -> Rc<Class> {
    let key: &'static str = match kind {
        "count" => "itertools.count",
        "cycle" => "itertools.cycle",
        "repeat" => "itertools.repeat",
        "accumulate" => "itertools.accumulate",
        "chain" => "itertools.chain",
        "compress" => "itertools.compress",
        "dropwhile" => "itertools.dropwhile",
        "takewhile" => "itertools.takewhile",
        "filterfalse" => "itertools.filterfalse",
        "groupby" => "itertools.groupby",
        "_grouper" => "itertools._grouper",
        "islice" => "itertools.islice",
        "starmap" => "itertools.starmap",
        "_tee" => "itertools._tee",
        "zip_longest" => "itertools.zip_longest",
        "product" => "itertools.product",
        "permutations" => "itertools.permutations",
        "combinations" => "itertools.combinations",
        "combinations_with_replacement" => "itertools.combinations_with_replacement",
        _ => "itertools.pairwise",
    };
    cached_class(vm, key, |vm| {
        let c = new_class(
            vm,
            kind,
            "itertools",
            vec![],
            Layout::Object,
            "itertools",
            &[],
        );
        add_methods(
            &c,
            "itertools",
            &[
                ("__iter__", |vm, a| this(vm, &a)),
                ("__next__", |vm, a| {
                    let s = this(vm, &a)?;
                    match crate::protocol::iter::next_of(vm, &s)? {
                        Some(v) => Ok(v),
                        None => Err(crate::protocol::generator::stop_iteration(vm, Value::None)),
                    }
                }),
            ],
        );
        let new: Option<BuiltinFn> = match kind {
            "count" => Some(new_count),
            "cycle" => Some(new_cycle),
            "repeat" => Some(new_repeat),
            "accumulate" => Some(new_accumulate),
            "chain" => Some(new_chain),
            "compress" => Some(new_compress),
            "dropwhile" => Some(|vm, a| new_predicate(vm, a, Pred::DropWhile)),
            "takewhile" => Some(|vm, a| new_predicate(vm, a, Pred::TakeWhile)),
            "filterfalse" => Some(|vm, a| new_predicate(vm, a, Pred::FilterFalse)),
            "groupby" => Some(new_groupby),
            "islice" => Some(new_islice),
            "starmap" => Some(new_starmap),
            "zip_longest" => Some(new_zip_longest),
            "product" => Some(new_product),
            "permutations" => Some(new_permutations),
            "combinations" => Some(|vm, a| new_combinations(vm, a, false)),
            "combinations_with_replacement" => Some(|vm, a| new_combinations(vm, a, true)),
            "pairwise" => Some(new_pairwise),
            _ => None,
        };
        if let Some(f) = new {
            c.dict.borrow_mut().insert(
                Rc::from("__new__"),
                crate::object::value::builtin("__new__", f),
            );
        }
        if kind == "chain" {
            c.dict.borrow_mut().insert(
                Rc::from("from_iterable"),
                Value::Native(Rc::new(ClassMethod(crate::object::value::builtin(
                    "from_iterable",
                    |vm, a| {
                        const SIG: Sig = Sig::method("chain", "from_iterable", Style::One, 1, 1);
                        check(vm, &a, &SIG)?;
                        let it = PyIter::new(vm, &a.pos[1])?;
                        Ok(make(Iter::Chain {
                            source: RefCell::new(Some(it)),
                            active: RefCell::new(None),
                        }))
                    },
                )))),
            );
        }
        c
    })
}

/// Builds the `itertools` module.
pub fn fill(vm: &Interp, ns: &Namespace) -> PyResult<()> {
    let mut entries = Vec::new();
    for kind in KINDS {
        if kind.starts_with('_') {
            continue;
        }
        entries.push((*kind, Value::Class(kind_class(vm, kind))));
    }
    entries.push(("tee", crate::object::value::builtin("tee", tee)));
    super::toolkit::fill(ns, entries);
    Ok(())
}

#[derive(Clone, Copy)]
enum Pred {
    DropWhile,
    TakeWhile,
    FilterFalse,
}

/// Shared state of a `groupby` and its groups.
struct GroupState {
    it: PyIter,
    key: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// Identifies the current group; older groupers stop.
    generation: u64,
}

/// Buffer shared by the iterators `tee` returns.
struct TeeData {
    it: PyIter,
    buffer: VecDeque<Value>,
    /// Absolute index of `buffer[0]`.
    base: usize,
    exhausted: bool,
}

enum Iter {
    Count {
        cur: RefCell<Value>,
        step: Value,
    },
    Cycle {
        it: RefCell<Option<PyIter>>,
        saved: RefCell<Vec<Value>>,
        index: Cell<usize>,
    },
    Repeat {
        obj: Value,
        left: Cell<Option<usize>>,
    },
    Accumulate {
        it: RefCell<PyIter>,
        func: Value,
        total: RefCell<Option<Value>>,
        initial: RefCell<Option<Value>>,
    },
    Chain {
        source: RefCell<Option<PyIter>>,
        active: RefCell<Option<PyIter>>,
    },
    Compress {
        data: RefCell<PyIter>,
        selectors: RefCell<PyIter>,
    },
    Predicate {
        kind: Pred,
        func: Value,
        it: RefCell<PyIter>,
        done: Cell<bool>,
    },
    GroupBy(Rc<RefCell<GroupState>>),
    Grouper {
        state: Rc<RefCell<GroupState>>,
        key: Value,
        generation: u64,
    },
    ISlice {
        it: RefCell<Option<PyIter>>,
        next: Cell<usize>,
        stop: Option<usize>,
        step: usize,
        cnt: Cell<usize>,
    },
    StarMap {
        func: Value,
        it: RefCell<PyIter>,
    },
    Tee {
        data: Rc<RefCell<TeeData>>,
        index: Cell<usize>,
    },
    ZipLongest {
        its: RefCell<Vec<Option<PyIter>>>,
        active: Cell<usize>,
        fill: Value,
    },
    Product {
        pools: Vec<Vec<Value>>,
        indices: RefCell<Option<Vec<usize>>>,
        first: Cell<bool>,
    },
    Permutations {
        pool: Vec<Value>,
        r: usize,
        indices: RefCell<Vec<usize>>,
        cycles: RefCell<Vec<usize>>,
        first: Cell<bool>,
        done: Cell<bool>,
    },
    Combinations {
        pool: Vec<Value>,
        r: usize,
        indices: RefCell<Vec<usize>>,
        first: Cell<bool>,
        done: Cell<bool>,
        replace: bool,
    },
    Pairwise {
        it: RefCell<Option<PyIter>>,
        old: RefCell<Option<Value>>,
    },
}

fn make(it: Iter) -> Value {
    // The shared state of groupby and tee is not reported (two objects
    // hold it), so those are not registered.
    let track = !matches!(
        it,
        Iter::GroupBy(_) | Iter::Grouper { .. } | Iter::Tee { .. }
    );
    Value::native_tracked_if(Rc::new(it), track)
}

impl Iter {
    /// The collector's view of the iterator ([`Native::traverse`]).
    fn trace(&self, visit: &mut dyn FnMut(Edge)) {
        match self {
            Iter::Count { cur, step } => {
                cur.trace(visit);
                step.trace(visit);
            }
            Iter::Cycle { it, saved, .. } => {
                it.trace(visit);
                saved.trace(visit);
            }
            Iter::Repeat { obj, .. } => obj.trace(visit),
            Iter::Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                it.trace(visit);
                func.trace(visit);
                total.trace(visit);
                initial.trace(visit);
            }
            Iter::Chain { source, active } => {
                source.trace(visit);
                active.trace(visit);
            }
            Iter::Compress { data, selectors } => {
                data.trace(visit);
                selectors.trace(visit);
            }
            Iter::Predicate { func, it, .. } | Iter::StarMap { func, it } => {
                func.trace(visit);
                it.trace(visit);
            }
            Iter::ISlice { it, .. } | Iter::Pairwise { it, .. } => it.trace(visit),
            Iter::ZipLongest { its, fill, .. } => {
                its.trace(visit);
                fill.trace(visit);
            }
            Iter::Product { pools, .. } => pools.trace(visit),
            Iter::Permutations { pool, .. } | Iter::Combinations { pool, .. } => pool.trace(visit),
            Iter::GroupBy(_) | Iter::Grouper { .. } | Iter::Tee { .. } => {}
        }
        if let Iter::Pairwise { old, .. } = self {
            old.trace(visit);
        }
    }

    /// Drops the mutable state's references ([`Native::clear_refs`]).
    fn clear(&self, out: &mut Vec<Value>) {
        match self {
            Iter::Count { cur, .. } => clear_cell(cur, out),
            Iter::Cycle { it, saved, .. } => {
                clear_cell(it, out);
                clear_cell(saved, out);
            }
            Iter::Accumulate {
                it, total, initial, ..
            } => {
                clear_cell(it, out);
                clear_cell(total, out);
                clear_cell(initial, out);
            }
            Iter::Chain { source, active } => {
                clear_cell(source, out);
                clear_cell(active, out);
            }
            Iter::Compress { data, selectors } => {
                clear_cell(data, out);
                clear_cell(selectors, out);
            }
            Iter::Predicate { it, .. } | Iter::StarMap { it, .. } => clear_cell(it, out),
            Iter::ISlice { it, .. } => clear_cell(it, out),
            Iter::Pairwise { it, old } => {
                clear_cell(it, out);
                clear_cell(old, out);
            }
            Iter::ZipLongest { its, .. } => clear_cell(its, out),
            _ => {}
        }
    }
}

impl Iter {
    fn kind(&self) -> &'static str {
        match self {
            Iter::Count { .. } => "count",
            Iter::Cycle { .. } => "cycle",
            Iter::Repeat { .. } => "repeat",
            Iter::Accumulate { .. } => "accumulate",
            Iter::Chain { .. } => "chain",
            Iter::Compress { .. } => "compress",
            Iter::Predicate { kind, .. } => match kind {
                Pred::DropWhile => "dropwhile",
                Pred::TakeWhile => "takewhile",
                Pred::FilterFalse => "filterfalse",
            },
            Iter::GroupBy(_) => "groupby",
            Iter::Grouper { .. } => "_grouper",
            Iter::ISlice { .. } => "islice",
            Iter::StarMap { .. } => "starmap",
            Iter::Tee { .. } => "_tee",
            Iter::ZipLongest { .. } => "zip_longest",
            Iter::Product { .. } => "product",
            Iter::Permutations { .. } => "permutations",
            Iter::Combinations { replace: false, .. } => "combinations",
            Iter::Combinations { replace: true, .. } => "combinations_with_replacement",
            Iter::Pairwise { .. } => "pairwise",
        }
    }

    fn step(&self, vm: &Interp) -> PyResult<Option<Value>> {
        match self {
            Iter::Count { cur, step } => {
                let v = cur.borrow().clone();
                let next = ops::binary_op(vm, BinOp::Add, &v, step)?;
                *cur.borrow_mut() = next;
                Ok(Some(v))
            }
            Iter::Cycle { it, saved, index } => {
                let mut src = it.borrow_mut();
                if let Some(i) = src.as_mut() {
                    if let Some(v) = i.next(vm)? {
                        saved.borrow_mut().push(v.clone());
                        return Ok(Some(v));
                    }
                    *src = None;
                }
                let saved = saved.borrow();
                if saved.is_empty() {
                    return Ok(None);
                }
                let k = index.get() % saved.len();
                index.set(k + 1);
                Ok(Some(saved[k].clone()))
            }
            Iter::Repeat { obj, left } => match left.get() {
                None => Ok(Some(obj.clone())),
                Some(0) => Ok(None),
                Some(n) => {
                    left.set(Some(n - 1));
                    Ok(Some(obj.clone()))
                }
            },
            Iter::Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                if let Some(v) = initial.borrow_mut().take() {
                    *total.borrow_mut() = Some(v.clone());
                    return Ok(Some(v));
                }
                let Some(x) = it.borrow_mut().next(vm)? else {
                    return Ok(None);
                };
                let prev = total.borrow().clone();
                let new = match prev {
                    None => x,
                    Some(t) => match func {
                        Value::None => ops::binary_op(vm, BinOp::Add, &t, &x)?,
                        f => crate::protocol::call::call(vm, f, Args::new(vec![t, x]))?,
                    },
                };
                *total.borrow_mut() = Some(new.clone());
                Ok(Some(new))
            }
            Iter::Chain { source, active } => loop {
                if let Some(a) = active.borrow_mut().as_mut()
                    && let Some(v) = a.next(vm)?
                {
                    return Ok(Some(v));
                }
                let next_iterable = match source.borrow_mut().as_mut() {
                    Some(s) => s.next(vm)?,
                    None => None,
                };
                match next_iterable {
                    Some(x) => *active.borrow_mut() = Some(PyIter::new(vm, &x)?),
                    None => {
                        *source.borrow_mut() = None;
                        *active.borrow_mut() = None;
                        return Ok(None);
                    }
                }
            },
            Iter::Compress { data, selectors } => loop {
                let Some(d) = data.borrow_mut().next(vm)? else {
                    return Ok(None);
                };
                let Some(s) = selectors.borrow_mut().next(vm)? else {
                    return Ok(None);
                };
                if ops::truthy(vm, &s)? {
                    return Ok(Some(d));
                }
            },
            Iter::Predicate {
                kind,
                func,
                it,
                done,
            } => loop {
                let Some(x) = it.borrow_mut().next(vm)? else {
                    return Ok(None);
                };
                match kind {
                    Pred::DropWhile => {
                        if done.get() {
                            return Ok(Some(x));
                        }
                        let r = crate::protocol::call::call(vm, func, Args::new(vec![x.clone()]))?;
                        if !ops::truthy(vm, &r)? {
                            done.set(true);
                            return Ok(Some(x));
                        }
                    }
                    Pred::TakeWhile => {
                        if done.get() {
                            return Ok(None);
                        }
                        let r = crate::protocol::call::call(vm, func, Args::new(vec![x.clone()]))?;
                        if ops::truthy(vm, &r)? {
                            return Ok(Some(x));
                        }
                        done.set(true);
                        return Ok(None);
                    }
                    Pred::FilterFalse => {
                        let keep = match func {
                            Value::None => !ops::truthy(vm, &x)?,
                            f => {
                                let r =
                                    crate::protocol::call::call(vm, f, Args::new(vec![x.clone()]))?;
                                !ops::truthy(vm, &r)?
                            }
                        };
                        if keep {
                            return Ok(Some(x));
                        }
                    }
                }
            },
            Iter::GroupBy(state) => groupby_next(vm, state),
            Iter::Grouper {
                state,
                key,
                generation,
            } => {
                if state.borrow().generation != *generation {
                    return Ok(None);
                }
                if state.borrow().currvalue.is_none() && !groupby_step(vm, state)? {
                    return Ok(None);
                }
                let ck = state.borrow().currkey.clone().unwrap_or(Value::None);
                if !ops::eq(vm, key, &ck)? {
                    return Ok(None);
                }
                Ok(state.borrow_mut().currvalue.take())
            }
            Iter::ISlice {
                it,
                next,
                stop,
                step,
                cnt,
            } => {
                let mut guard = it.borrow_mut();
                let Some(src) = guard.as_mut() else {
                    return Ok(None);
                };
                while cnt.get() < next.get() {
                    if src.next(vm)?.is_none() {
                        *guard = None;
                        return Ok(None);
                    }
                    cnt.set(cnt.get() + 1);
                }
                if let Some(s) = stop
                    && cnt.get() >= *s
                {
                    *guard = None;
                    return Ok(None);
                }
                let Some(item) = src.next(vm)? else {
                    *guard = None;
                    return Ok(None);
                };
                cnt.set(cnt.get() + 1);
                let old = next.get();
                let mut n = old.saturating_add(*step);
                if let Some(s) = stop
                    && n > *s
                {
                    n = *s;
                }
                next.set(n);
                Ok(Some(item))
            }
            Iter::StarMap { func, it } => {
                let Some(x) = it.borrow_mut().next(vm)? else {
                    return Ok(None);
                };
                let args = collect(vm, &x)?;
                crate::protocol::call::call(vm, func, Args::new(args)).map(Some)
            }
            Iter::Tee { data, index } => {
                let i = index.get();
                let mut d = data.borrow_mut();
                if i < d.base + d.buffer.len() {
                    let v = d.buffer[i - d.base].clone();
                    index.set(i + 1);
                    return Ok(Some(v));
                }
                if d.exhausted {
                    return Ok(None);
                }
                match d.it.next(vm)? {
                    Some(v) => {
                        d.buffer.push_back(v.clone());
                        index.set(i + 1);
                        Ok(Some(v))
                    }
                    None => {
                        d.exhausted = true;
                        Ok(None)
                    }
                }
            }
            Iter::ZipLongest { its, active, fill } => {
                let mut its = its.borrow_mut();
                if its.is_empty() || active.get() == 0 {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for slot in its.iter_mut() {
                    let v = match slot {
                        Some(it) => match it.next(vm)? {
                            Some(v) => v,
                            None => {
                                *slot = None;
                                active.set(active.get() - 1);
                                if active.get() == 0 {
                                    return Ok(None);
                                }
                                fill.clone()
                            }
                        },
                        None => fill.clone(),
                    };
                    out.push(v);
                }
                Ok(Some(Value::tuple(out)))
            }
            Iter::Product {
                pools,
                indices,
                first,
            } => {
                let mut guard = indices.borrow_mut();
                let Some(idx) = guard.as_mut() else {
                    return Ok(None);
                };
                if first.get() {
                    first.set(false);
                    if pools.iter().any(|p| p.is_empty()) {
                        *guard = None;
                        return Ok(None);
                    }
                } else {
                    let mut i = pools.len();
                    loop {
                        if i == 0 {
                            *guard = None;
                            return Ok(None);
                        }
                        i -= 1;
                        idx[i] += 1;
                        if idx[i] < pools[i].len() {
                            break;
                        }
                        idx[i] = 0;
                    }
                }
                Ok(Some(Value::tuple(
                    idx.iter()
                        .zip(pools.iter())
                        .map(|(i, p)| p[*i].clone())
                        .collect(),
                )))
            }
            Iter::Permutations {
                pool,
                r,
                indices,
                cycles,
                first,
                done,
            } => {
                let n = pool.len();
                let r = *r;
                if done.get() {
                    return Ok(None);
                }
                let mut idx = indices.borrow_mut();
                if first.get() {
                    first.set(false);
                    if r > n {
                        done.set(true);
                        return Ok(None);
                    }
                } else {
                    if n == 0 {
                        done.set(true);
                        return Ok(None);
                    }
                    let mut cyc = cycles.borrow_mut();
                    let mut i = r;
                    loop {
                        if i == 0 {
                            done.set(true);
                            return Ok(None);
                        }
                        i -= 1;
                        cyc[i] -= 1;
                        if cyc[i] == 0 {
                            let x = idx.remove(i);
                            idx.push(x);
                            cyc[i] = n - i;
                        } else {
                            let j = cyc[i];
                            idx.swap(i, n - j);
                            break;
                        }
                    }
                }
                Ok(Some(Value::tuple(
                    idx[..r].iter().map(|i| pool[*i].clone()).collect(),
                )))
            }
            Iter::Combinations {
                pool,
                r,
                indices,
                first,
                done,
                replace,
            } => {
                let n = pool.len();
                let r = *r;
                if done.get() {
                    return Ok(None);
                }
                let mut idx = indices.borrow_mut();
                if first.get() {
                    first.set(false);
                    if (!*replace && r > n) || (*replace && n == 0 && r > 0) {
                        done.set(true);
                        return Ok(None);
                    }
                } else {
                    let mut i = r;
                    let found = loop {
                        if i == 0 {
                            break None;
                        }
                        i -= 1;
                        let limit = if *replace { n - 1 } else { i + n - r };
                        if idx[i] != limit {
                            break Some(i);
                        }
                    };
                    let Some(i) = found else {
                        done.set(true);
                        return Ok(None);
                    };
                    if *replace {
                        let v = idx[i] + 1;
                        for k in i..r {
                            idx[k] = v;
                        }
                    } else {
                        idx[i] += 1;
                        for j in i + 1..r {
                            idx[j] = idx[j - 1] + 1;
                        }
                    }
                }
                Ok(Some(Value::tuple(
                    idx.iter().map(|i| pool[*i].clone()).collect(),
                )))
            }
            Iter::Pairwise { it, old } => {
                let mut guard = it.borrow_mut();
                let Some(src) = guard.as_mut() else {
                    return Ok(None);
                };
                let prev = match old.borrow_mut().take() {
                    Some(v) => v,
                    None => match src.next(vm)? {
                        Some(v) => v,
                        None => {
                            *guard = None;
                            return Ok(None);
                        }
                    },
                };
                let Some(new) = src.next(vm)? else {
                    *guard = None;
                    return Ok(None);
                };
                *old.borrow_mut() = Some(new.clone());
                Ok(Some(Value::tuple(vec![prev, new])))
            }
        }
    }
}

/// Advances the groupby's underlying iterator by one item; false at the end.
fn groupby_step(vm: &Interp, state: &Rc<RefCell<GroupState>>) -> PyResult<bool> {
    let next = state.borrow_mut().it.next(vm)?;
    let Some(v) = next else {
        return Ok(false);
    };
    let key = state.borrow().key.clone();
    let k = match &key {
        Value::None => v.clone(),
        f => crate::protocol::call::call(vm, f, Args::new(vec![v.clone()]))?,
    };
    let mut s = state.borrow_mut();
    s.currvalue = Some(v);
    s.currkey = Some(k);
    Ok(true)
}

fn groupby_next(vm: &Interp, state: &Rc<RefCell<GroupState>>) -> PyResult<Option<Value>> {
    {
        let mut s = state.borrow_mut();
        s.generation += 1;
    }
    // Skip to the next key.
    loop {
        if state.borrow().currkey.is_none() {
            if !groupby_step(vm, state)? {
                return Ok(None);
            }
        } else {
            let (tgt, cur) = {
                let s = state.borrow();
                (s.tgtkey.clone(), s.currkey.clone())
            };
            match tgt {
                None => break,
                Some(t) => {
                    let ck = cur.unwrap_or(Value::None);
                    if !ops::eq(vm, &t, &ck)? {
                        break;
                    }
                    if !groupby_step(vm, state)? {
                        return Ok(None);
                    }
                }
            }
        }
    }
    let (key, generation) = {
        let mut s = state.borrow_mut();
        s.tgtkey = s.currkey.clone();
        (s.currkey.clone().unwrap_or(Value::None), s.generation)
    };
    let grouper = make(Iter::Grouper {
        state: state.clone(),
        key: key.clone(),
        generation,
    });
    Ok(Some(Value::tuple(vec![key, grouper])))
}

impl Native for Iter {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        kind_class(vm, self.kind())
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.trace(visit);
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        self.clear(out);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &Interp) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }
    fn repr(&self, vm: &Interp) -> Option<PyResult<String>> {
        match self {
            Iter::Count { cur, step } => Some((|| {
                let c = repr(vm, &cur.borrow())?;
                if matches!(step, Value::Int(1)) {
                    Ok(format!("count({c})"))
                } else {
                    Ok(format!("count({c}, {})", repr(vm, step)?))
                }
            })()),
            Iter::Repeat { obj, left } => Some((|| {
                let o = repr(vm, obj)?;
                Ok(match left.get() {
                    None => format!("repeat({o})"),
                    Some(n) => format!("repeat({o}, {n})"),
                })
            })()),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------- constructors

// The constructors are `__new__(cls, ...)`: their signatures are
// `Sig::new`, with the class first.

/// Binds a constructor's arguments (after the class) to `sig`.
fn ctor_bind(vm: &Interp, a: Args, sig: &Sig) -> PyResult<Slots> {
    Ok(bind(vm, a, sig)?.1)
}

/// A keyword-capable constructor signature (`PyArg_ParseTupleAndKeywords`).
const fn kw(name: &'static str, names: &'static [&'static str], required: usize) -> Sig<'static> {
    Sig::new(name, Style::Kw, 0, 0).named(names, required)
}

fn iter_arg(vm: &Interp, v: &Value) -> PyResult<PyIter> {
    PyIter::new(vm, v)
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    )
}

fn new_count(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = kw("count", &["start", "step"], 0);
    let v = ctor_bind(vm, a, &SIG)?;
    let start = v[0].clone().unwrap_or(Value::Int(0));
    let step = v[1].clone().unwrap_or(Value::Int(1));
    for x in [&start, &step] {
        if !is_number(x) && !matches!(x, Value::Instance(_)) {
            return Err(vm.type_error("a number is required"));
        }
    }
    Ok(make(Iter::Count {
        cur: RefCell::new(start),
        step,
    }))
}

fn new_cycle(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::new("cycle", Style::Clinic, 1, 1);
    check(vm, &a, &SIG)?;
    let a = &a.pos[1..];
    Ok(make(Iter::Cycle {
        it: RefCell::new(Some(iter_arg(vm, &a[0])?)),
        saved: RefCell::new(Vec::new()),
        index: Cell::new(0),
    }))
}

fn new_repeat(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = kw("repeat", &["object", "times"], 1);
    let v = ctor_bind(vm, a, &SIG)?;
    let left = match &v[1] {
        None => None,
        Some(t) => Some(crate::protocol::types::construct::index_arg(vm, t)?.max(0) as usize),
    };
    Ok(make(Iter::Repeat {
        obj: v[0].clone().unwrap_or(Value::None),
        left: Cell::new(left),
    }))
}

fn new_accumulate(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = kw("accumulate", &["iterable", "func", "initial"], 1).positional(2);
    let v = ctor_bind(vm, a, &SIG)?;
    let initial = v[2].clone().filter(|v| !matches!(v, Value::None));
    Ok(make(Iter::Accumulate {
        it: RefCell::new(iter_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?),
        func: v[1].clone().unwrap_or(Value::None),
        total: RefCell::new(None),
        initial: RefCell::new(initial),
    }))
}

fn new_chain(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::new("chain", Style::Legacy, 0, usize::MAX);
    check(vm, &a, &SIG)?;
    let a = &a.pos[1..];
    let source = PyIter::new(vm, &Value::tuple(a.to_vec()))?;
    Ok(make(Iter::Chain {
        source: RefCell::new(Some(source)),
        active: RefCell::new(None),
    }))
}

fn new_compress(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = kw("compress", &["data", "selectors"], 2);
    let v = ctor_bind(vm, a, &SIG)?;
    Ok(make(Iter::Compress {
        data: RefCell::new(iter_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?),
        selectors: RefCell::new(iter_arg(vm, v[1].as_ref().unwrap_or(&Value::None))?),
    }))
}

fn new_predicate(vm: &Interp, a: Args, kind: Pred) -> PyResult<Value> {
    const DROP: Sig = Sig::new("dropwhile", Style::Clinic, 2, 2);
    const TAKE: Sig = Sig::new("takewhile", Style::Clinic, 2, 2);
    const FALSE: Sig = Sig::new("filterfalse", Style::Clinic, 2, 2);
    let sig = match kind {
        Pred::DropWhile => &DROP,
        Pred::TakeWhile => &TAKE,
        Pred::FilterFalse => &FALSE,
    };
    check(vm, &a, sig)?;
    let a = &a.pos[1..];
    Ok(make(Iter::Predicate {
        kind,
        func: a[0].clone(),
        it: RefCell::new(iter_arg(vm, &a[1])?),
        done: Cell::new(false),
    }))
}

fn new_groupby(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = kw("groupby", &["iterable", "key"], 1);
    let v = ctor_bind(vm, a, &SIG)?;
    Ok(make(Iter::GroupBy(Rc::new(RefCell::new(GroupState {
        it: iter_arg(vm, v[0].as_ref().unwrap_or(&Value::None))?,
        key: v[1].clone().unwrap_or(Value::None),
        tgtkey: None,
        currkey: None,
        currvalue: None,
        generation: 0,
    })))))
}

fn islice_index(vm: &Interp, v: &Value, msg: &str) -> PyResult<Option<usize>> {
    match v {
        Value::None => Ok(None),
        other => {
            use crate::protocol::containers::{IndexInt, index_int};
            // Beyond sys.maxsize is out of range too, not clamped.
            let i = match index_int(vm, other).ok().flatten() {
                Some(IndexInt::Small(i)) => i,
                _ => return Err(vm.value_error(msg.to_string())),
            };
            if i < 0 {
                return Err(vm.value_error(msg.to_string()));
            }
            Ok(Some(i as usize))
        }
    }
}

fn new_islice(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::new("islice", Style::Clinic, 2, 4);
    check(vm, &a, &SIG)?;
    let a = &a.pos[1..];
    let n = a.len();
    let (start, stop, step) = if n == 2 {
        let stop = islice_index(
            vm,
            &a[1],
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        )?;
        (0, stop, 1)
    } else {
        let msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        let stop = islice_index(
            vm,
            &a[2],
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        )?;
        let start = islice_index(vm, &a[1], msg)?.unwrap_or(0);
        let step = match a.get(3) {
            None | Some(Value::None) => 1,
            Some(s) => {
                let msg = "Step for islice() must be a positive integer or None.";
                match islice_index(vm, s, msg)? {
                    Some(0) | None => return Err(vm.value_error(msg)),
                    Some(k) => k,
                }
            }
        };
        (start, stop, step)
    };
    let it = iter_arg(vm, &a[0])?;
    Ok(make(Iter::ISlice {
        it: RefCell::new(Some(it)),
        next: Cell::new(start),
        stop,
        step,
        cnt: Cell::new(0),
    }))
}

fn new_starmap(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::new("starmap", Style::Clinic, 2, 2);
    check(vm, &a, &SIG)?;
    let a = &a.pos[1..];
    Ok(make(Iter::StarMap {
        func: a[0].clone(),
        it: RefCell::new(iter_arg(vm, &a[1])?),
    }))
}

fn tee(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::module("itertools", "tee", Style::Clinic, 1, 2);
    check(vm, &a, &SIG)?;
    let n = match a.pos.get(1) {
        Some(v) => crate::protocol::types::construct::index_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let data = Rc::new(RefCell::new(TeeData {
        it: iter_arg(vm, &a.pos[0])?,
        buffer: VecDeque::new(),
        base: 0,
        exhausted: false,
    }));
    Ok(Value::tuple(
        (0..n)
            .map(|_| {
                make(Iter::Tee {
                    data: data.clone(),
                    index: Cell::new(0),
                })
            })
            .collect(),
    ))
}

fn new_zip_longest(vm: &Interp, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(vm.type_error("itertools.zip_longest.__new__(): not enough arguments"));
    }
    // CPython's own wording, naming no keyword: only `fillvalue` is taken.
    let fill = match &a.kw[..] {
        [] => Value::None,
        [(k, v)] if &**k == "fillvalue" => v.clone(),
        _ => return Err(vm.type_error("zip_longest() got an unexpected keyword argument")),
    };
    let a = &a.pos[1..];
    let mut its = Vec::with_capacity(a.len());
    for (i, v) in a.iter().enumerate() {
        its.push(Some(PyIter::new(vm, v).map_err(|_| {
            vm.type_error(format!(
                "zip_longest argument #{} must support iteration",
                i + 1
            ))
        })?));
    }
    let n = its.len();
    Ok(make(Iter::ZipLongest {
        its: RefCell::new(its),
        active: Cell::new(n),
        fill,
    }))
}

fn new_product(vm: &Interp, mut a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(vm.type_error("itertools.product.__new__(): not enough arguments"));
    }
    // `product(*iterables, repeat=1)`: CPython parses the keywords alone.
    const SIG: Sig = Sig::function("product", Style::Kw, 0, 0).named(&["repeat"], 0);
    check_keywords(vm, &a.kw, &SIG)?;
    let repeat = match a.kw.first() {
        Some((_, r)) => crate::protocol::types::construct::index_arg(vm, r)?,
        None => 1,
    };
    let pos = std::mem::take(&mut a.pos);
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::with_capacity(pos.len() - 1);
    for v in &pos[1..] {
        base.push(collect(vm, v)?);
    }
    let mut pools = Vec::new();
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let n = pools.len();
    Ok(make(Iter::Product {
        pools,
        indices: RefCell::new(Some(vec![0; n])),
        first: Cell::new(true),
    }))
}

fn r_arg(vm: &Interp, v: &Option<Value>, default: usize) -> PyResult<usize> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(r) => {
            let r = crate::protocol::types::construct::index_arg(vm, r)?;
            if r < 0 {
                return Err(vm.value_error("r must be non-negative"));
            }
            Ok(r as usize)
        }
    }
}

fn new_permutations(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = kw("permutations", &["iterable", "r"], 1);
    let v = ctor_bind(vm, a, &SIG)?;
    let pool = collect(vm, v[0].as_ref().unwrap_or(&Value::None))?;
    let n = pool.len();
    let r = r_arg(vm, &v[1], n)?;
    Ok(make(Iter::Permutations {
        pool,
        r,
        indices: RefCell::new((0..n).collect()),
        cycles: RefCell::new((0..r.min(n)).map(|i| n - i).collect()),
        first: Cell::new(true),
        done: Cell::new(false),
    }))
}

fn new_combinations(vm: &Interp, a: Args, replace: bool) -> PyResult<Value> {
    const PLAIN: Sig = kw("combinations", &["iterable", "r"], 2);
    const REPLACE: Sig = kw("combinations_with_replacement", &["iterable", "r"], 2);
    let v = ctor_bind(vm, a, if replace { &REPLACE } else { &PLAIN })?;
    let pool = collect(vm, v[0].as_ref().unwrap_or(&Value::None))?;
    let r = r_arg(vm, &v[1], 0)?;
    let indices = if replace {
        vec![0; r]
    } else {
        (0..r).collect()
    };
    Ok(make(Iter::Combinations {
        pool,
        r,
        indices: RefCell::new(indices),
        first: Cell::new(true),
        done: Cell::new(false),
        replace,
    }))
}

fn new_pairwise(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::new("pairwise", Style::Clinic, 1, 1);
    check(vm, &a, &SIG)?;
    let a = &a.pos[1..];
    Ok(make(Iter::Pairwise {
        it: RefCell::new(Some(iter_arg(vm, &a[0])?)),
        old: RefCell::new(None),
    }))
}
