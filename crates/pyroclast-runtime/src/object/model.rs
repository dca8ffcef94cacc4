//! Classes, instances, functions and modules.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use indexmap::IndexMap;
use pyroclast_syntax::ast::FunctionDef;
use rustc_hash::FxBuildHasher;

pub use crate::object::class_dict::ClassDict;
use crate::object::value::Value;

/// A string-keyed, insertion-ordered attribute table (class, instance and
/// module namespaces).
pub type Namespace = RefCell<IndexMap<Rc<str>, Value, FxBuildHasher>>;

/// A name's hash under the namespace hasher. Attribute lookups compute it
/// once and reuse it for the instance dict and every class on the MRO.
pub fn name_hash(name: &str) -> u64 {
    use std::hash::BuildHasher;
    FxBuildHasher.hash_one(name)
}

/// The hash of the name at a site, computed once.
#[inline]
pub fn site_hash(site: &pyroclast_syntax::ast::SiteCache, name: &str) -> u64 {
    match site.hash.get() {
        0 => {
            let h = name_hash(name);
            site.hash.set(h);
            h
        }
        h => h,
    }
}

/// `map.get(name)` given `name_hash(name)`.
pub fn get_hashed<'a>(
    map: &'a IndexMap<Rc<str>, Value, FxBuildHasher>,
    name: &str,
    hash: u64,
) -> Option<&'a Value> {
    use indexmap::map::RawEntryApiV1;
    map.raw_entry_v1()
        .from_hash(hash, |k| same_name(k, name))
        .map(|(_, v)| v)
}

/// `name` in `map` for a site that last found it at index `hint`: that
/// entry is tried first (one pointer compare when the name is still
/// there), then a probe with the name's hash (computed only then). Gives
/// the index found, so the site can keep it.
#[inline(always)]
pub fn find_hinted<'a>(
    map: &'a IndexMap<Rc<str>, Value, FxBuildHasher>,
    name: &str,
    hint: usize,
    hash: impl FnOnce() -> u64,
) -> Option<(usize, &'a Value)> {
    use indexmap::map::RawEntryApiV1;
    if let Some((k, v)) = map.get_index(hint)
        && same_name(k, name)
    {
        return Some((hint, v));
    }
    let (i, _, v) = map
        .raw_entry_v1()
        .from_hash_full(hash(), |k| same_name(k, name))?;
    Some((i, v))
}

/// `key == name` for a namespace key. Names from the same source text
/// share one allocation, so the pointer test usually settles equality
/// without comparing bytes.
#[inline]
pub fn same_name(key: &str, name: &str) -> bool {
    std::ptr::eq(key.as_ptr(), name.as_ptr()) && key.len() == name.len() || *key == *name
}

/// A new empty namespace.
pub fn namespace() -> Namespace {
    RefCell::new(IndexMap::default())
}

/// A closure cell.
pub type CellRef = Rc<RefCell<Option<Value>>>;

/// Which builtin type's layout an instance carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A plain object.
    Object,
    /// An exception: the instance has [`ExcData`].
    Exception,
    /// A builtin value type (int, str, list, dict, tuple...): the instance
    /// wraps a payload value.
    Builtin,
}

/// A class object.
pub struct Class {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// `__module__`.
    pub module: Rc<str>,
    /// Direct bases.
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order after the class itself.
    pub mro: Vec<Rc<Class>>,
    /// Class attributes.
    pub dict: ClassDict,
    /// Names the state of the namespaces on its MRO, for sites that
    /// remember a fact about this class (`class_dict::VersionTag`).
    pub tag: crate::object::class_dict::VersionTag,
    /// What instances look like.
    pub layout: Layout,
    /// True for classes implemented in Rust (int, str, ...).
    pub builtin: bool,
    /// Flags about the class (see `classes::HAS_DATA_DESCRIPTOR`).
    pub marker: crate::object::class_dict::Marker,
    /// The class's type when it is not `type` (a user metaclass).
    pub metaclass: RefCell<Option<Rc<Class>>>,
    /// What calling a builtin class builds (`int(x)`, `range(n)`), set by
    /// its type's file; `None` for user classes and exception classes.
    pub new: Cell<Option<crate::object::value::BuiltinFn>>,
    /// A builtin class's shortcut for a call with a few positional
    /// arguments (`str(i)`, `int(s)`), as [`crate::object::value::FastFn`]
    /// is for a builtin function; `None` elsewhere.
    pub fast_new: Cell<Option<crate::object::value::FastFn>>,
    /// The interpreter a user class was made in, which runs `__del__` when
    /// one of its instances is freed.
    pub vm: RefCell<std::rc::Weak<crate::Interp>>,
    /// Weak references to it were made (`object/weakref.rs`).
    pub weakrefs: Cell<bool>,
    /// What calling the class runs, remembered for the lookup epoch it was
    /// found in ([`Class::ctor_plan`]).
    pub ctor: Cell<CtorPlan>,
    /// The most attributes an instance of it held when freed (at most
    /// [`ATTRS_KEPT`]): new instances' dicts are made that large, so
    /// filling them in `__init__` does not grow and rehash the table.
    pub attrs: Cell<u8>,
}

