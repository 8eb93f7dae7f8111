//! `type`: the data of a type object, method tables for builtin types,
//! and the per-type cache of special methods.
//!
//! A type keeps its MRO without itself (`mro_rest`), so a type holds no
//! reference to itself; `__mro__` adds it back. `dunders` caches, per
//! [`Dunder`], what the MRO resolves that name to; it is filled when the
//! type is made and refreshed (for the type and its subclasses) whenever a
//! special name is set or deleted on a type. Builtin types fill their
//! namespace and table on first use (`types/lazy_namespace.rs`).

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::{Rc, Weak};

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Object;
use crate::types::dict::DictTable;
use crate::types::lazy_namespace::{LazyNamespace, MethodFactory};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// A builtin function's Rust body. Methods get `self` as the first value.
pub type NativeFn = fn(&Vm, Args) -> PyResult<Value>;
/// Reads a native attribute of an instance.
pub type Getter = fn(&Vm, &Value) -> PyResult<Value>;
/// Writes (`Some`) or deletes (`None`) a native attribute of an instance.
pub type Setter = fn(&Vm, &Value, Option<Value>) -> PyResult<()>;

/// How a builtin method binds when looked up.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    /// An instance method: binds to the instance.
    Method,
    /// A class method: binds to the class.
    Class,
    /// A static method (and `__new__`): never binds.
    Static,
}

/// One method of a builtin type.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
}

impl MethodDef {
    pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Method,
        }
    }

    pub const fn class(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Class,
        }
    }

    pub const fn static_(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Static,
        }
    }
}

/// One native attribute of a builtin type (`function.__name__`, `int.real`).
pub struct GetSetDef {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
}

/// Which builtin payload instances of a type carry (its "solid base").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Tuple,
    List,
    Dict,
    Type,
    Module,
    Function,
    Exception,
    Property,
    Other,
}

/// The data of a type object.
pub struct TypeData {
    /// `__name__` and `__qualname__`: borrowed for builtin types, whose
    /// names are static, so making one allocates no text.
    pub name: RefCell<Cow<'static, str>>,
    pub qualname: RefCell<Cow<'static, str>>,
    pub bases: RefCell<Vec<ObjRef>>,
    /// The MRO after the type itself.
    pub mro_rest: RefCell<Vec<ObjRef>>,
    /// The namespace (`__dict__` shows it through a mappingproxy); read it
    /// through [`TypeData::namespace`], which fills a builtin type's
    /// namespace on first use.
    pub(crate) ns: RefCell<DictTable>,
    pub dunders: RefCell<Box<[Option<Value>]>>,
    pub layout: Layout,
    /// Defined by a class statement or `type(...)`, so mutable.
    pub heap: bool,
    /// May be used as a base class.
    pub basetype: bool,
    /// Instances get a `__dict__`.
    pub instance_dict: bool,
    /// Number of `__slots__` value slots instances carry (inherited too).
    pub slot_count: usize,
    pub subclasses: RefCell<Vec<Weak<Object>>>,
    /// Names of abstract methods not yet implemented (`abc` support).
    pub abstract_methods: RefCell<Vec<String>>,
    /// Set while this type's `__hash__` is None by an `__eq__`-only class.
    pub hash_disabled: Cell<bool>,
    /// What [`mro_lookup`] found per attribute name (keyed by the name
    /// object, which the entry keeps alive). Cleared for a type and its
    /// subclasses whenever a namespace along the MRO changes.
    pub attr_cache: RefCell<hashbrown::HashMap<usize, (Value, Option<Value>)>>,
    /// Changes (to a value no type ever had) whenever `attr_cache` is
    /// cleared, so that the evaluator's attribute caches, keyed by it,
    /// know the type and everything along its MRO are as they saw them.
    pub version: Cell<u64>,
    /// Whether `ns` and `dunders` are filled. A builtin type starts
    /// unfilled, with what it will hold recorded in `lazy`.
    pub(crate) ready: Cell<bool>,
    pub(crate) lazy: RefCell<Option<Box<LazyNamespace>>>,
}

