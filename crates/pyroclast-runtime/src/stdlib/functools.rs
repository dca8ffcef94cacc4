//! `functools`: reduce, partial, cmp_to_key and the lru_cache machinery in
//! Rust; update_wrapper, wraps, lru_cache, cache and total_ordering in
//! embedded Python (`py/functools.py`).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::toolkit::{add_methods, cached_class, new_class, this, with_native};
use crate::object::dict::Dict;
use crate::object::gc::Edge;
use crate::object::model::{Class, Layout};
use crate::object::trace::{Trace, clear_cell};
use crate::object::value::{Args, Native, Value};
use crate::protocol::args::{Sig, Style, bind, check};
use crate::protocol::ops::{self, type_of};
use crate::{Interp, PyResult};

/// Builds the `functools` module.
pub fn fill(vm: &Interp, ns: &crate::object::model::Namespace) -> PyResult<()> {
    let entries = vec![
        ("partial", Value::Class(vm.other_class("functools.partial"))),
        ("reduce", crate::object::value::builtin("reduce", reduce)),
        (
            "cmp_to_key",
            crate::object::value::builtin("cmp_to_key", cmp_to_key),
        ),
        ("_LruState", Value::Class(lru_class(vm))),
    ];
    super::toolkit::fill(ns, entries);
    Ok(())
}

fn reduce(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("reduce", Style::Clinic, 2, 3);
    check(vm, &a, &SIG)?;
    let f = &a.pos[0];
    let mut it = crate::protocol::iter::PyIter::new(vm, &a.pos[1])
        .map_err(|_| vm.type_error("reduce() arg 2 must support iteration"))?;
    let mut acc = match a.pos.get(2) {
        Some(v) => v.clone(),
        None => match it.next(vm)? {
            Some(v) => v,
            None => {
                return Err(vm.type_error("reduce() of empty iterable with no initial value"));
            }
        },
    };
    while let Some(x) = it.next(vm)? {
        acc = crate::protocol::call::call(vm, f, Args::new(vec![acc, x]))?;
    }
    Ok(acc)
}

// ---------------------------------------------------------------- cmp_to_key

/// The callable `cmp_to_key(f)` returns.
struct KeyFactory(Value);

/// `K(obj)`, the key factory's signature.
const KEY: Sig = Sig::function("K", Style::Kw, 0, 0).named(&["obj"], 1);

/// A key object made by a [`KeyFactory`].
struct CmpKey {
    cmp: Value,
    obj: Value,
}

fn key_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "functools.KeyWrapper", |vm| {
        let c = new_class(
            vm,
            "KeyWrapper",
            "functools",
            vec![],
            Layout::Object,
            "KeyWrapper",
            &[],
        );
        add_methods(
            &c,
            "KeyWrapper",
            &[
                ("__lt__", |vm, a| key_cmp(vm, &a, |o| o.is_lt())),
                ("__gt__", |vm, a| key_cmp(vm, &a, |o| o.is_gt())),
                ("__le__", |vm, a| key_cmp(vm, &a, |o| o.is_le())),
                ("__ge__", |vm, a| key_cmp(vm, &a, |o| o.is_ge())),
                ("__eq__", |vm, a| key_cmp(vm, &a, |o| o.is_eq())),
                ("__call__", |vm, a| {
                    // `KEY` after the receiver.
                    const SIG: Sig = Sig::new("K", Style::Kw, 0, 0).named(&["obj"], 1);
                    let (s, v) = bind(vm, a, &SIG)?;
                    let s = s.unwrap_or(Value::None);
                    let obj = v[0].clone().unwrap_or(Value::None);
                    with_native::<KeyFactory, _>(vm, &s, "functools.KeyWrapper", |k| {
                        Ok(Value::Native(Rc::new(CmpKey {
                            cmp: k.0.clone(),
                            obj,
                        })))
                    })
                }),
            ],
        );
        c.dict
            .borrow_mut()
            .insert(Rc::from("__hash__"), Value::None);
        c
    })
}

impl Native for KeyFactory {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        key_class(vm)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &Interp, args: Args) -> Option<PyResult<Value>> {
        let obj = match (&args.pos[..], args.kw.is_empty()) {
            ([obj], true) => obj.clone(),
            _ => match bind(vm, args, &KEY) {
                Ok((_, v)) => v[0].clone().unwrap_or(Value::None),
                Err(e) => return Some(Err(e)),
            },
        };
        Some(Ok(Value::Native(Rc::new(CmpKey {
            cmp: self.0.clone(),
            obj,
        }))))
    }
}

impl Native for CmpKey {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        key_class(vm)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &Interp, name: &str) -> Option<PyResult<Value>> {
        (name == "obj").then(|| Ok(self.obj.clone()))
    }
}

fn key_cmp(vm: &Interp, a: &Args, test: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let s = this(vm, a)?;
    let Some(other) = a.pos.get(1).and_then(|o| o.native::<CmpKey>()) else {
        return Err(vm.type_error("other argument must be K instance"));
    };
    let other_obj = other.obj.clone();
    let (cmp, mine) = with_native::<CmpKey, _>(vm, &s, "functools.KeyWrapper", |k| {
        Ok((k.cmp.clone(), k.obj.clone()))
    })?;
    let r = crate::protocol::call::call(vm, &cmp, Args::new(vec![mine, other_obj]))?;
    let zero = Value::Int(0);
    let ord = if ops::less_than(vm, &r, &zero)? {
        std::cmp::Ordering::Less
    } else if ops::less_than(vm, &zero, &r)? {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    };
    Ok(Value::Bool(test(ord)))
}