/// The largest instance dict a class sizes its new instances' dicts for.
pub const ATTRS_KEPT: usize = 16;

/// What calling a user class runs: whether it is a metaclass, whether a
/// user `__new__` is defined, and where the user `__init__` is (MRO
/// position and dict index), valid while the lookup epoch it was computed
/// in lasts (positions, never values: it keeps nothing alive).
#[derive(Clone, Copy)]
pub struct CtorPlan {
    epoch: u64,
    /// The class is `type` or a subclass of it.
    pub metaclass: bool,
    /// A user class on the MRO defines `__new__`.
    pub user_new: bool,
    /// Where the user `__init__` is.
    init: Option<(u32, u32)>,
}

impl CtorPlan {
    /// No plan yet.
    pub const UNSET: CtorPlan = CtorPlan {
        epoch: u64::MAX,
        metaclass: false,
        user_new: false,
        init: None,
    };
}

// `Class::marker` bits: each its own bit (checked below at compile time).

/// `Class::marker` bit: the class's namespace holds a property or another
/// data descriptor, so instance attribute lookups (of it and its
/// subclasses) must consult the class before the instance dict.
pub const HAS_DATA_DESCRIPTOR: u8 = 1;

/// `Class::marker` bit: the class defines `__setattr__`, so attribute stores
/// on it and its subclasses must look for it (the common case skips that).
pub const HAS_SETATTR: u8 = 2;

/// `Class::marker` bit: the class defines `__getattribute__`, so attribute
/// reads on it and its subclasses call it (readers ask the whole MRO,
/// `mro_marker`).
pub const HAS_GETATTRIBUTE: u8 = 64;

/// `Class::marker` bit: the class or a base had `__slots__` when the class
/// was made (as in CPython, slots are decided then), so an attribute store
/// checks the allowed names; the common store skips that.
pub const HAS_SLOTS: u8 = 128;

const _: () = {
    let bits = [
        HAS_DATA_DESCRIPTOR,
        HAS_SETATTR,
        HAS_DEL,
        C_NAMED,
        SEQUENCE,
        MAPPING,
        HAS_GETATTRIBUTE,
        HAS_SLOTS,
    ];
    let mut seen = 0u8;
    let mut i = 0;
    while i < bits.len() {
        assert!(bits[i].count_ones() == 1 && seen & bits[i] == 0);
        seen |= bits[i];
        i += 1;
    }
};

/// `Class::marker` bit: the class or a base defines `__del__`, so freeing
/// an instance queues a call to it.
pub const HAS_DEL: u8 = 4;

/// `Class::marker` bit: a class of the standard library written in Python
/// standing for one of CPython's C types, so messages name it as CPython
/// names those (`tp_name`: `'datetime.date'`); its subclasses do not.
pub const C_NAMED: u8 = 8;

/// `Class::marker` bit: a `match` sequence pattern matches instances of the
/// class and its subclasses (CPython's `Py_TPFLAGS_SEQUENCE`: list, tuple,
/// range, deque, and classes made or registered as `collections.abc.Sequence`).
pub const SEQUENCE: u8 = 16;

/// `Class::marker` bit: a `match` mapping pattern matches instances of the
/// class and its subclasses (CPython's `Py_TPFLAGS_MAPPING`).
pub const MAPPING: u8 = 32;

impl Class {
    /// The class followed by its MRO.
    pub fn mro_iter(self: &Rc<Self>) -> impl Iterator<Item = &Rc<Class>> {
        std::iter::once(self).chain(self.mro.iter())
    }