/// A type version no type has had yet in this process (see
/// [`TypeData::version`]); only a source of unique numbers.
pub fn next_type_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl TypeData {
    /// A type not yet ready for use: `ns` holds what it defines, and the
    /// special-method table is computed by `refresh_dunders` (classes made
    /// at run time) or on first use (builtin types, see `lazy`). Flags
    /// other than `layout` are those of a builtin base type; callers
    /// override them with struct-update syntax.
    pub fn new(
        name: impl Into<Cow<'static, str>>,
        bases: Vec<ObjRef>,
        mro_rest: Vec<ObjRef>,
        ns: DictTable,
        layout: Layout,
    ) -> TypeData {
        let name = name.into();
        TypeData {
            qualname: RefCell::new(name.clone()),
            name: RefCell::new(name),
            bases: RefCell::new(bases),
            mro_rest: RefCell::new(mro_rest),
            ns: RefCell::new(ns),
            dunders: RefCell::new(Box::new([])),
            layout,
            heap: false,
            basetype: true,
            instance_dict: false,
            slot_count: 0,
            subclasses: RefCell::new(Vec::new()),
            abstract_methods: RefCell::new(Vec::new()),
            hash_disabled: Cell::new(false),
            attr_cache: Default::default(),
            version: Cell::new(next_type_version()),
            ready: Cell::new(false),
            lazy: RefCell::new(None),
        }
    }

    /// The namespace, filled first if this is a builtin type not used yet.
    #[inline]
    pub fn namespace(&self) -> Ref<'_, DictTable> {
        if !self.ready.get() {
            self.fill_own();
        }
        self.ns.borrow()
    }

    /// The namespace for writing; callers refresh caches afterwards.
    #[inline]
    pub fn namespace_mut(&self) -> RefMut<'_, DictTable> {
        if !self.ready.get() {
            self.fill_own();
        }
        self.ns.borrow_mut()
    }

    #[inline]
    fn ensure_ready(&self) {
        if !self.ready.get() {
            self.make_ready();
        }
    }

    /// Makes a builtin type's recorded entries (not its bases').
    #[cold]
    fn fill_own(&self) {
        if let Some(lazy) = self.lazy.borrow_mut().as_mut() {
            lazy.fill(&mut self.ns.borrow_mut(), &self.name());
        }
    }

    /// Fills a builtin type (after its bases) and computes its table.
    #[cold]
    fn make_ready(&self) {
        self.ready.set(true);
        self.ensure_bases_ready();
        let Some(mut lazy) = self.lazy.borrow_mut().take() else {
            return;
        };
        lazy.fill(&mut self.ns.borrow_mut(), &self.name());
        let table = dunder_table(self, lazy.factory.dunder_names(), |_| true);
        *self.dunders.borrow_mut() = table;
    }

    fn ensure_bases_ready(&self) {
        let rest = self.mro_rest.borrow().clone();
        for base in rest {
            if let Some(b) = base.as_type() {
                b.ensure_ready();
            }
        }
    }

    /// Empties the namespace, returning its keys and values (for taking
    /// an interpreter apart; nothing if the namespace is in use).
    pub fn take_namespace(&self) -> Vec<Value> {
        match self.ns.try_borrow_mut() {
            Ok(mut ns) => std::mem::take(&mut *ns).into_values(),
            Err(_) => Vec::new(),
        }
    }

    /// Records additions to a builtin type's namespace for its first use.
    pub fn record_lazy(&self, factory: &Rc<MethodFactory>, add: impl FnOnce(&mut LazyNamespace)) {
        let mut lazy = self.lazy.borrow_mut();
        let lazy = lazy.get_or_insert_with(|| Box::new(LazyNamespace::new(factory.clone())));
        add(lazy);
    }

    /// The type's `__name__`.
    pub fn name(&self) -> String {
        self.name.borrow().to_string()
    }

    /// The cached attribute for a special method, if any class in the MRO
    /// defines it.
    #[inline]
    pub fn dunder(&self, d: Dunder) -> Option<Value> {
        self.ensure_ready();
        self.dunders.borrow().get(d as usize).cloned().flatten()
    }
}

/// Looks `name` up along `cls`'s MRO (the type first), without
/// descriptors: CPython's `_PyType_Lookup`.
pub fn mro_lookup(cls: &ObjRef, name: &Value) -> Option<Value> {
    let t = cls.as_type()?;
    let Value::Obj(key_obj) = name else {
        return mro_lookup_uncached(t, name);
    };
    let key = Rc::as_ptr(key_obj) as usize;
    if let Some((_, hit)) = t.attr_cache.borrow().get(&key) {
        return hit.clone();
    }
    let found = mro_lookup_uncached(t, name);
    let mut cache = t.attr_cache.borrow_mut();
    if cache.len() >= ATTR_CACHE_LIMIT {
        cache.clear();
    }
    cache.insert(key, (name.clone(), found.clone()));
    found
}

/// Entries a type's attribute cache holds before it starts over.
const ATTR_CACHE_LIMIT: usize = 1024;

