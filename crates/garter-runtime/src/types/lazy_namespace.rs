//! Builtin types fill their namespaces on first use.
//!
//! Making every method object of every builtin type at start-up would cost
//! most of an interpreter's creation time, yet a short script touches a few
//! types. So start-up only records, per builtin type, the static method
//! tables and extra entries it will hold ([`LazyNamespace`]). The first
//! time anything reads the type's namespace or special-method table
//! (`TypeData::namespace`, `TypeData::dunder`, an MRO lookup), the type
//! and its bases turn their records into objects, in the order they were
//! added, and compute the special-method table.
//!
//! [`MethodFactory`] makes the method and attribute descriptor objects,
//! for lazy and eager (`add_methods`) tables alike.

use std::cell::OnceCell;
use std::rc::Rc;

use smallvec::SmallVec;

use crate::dunder::Dunder;
use crate::object::{ClassSlot, Object, Payload};
use crate::types::dict::DictTable;
use crate::types::function::{is_slot_name, BuiltinFunction};
use crate::types::type_object::{GetSetDef, MethodDef, MethodKind, NativeFn};
use crate::value::{ObjRef, Value};
use crate::vm::Interner;

/// Makes builtin method and attribute descriptor objects.
pub struct MethodFactory {
    pub interner: Rc<Interner>,
    builtin_function: ObjRef,
    method_descriptor: ObjRef,
    wrapper_descriptor: ObjRef,
    getset_descriptor: ObjRef,
    dunder_names: OnceCell<Box<[Value]>>,
}

impl MethodFactory {
    pub fn new(
        interner: Rc<Interner>,
        builtin_function: ObjRef,
        method_descriptor: ObjRef,
        wrapper_descriptor: ObjRef,
        getset_descriptor: ObjRef,
    ) -> MethodFactory {
        MethodFactory {
            interner,
            builtin_function,
            method_descriptor,
            wrapper_descriptor,
            getset_descriptor,
            dunder_names: OnceCell::new(),
        }
    }

    /// The interned names of [`Dunder::ALL`], in its order.
    pub fn dunder_names(&self) -> &[Value] {
        self.dunder_names.get_or_init(|| {
            Dunder::ALL
                .iter()
                .map(|d| self.interner.intern(d.name()))
                .collect()
        })
    }

    /// A builtin function, or a method of the type named `owner`: a
    /// `wrapper_descriptor` for special methods, a `method_descriptor` for
    /// other instance methods, `builtin_function_or_method` otherwise.
    pub fn builtin(
        &self,
        name: &'static str,
        func: NativeFn,
        kind: MethodKind,
        owner: Option<String>,
    ) -> Value {
        let class = match (kind, &owner) {
            (MethodKind::Method, Some(_)) if is_slot_name(name) => &self.wrapper_descriptor,
            (MethodKind::Method, Some(_)) => &self.method_descriptor,
            _ => &self.builtin_function,
        };
        plain_object(
            class,
            Payload::Builtin(BuiltinFunction {
                name,
                func,
                kind,
                owner,
            }),
        )
    }

    /// Adds a type's method and attribute tables to its namespace.
    pub fn fill(
        &self,
        ns: &mut DictTable,
        owner: &str,
        methods: &[MethodDef],
        getsets: &[GetSetDef],
    ) {
        for m in methods {
            let f = self.builtin(m.name, m.func, m.kind, Some(owner.to_string()));
            ns.set_str(self.interner.intern(m.name), f);
        }
        for g in getsets {
            let d = plain_object(
                &self.getset_descriptor,
                Payload::GetSet {
                    name: g.name,
                    owner: owner.to_string(),
                    get: g.get,
                    set: g.set,
                },
            );
            ns.set_str(self.interner.intern(g.name), d);
        }
    }
}

/// An object without `__dict__` or slots.
fn plain_object(class: &ObjRef, payload: Payload) -> Value {
    Value::Obj(Rc::new(Object {
        class: ClassSlot::new(Some(class.clone())),
        extra: None,
        payload,
    }))
}

/// One recorded addition to a builtin type's namespace.
enum LazyEntry {
    Tables(&'static [MethodDef], &'static [GetSetDef]),
    /// Set, replacing what is there.
    Value(&'static str, Value),
    /// Set only if the name is still absent.
    Default(&'static str, Value),
}

/// What a builtin type's namespace will hold once first used. Most types
/// record two entries (their tables and a default `__doc__`), kept inline
/// so that recording them allocates nothing more.
pub struct LazyNamespace {
    pub factory: Rc<MethodFactory>,
    entries: SmallVec<[LazyEntry; 2]>,
}

impl LazyNamespace {
    pub fn new(factory: Rc<MethodFactory>) -> LazyNamespace {
        LazyNamespace {
            factory,
            entries: SmallVec::new(),
        }
    }

    pub fn add_tables(&mut self, methods: &'static [MethodDef], getsets: &'static [GetSetDef]) {
        self.entries.push(LazyEntry::Tables(methods, getsets));
    }

    pub fn add_value(&mut self, name: &'static str, value: Value) {
        self.entries.push(LazyEntry::Value(name, value));
    }

    pub fn add_default(&mut self, name: &'static str, value: Value) {
        self.entries.push(LazyEntry::Default(name, value));
    }

    /// Makes the recorded entries, in order, into `ns`, and forgets them.
    pub fn fill(&mut self, ns: &mut DictTable, owner: &str) {
        let intern = |name: &str| self.factory.interner.intern(name);
        for entry in std::mem::take(&mut self.entries) {
            match entry {
                LazyEntry::Tables(methods, getsets) => {
                    self.factory.fill(ns, owner, methods, getsets)
                }
                LazyEntry::Value(name, value) => ns.set_str(intern(name), value),
                LazyEntry::Default(name, value) => {
                    let key = intern(name);
                    if ns.get_str(&key).is_none() {
                        ns.set_str(key, value);
                    }
                }
            }
        }
    }
}