    /// Looks an attribute up along the MRO (through the lookup cache of
    /// `object/class_dict.rs`).
    #[inline]
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        crate::object::class_dict::lookup(self, name)
    }

    /// What calling the class runs (see [`CtorPlan`]), found once per
    /// lookup epoch.
    #[inline]
    pub fn ctor_plan(self: &Rc<Self>, type_: &Rc<Class>) -> CtorPlan {
        let epoch = crate::object::class_dict::epoch();
        let plan = self.ctor.get();
        if plan.epoch == epoch && epoch != u64::MAX {
            return plan;
        }
        let plan = CtorPlan {
            epoch,
            metaclass: self.is_subclass(type_),
            user_new: self.user_attr_at("__new__").is_some(),
            init: self
                .user_attr_at("__init__")
                .and_then(|(d, i)| Some((u32::try_from(d).ok()?, u32::try_from(i).ok()?))),
        };
        self.ctor.set(plan);
        plan
    }

    /// The user `__init__` a plan found.
    #[inline]
    pub fn planned_init(self: &Rc<Self>, plan: &CtorPlan) -> Option<Value> {
        let (depth, index) = plan.init?;
        self.value_at(depth as usize, index as usize)
    }

    /// The value at `index` of the dict of the class at MRO position `depth`.
    fn value_at(self: &Rc<Self>, depth: usize, index: usize) -> Option<Value> {
        let owner = self.mro_iter().nth(depth)?;
        let dict = owner.dict.borrow();
        dict.get_index(index).map(|(_, v)| v.clone())
    }

    /// Where [`Class::user_attr`] finds `name`: MRO position and dict index.
    /// The lookup cache answers where the first definition is; only past a
    /// builtin one (other than `object`'s, always last) are dicts searched.
    fn user_attr_at(self: &Rc<Self>, name: &str) -> Option<(usize, usize)> {
        let (depth, _) = crate::object::class_dict::lookup_where(self, name)?;
        self.mro_iter()
            .enumerate()
            .skip(depth)
            .filter(|(_, c)| !c.builtin)
            .find_map(|(d, c)| c.dict.borrow().get_index_of(name).map(|i| (d, i)))
    }

    /// `name` in the first class on the MRO that is not builtin and
    /// defines it: a user class's `__new__` or `__init__`.
    pub fn user_attr(self: &Rc<Self>, name: &str) -> Option<Value> {
        let (depth, index) = self.user_attr_at(name)?;
        self.value_at(depth, index)
    }

    /// True when `self` is `other` or a subclass of it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        self.mro_iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The nearest builtin class in the MRO (for builtin subclasses).
    pub fn builtin_base(self: &Rc<Self>) -> Option<&Rc<Class>> {
        self.mro_iter().find(|c| c.builtin)
    }
}

/// Exception state carried by exception instances.
#[derive(Default)]
pub struct ExcData {
    /// `args`.
    pub args: Vec<Value>,
    /// Traceback entries, innermost first.
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__`.
    pub cause: Option<Value>,
    /// `__context__`.
    pub context: Option<Value>,
    /// `context` was decided (by a `raise` statement or an assignment to
    /// `__context__`, None included): no later catch may chain it.
    pub context_fixed: bool,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// The `__traceback__` object last handed out, with the number of
    /// entries it shows, so the same traceback is the same object.
    pub tb_object: Option<(usize, Value)>,
}

/// One line of a traceback.
#[derive(Clone)]
pub struct TracebackEntry {
    /// The code the frame ran.
    pub code: Rc<Code>,
    /// Byte offset of the statement being executed.
    pub offset: u32,
    /// The frame's function name (`<module>` at top level).
    pub name: Rc<str>,
    /// The frame's globals (`tb_frame.f_globals`).
    pub globals: Rc<Namespace>,
    /// Which frame recorded it (its address while it runs), so a frame
    /// that already recorded the exception where it caught it does not
    /// record it again when it lets it go.
    pub frame: usize,
    /// The frame's variables once it has returned (empty while it runs):
    /// as in CPython, a traceback keeps its frames' locals alive, so an
    /// exception kept in a local makes a cycle for the collector.
    pub locals: FrameLocals,
}

/// Where a frame's fast locals go when it returns, if a traceback refers
/// to it ([`TracebackEntry::locals`]).
pub type FrameLocals = Rc<RefCell<Vec<Option<Value>>>>;

/// An instance of a user-defined class.
pub struct Instance {
    /// Its class.
    pub class: Rc<Class>,
    /// Instance attributes.
    pub dict: Namespace,
    /// Exception state, for instances of exception classes.
    pub exc: Option<RefCell<ExcData>>,
    /// The builtin value wrapped by instances of builtin subclasses.
    pub payload: RefCell<Option<Value>>,
    /// Sequence number used as the default hash (0 until first hashed), so
    /// sets of objects iterate in the same order on every run.
    pub hash_seq: Cell<i64>,
    /// The live `__dict__` view handed out last, so `obj.__dict__ is
    /// vars(obj)` holds while someone keeps it.
    pub dict_view: RefCell<std::rc::Weak<dyn crate::object::value::Native>>,
    /// `__del__` has run (it runs at most once, PEP 442).
    pub finalized: Cell<bool>,
    /// Weak references to it were made (`object/weakref.rs`).
    pub weakrefs: Cell<bool>,
}