fn cmp_to_key(vm: &Interp, a: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::function("cmp_to_key", Style::Kw, 0, 0).named(&["mycmp"], 1);
    let f = bind(vm, a, &SIG)?.1[0].clone().unwrap_or(Value::None);
    Ok(Value::Native(Rc::new(KeyFactory(f))))
}

// ---------------------------------------------------------------- lru_cache

/// The cache behind one `lru_cache` wrapper. Entries are kept in recency
/// order (oldest first).
struct LruState {
    func: Value,
    maxsize: Option<usize>,
    typed: bool,
    cache: RefCell<Dict>,
    hits: Cell<u64>,
    misses: Cell<u64>,
}

impl Native for LruState {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        lru_class(vm)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.func.trace(visit);
        self.cache.trace(visit);
    }
    fn clear_refs(&self, out: &mut Vec<Value>) {
        clear_cell(&self.cache, out);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn lru_class(vm: &Interp) -> Rc<Class> {
    cached_class(vm, "functools._lru_cache_state", |vm| {
        let c = new_class(
            vm,
            "_lru_cache_state",
            "functools",
            vec![],
            Layout::Object,
            "_lru_cache_state",
            &[
                ("call", lru_call),
                ("cache_info", lru_info),
                ("cache_clear", |vm, a| {
                    let s = this(vm, &a)?;
                    with_native::<LruState, _>(vm, &s, "_lru_cache_state", |st| {
                        st.cache.borrow_mut().clear();
                        st.hits.set(0);
                        st.misses.set(0);
                        Ok(Value::None)
                    })
                }),
            ],
        );
        c.dict.borrow_mut().insert(
            Rc::from("__new__"),
            crate::object::value::builtin("__new__", |vm, a| {
                let func = a.pos.get(1).cloned().unwrap_or(Value::None);
                let maxsize = match a.pos.get(2) {
                    None | Some(Value::None) => None,
                    Some(m) => {
                        Some(crate::protocol::types::construct::index_arg(vm, m)?.max(0) as usize)
                    }
                };
                let typed = match a.pos.get(3) {
                    Some(t) => ops::truthy(vm, t)?,
                    None => false,
                };
                Ok(Value::native_tracked(Rc::new(LruState {
                    func,
                    maxsize,
                    typed,
                    cache: RefCell::new(Dict::new()),
                    hits: Cell::new(0),
                    misses: Cell::new(0),
                })))
            }),
        );
        c
    })
}

fn cache_info_class(vm: &Interp) -> PyResult<Rc<Class>> {
    if let Some(c) = vm.types.others.borrow().get("functools.CacheInfo") {
        return Ok(c.clone());
    }
    let c = super::collections::make_namedtuple(
        vm,
        "CacheInfo",
        &["hits", "misses", "maxsize", "currsize"],
        vec![],
        "functools",
    )?;
    vm.types
        .others
        .borrow_mut()
        .insert("functools.CacheInfo", c.clone());
    Ok(c)
}

fn lru_info(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let class = cache_info_class(vm)?;
    with_native::<LruState, _>(vm, &s, "_lru_cache_state", |st| {
        Ok(super::collections::namedtuple_instance(
            &class,
            vec![
                Value::Int(st.hits.get() as i64),
                Value::Int(st.misses.get() as i64),
                match st.maxsize {
                    Some(m) => Value::Int(m as i64),
                    None => Value::None,
                },
                Value::Int(st.cache.borrow().len() as i64),
            ],
        ))
    })
}

/// `_make_key`: the positional arguments, then a marker and the keyword
/// items, then (when typed) the argument types.
fn make_key(vm: &Interp, typed: bool, pos: &[Value], kw: &[(Value, Value)]) -> Value {
    let mut key: Vec<Value> = pos.to_vec();
    if !kw.is_empty() {
        key.push(Value::Class(lru_class(vm)));
        for (k, v) in kw {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if typed {
        for v in pos {
            key.push(Value::Class(type_of(vm, v)));
        }
        for (_, v) in kw {
            key.push(Value::Class(type_of(vm, v)));
        }
    }
    Value::tuple(key)
}

fn lru_call(vm: &Interp, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let pos = match a.pos.get(1) {
        Some(v) => crate::protocol::iter::collect(vm, v)?,
        None => Vec::new(),
    };
    let kw: Vec<(Value, Value)> = match a.pos.get(2).map(crate::protocol::types::construct::unwrap)
    {
        Some(Value::Dict(d)) => d.borrow().items(),
        _ => Vec::new(),
    };
    let Some(st) = s.native::<LruState>() else {
        return Err(vm.type_error("call() requires an lru cache state"));
    };
    let key = make_key(vm, st.typed, &pos, &kw);
    if st.maxsize != Some(0) {
        let found = st.cache.borrow().get(vm, &key)?;
        if let Some(v) = found {
            st.hits.set(st.hits.get() + 1);
            if st.maxsize.is_some() {
                let mut c = st.cache.borrow_mut();
                c.remove(vm, &key)?;
                c.set(vm, key, v.clone())?;
            }
            return Ok(v);
        }
    }
    st.misses.set(st.misses.get() + 1);
    let args = Args {
        pos,
        kw: kw
            .into_iter()
            .map(|(k, v)| Ok((ops::to_str_rc(vm, &k)?, v)))
            .collect::<PyResult<_>>()?,
    };
    let r = crate::protocol::call::call(vm, &st.func, args);
    let r = r?;
    match st.maxsize {
        Some(0) => {}
        None => st.cache.borrow_mut().set(vm, key, r.clone())?,
        Some(m) => {
            let mut c = st.cache.borrow_mut();
            if !c.contains(vm, &key)? {
                if c.len() >= m {
                    c.pop_first();
                }
                c.set(vm, key, r.clone())?;
            }
        }
    }
    Ok(r)
}