/// Forgets cached lookups of `cls` and of every subclass.
pub fn invalidate_attr_cache(cls: &ObjRef) {
    let mut work = vec![cls.clone()];
    while let Some(t) = work.pop() {
        let Some(data) = t.as_type() else { continue };
        data.attr_cache.borrow_mut().clear();
        data.version.set(next_type_version());
        work.extend(data.subclasses.borrow().iter().filter_map(Weak::upgrade));
    }
}

pub(crate) fn mro_lookup_uncached(t: &TypeData, name: &Value) -> Option<Value> {
    if let Some(v) = t.namespace().get_str(name) {
        return Some(v);
    }
    let rest = t.mro_rest.borrow();
    for base in rest.iter() {
        if let Some(bt) = base.as_type() {
            if let Some(v) = bt.namespace().get_str(name) {
                return Some(v);
            }
        }
    }
    None
}

/// The MRO as a list including the type itself.
pub fn full_mro(cls: &ObjRef) -> Vec<ObjRef> {
    let Some(t) = cls.as_type() else {
        return vec![cls.clone()];
    };
    let rest = t.mro_rest.borrow();
    let mut out = Vec::with_capacity(1 + rest.len());
    out.push(cls.clone());
    out.extend(rest.iter().cloned());
    out
}

/// `issubclass(sub, sup)` by MRO, without `__subclasscheck__`.
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if Rc::ptr_eq(sub, sup) {
        return true;
    }
    match sub.as_type() {
        Some(t) => t.mro_rest.borrow().iter().any(|b| Rc::ptr_eq(b, sup)),
        None => false,
    }
}

/// The special-method table of a type. A type with one base whose table
/// is current (`base_ready`) starts from a copy of it, since its MRO is
/// itself then its base's, and adds what its own namespace defines; any
/// other type looks every name up along its MRO.
fn dunder_table(
    data: &TypeData,
    names: &[Value],
    base_ready: impl Fn(&ObjRef) -> bool,
) -> Box<[Option<Value>]> {
    let base_table = match data.bases.borrow().as_slice() {
        [base] if base_ready(base) => base.as_type().map(|b| {
            b.ensure_ready();
            b.dunders.borrow().clone()
        }),
        _ => None,
    };
    let Some(mut table) = base_table else {
        return names.iter().map(|n| mro_lookup_uncached(data, n)).collect();
    };
    for entry in data.ns.borrow().iter() {
        let Some(name) = entry.key.as_str() else {
            continue;
        };
        if !name.as_str().starts_with("__") {
            continue;
        }
        if let Some(slot) = Dunder::from_name(name.as_str()).and_then(|d| table.get_mut(d as usize))
        {
            *slot = Some(entry.value.clone());
        }
    }
    table
}

/// Recomputes the special-method cache of `cls` and of every subclass
/// (the bases of `cls` have current tables; each subclass is redone after
/// the class it derives from).
pub fn refresh_dunders(vm: &Vm, cls: &ObjRef) {
    invalidate_attr_cache(cls);
    let names = vm.method_factory.dunder_names();
    let mut work = vec![cls.clone()];
    let mut redone: Vec<*const Object> = Vec::new();
    while let Some(t) = work.pop() {
        let Some(data) = t.as_type() else { continue };
        data.ensure_bases_ready();
        if let Some(mut lazy) = data.lazy.borrow_mut().take() {
            lazy.fill(&mut data.ns.borrow_mut(), &data.name());
        }
        data.ready.set(true);
        let table = dunder_table(data, names, |base| {
            Rc::ptr_eq(base, cls) || redone.contains(&Rc::as_ptr(base)) || !is_below(base, cls)
        });
        *data.dunders.borrow_mut() = table;
        redone.push(Rc::as_ptr(&t));
        let subs: Vec<ObjRef> = data
            .subclasses
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .collect();
        work.extend(subs);
    }
}

/// Whether `t` derives from `cls` (so its table is being redone too).
fn is_below(t: &ObjRef, cls: &ObjRef) -> bool {
    t.as_type()
        .is_some_and(|d| d.mro_rest.borrow().iter().any(|b| Rc::ptr_eq(b, cls)))
}

/// Adds builtin methods and native attributes to a type's namespace.
pub fn add_methods(vm: &Vm, cls: &ObjRef, methods: &[MethodDef], getsets: &[GetSetDef]) {
    let Some(t) = cls.as_type() else { return };
    invalidate_attr_cache(cls);
    let owner = t.name();
    vm.method_factory
        .fill(&mut t.namespace_mut(), &owner, methods, getsets);
}

/// `type.__call__`-free view of a value as a type object.
pub fn type_name(cls: &ObjRef) -> String {
    cls.as_type()
        .map_or_else(|| "?".to_string(), TypeData::name)
}