impl Drop for Instance {
    /// CPython calls `__del__` when the last reference goes. Drop cannot
    /// run Python code (a container may be mid-update), so the instance's
    /// state moves into a new instance that the interpreter finalizes at
    /// the next statement boundary.
    fn drop(&mut self) {
        // After `__del__` is queued, as CPython clears weak references
        // after finalizing.
        let notify = self
            .weakrefs
            .get()
            .then(|| Notify(self as *const Instance as usize));
        self.queue_del();
        drop(notify);
        let n = self.dict.get_mut().len();
        if n > usize::from(self.class.attrs.get()) {
            self.class.attrs.set(n.min(ATTRS_KEPT) as u8);
        }
        // The attributes go through the trashcan (`object/trashcan.rs`):
        // `o.next = prev` chains may be deep.
        // Cleared in place while the level is counted (moving the
        // exception state out would copy it on every drop).
        if self.dict.get_mut().is_empty() && self.payload.get_mut().is_none() && self.exc.is_none()
        {
            return;
        }
        match crate::object::trashcan::enter() {
            Some(_level) => {
                drop(std::mem::take(self.dict.get_mut()));
                drop(self.payload.get_mut().take());
                self.exc = None;
            }
            None => crate::object::trashcan::defer((
                std::mem::take(self.dict.get_mut()),
                self.payload.get_mut().take(),
                self.exc.take(),
            )),
        }
    }
}

impl Instance {
    /// Queues `__del__` when the class has one: the instance's state moves
    /// into a rescued instance that the interpreter finalizes.
    fn queue_del(&mut self) {
        // The whole MRO: a base may gain `__del__` after the class was made.
        if self.finalized.get() || crate::object::class_dict::mro_marker(&self.class) & HAS_DEL == 0
        {
            return;
        }
        let Some(vm) = self
            .class
            .mro_iter()
            .find_map(|c| c.vm.try_borrow().ok()?.upgrade())
        else {
            return;
        };
        if vm.stopping() || vm.closing.get() {
            return;
        }
        let rescued = Instance {
            class: self.class.clone(),
            dict: RefCell::new(std::mem::take(&mut *self.dict.borrow_mut())),
            exc: self.exc.take(),
            payload: RefCell::new(self.payload.borrow_mut().take()),
            hash_seq: Cell::new(self.hash_seq.get()),
            dict_view: RefCell::new(no_dict_view()),
            finalized: Cell::new(true),
            weakrefs: Cell::new(false),
        };
        if let Ok(mut pending) = vm.finalizers.try_borrow_mut() {
            pending.push(Value::instance(rescued));
            vm.finalizers_pending.set(true);
        }
    }
}

impl Instance {
    /// A bare instance of `class`: exception state for exception classes,
    /// `payload` inside builtin subclasses.
    #[inline(always)]
    pub fn new(class: &Rc<Class>, exc: Option<ExcData>, payload: Option<Value>) -> Instance {
        Instance {
            class: class.clone(),
            dict: RefCell::new(IndexMap::with_capacity_and_hasher(
                usize::from(class.attrs.get()),
                FxBuildHasher,
            )),
            exc: exc.map(RefCell::new),
            payload: RefCell::new(payload),
            hash_seq: Cell::new(0),
            dict_view: RefCell::new(no_dict_view()),
            finalized: Cell::new(false),
            weakrefs: Cell::new(false),
        }
    }
}

/// Tells an object's weak references it was freed when dropped (so from
/// the end of a `Drop`, after whatever that queued).
struct Notify(usize);

impl Drop for Notify {
    fn drop(&mut self) {
        crate::object::weakref::freed(self.0);
    }
}

impl Drop for Function {
    fn drop(&mut self) {
        if self.weakrefs.get() {
            crate::object::weakref::freed(self as *const Function as usize);
        }
        // Through the trashcan: closures and defaults may nest deeply.
        let defaults = std::mem::take(&mut self.defaults);
        let kwdefaults = std::mem::take(&mut self.kwdefaults);
        let closure = std::mem::take(&mut self.closure);
        let dict = std::mem::take(self.dict.get_mut());
        if !(defaults.is_empty() && kwdefaults.is_empty() && closure.is_empty() && dict.is_empty())
        {
            crate::object::trashcan::dispose((defaults, kwdefaults, closure, dict));
        }
    }
}

impl Drop for Class {
    fn drop(&mut self) {
        // Cached lookups name classes by address, which may now be reused.
        crate::object::class_dict::bump_epoch();
        if self.weakrefs.get() {
            crate::object::weakref::freed(self as *const Class as usize);
        }
        let dict = std::mem::take(self.dict.get_mut());
        if !dict.is_empty() {
            crate::object::trashcan::dispose(dict);
        }
    }
}

/// Source text and file name shared by the functions of one module.
pub struct Code {
    /// File name as tracebacks print it.
    pub filename: Rc<str>,
    /// The full source, for traceback lines.
    pub source: Rc<str>,
}

/// A `__name__` and `__qualname__` pair, shared by a function and the
/// generators and coroutines it makes (thousands may be alive at once).
#[derive(Clone)]
pub struct QualNames {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
}

impl QualNames {
    /// A shared pair.
    pub fn new(name: Rc<str>, qualname: Rc<str>) -> Rc<QualNames> {
        Rc::new(QualNames { name, qualname })
    }
}

impl Function {
    /// `__name__`.
    pub fn name(&self) -> Rc<str> {
        self.names.borrow().name.clone()
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        self.names.borrow().qualname.clone()
    }
}

/// What a call of a function needs to know about its definition, read
/// once when the function is made: a call then reads the function object
/// rather than its scope's record (seldom in cache).
#[derive(Clone, Copy, Debug)]
pub struct CallShape {
    /// How many positional arguments bind straight to the first slots (no
    /// `*args`, keyword-only parameters or `**kwargs` to fill); `u32::MAX`
    /// when calls go through argument binding.
    pub positional: u32,
    /// Its frames' local slots.
    pub n_locals: u32,
    /// The body cannot suspend and makes no cells of its own (closure
    /// cells are the same for every call): frames are kept between calls
    /// (`eval::calls`).
    pub reusable: bool,
}

impl CallShape {
    /// The shape of calls of `def` with `closure` cells.
    pub fn of(def: &pyroclast_syntax::ast::FunctionDef, closure: &[CellRef]) -> CallShape {
        let p = &def.params;
        let positional = if p.vararg.is_some() || p.kwarg.is_some() || !p.kwonly.is_empty() {
            u32::MAX
        } else {
            u32::try_from(p.posonly.len() + p.args.len()).unwrap_or(u32::MAX)
        };
        let Some(scope) = def.scope.get() else {
            // Not resolved: every call takes the general way, which says so.
            return CallShape {
                positional: u32::MAX,
                n_locals: 0,
                reusable: false,
            };
        };
        CallShape {
            positional,
            n_locals: u32::try_from(scope.locals.len()).unwrap_or(u32::MAX),
            // Closure cells are the function's own for every call, so a
            // kept frame keeps them too (methods using `super()` read
            // `__class__` from one); cells made per call rule it out.
            reusable: !(scope.is_generator || scope.is_coroutine)
                && scope.n_own_cells == 0
                && scope.cells.len() == closure.len(),
        }
    }
}

/// A user-defined function.
pub struct Function {
    /// The definition.
    pub def: Rc<FunctionDef>,
    /// Where it was defined.
    pub code: Rc<Code>,
    /// The defining module's globals.
    pub globals: Rc<Namespace>,
    /// Defaults of the positional parameters, aligned to the last ones.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// Captured cells, in the order of the scope's free variables.
    pub closure: Vec<CellRef>,
    /// `__name__` (writable, e.g. by functools.wraps) and `__qualname__`,
    /// shared with the generators it makes.
    pub names: RefCell<Rc<QualNames>>,
    /// `__module__`.
    pub module: Rc<str>,
    /// The qualified name its definition gave it (`__code__.co_qualname`):
    /// what functions and classes defined in its body are named under,
    /// whatever `__qualname__` later says (`functools.wraps` changes that).
    pub code_qualname: Rc<str>,
    /// Function attributes (`__wrapped__`, `__doc__`, ...).
    pub dict: Namespace,
    /// Weak references to it were made (`object/weakref.rs`).
    pub weakrefs: Cell<bool>,
    /// `types.coroutine` made this generator function's generators
    /// awaitable (CPython's `CO_ITERABLE_COROUTINE` flag).
    pub iterable_coroutine: Cell<bool>,
    /// What calls need to know about its definition.
    pub shape: CallShape,
    /// Frames its last calls ended with, emptied, for the next calls to
    /// reuse (the evaluator's `eval::calls`; opaque down here, where
    /// frames are not known).
    pub spare_frames: RefCell<Vec<Box<dyn std::any::Any>>>,
}

/// Where a module came from (its repr says so).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ModuleKind {
    /// Run from source: `__main__`, a file, `exec`.
    #[default]
    Source,
    /// A built-in module of CPython's (`sys`, `time`): `(built-in)`.
    Builtin,
    /// Part of Pyroclast's standard library: `(frozen)`.
    Frozen,
    /// A `.py` file found by the host's loader.
    File,
}

/// A module object.
pub struct ModuleObj {
    /// `__name__`.
    pub name: Rc<str>,
    /// The module's globals.
    pub globals: Rc<Namespace>,
    /// Where it came from.
    pub kind: Cell<ModuleKind>,
}

/// Gives methods of a builtin class (added by [`add_methods`]) their
/// shortcuts for positional calls.
pub fn add_fast_methods(class: &Rc<Class>, table: &[(&'static str, crate::object::value::FastFn)]) {
    let mut d = class.dict.borrow_mut();
    for (name, f) in table {
        let m = d.get_mut(*name);
        // A shortcut for a method not added yet would be lost.
        debug_assert!(m.is_some(), "no method {name} to give a shortcut");
        if let Some(m) = m {
            *m = crate::object::value::with_fast(m, *f);
        }
    }
}

/// Adds methods to a builtin class's dict.
pub fn add_methods(
    class: &Rc<Class>,
    owner: &'static str,
    table: &[(&'static str, crate::object::value::BuiltinFn)],
) {
    let mut d = class.dict.borrow_mut();
    d.reserve(table.len());
    for (name, f) in table {
        // Interned: a call site's name (`s.strip()`) is the same pointer.
        d.insert(
            pyroclast_syntax::token::intern(name),
            crate::object::value::method(owner, name, *f),
        );
    }
}

/// C3 linearization of `bases` (the MRO after the class itself), or `None`
/// when no consistent order exists.
pub fn linearize(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    merge_mro(bases).ok()
}

/// C3 merge; on failure, the classes that could not be ordered (CPython
/// names them in its TypeError).
pub fn merge_mro(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, Vec<Rc<Class>>> {
    // Single inheritance (every builtin class, most user classes): the MRO
    // is the base followed by its own.
    if let [base] = bases {
        return Ok(base.mro_iter().cloned().collect());
    }
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| b.mro_iter().cloned().collect())
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)))
            {
                found = Some(head.clone());
                break;
            }
        }
        let Some(head) = found else {
            let mut heads: Vec<Rc<Class>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// An empty `dict_view` slot for a new instance (no view handed out yet).
pub fn no_dict_view() -> std::rc::Weak<dyn crate::object::value::Native> {
    std::rc::Weak::<NoView>::new()
}

/// The type an empty weak `dict_view` points at; never made.
struct NoView;

impl crate::object::value::Native for NoView {
    fn class(&self, vm: &crate::Interp) -> Rc<Class> {
        vm.types.object.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
