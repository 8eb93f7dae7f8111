//! Inline caches for attribute reads, writes and method calls.
//!
//! Each `obj.name` site in the tree keeps an [`AttrCache`]: what the
//! generic lookup found the last time, for objects of one class, keyed by
//! that class's version (`TypeData::version`, renewed whenever the class
//! or anything along its MRO changes). While the version matches, the
//! site goes straight to the place the value lives: a `__slots__` slot,
//! the instance `__dict__`, a module's namespace, or the method function
//! found on the class. Anything unusual (a custom `__getattribute__` or
//! `__setattr__`, properties and other descriptors, type objects) is never
//! cached and takes the generic path, which stays the reference.
//!
//! Only where an attribute lives is cached, never the instance's dict
//! object: `obj.__dict__ = d` swaps the dict in the instance's slot and
//! the next access through any site reads the new one.

use std::cell::{Cell, RefCell};

use garter_runtime::dunder::Dunder;
use garter_runtime::object::{Object, Payload};
use garter_runtime::types::dict::{is_builtin, obj_dict_table};
use garter_runtime::types::type_object::{mro_lookup, MethodKind, TypeData};
use garter_runtime::Value;

/// Where a cached attribute lives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AttrKind {
    /// A `__slots__` value slot.
    Slot(usize),
    /// The instance `__dict__` (the class has no data descriptor there).
    InstanceDict,
    /// The namespace of a module object.
    ModuleDict,
    /// A method on the class (for method-call sites): the function to
    /// call with the object first, unless the instance dict shadows it.
    Method,
    /// Stores into a `__slots__` value slot (the class has no custom
    /// `__setattr__`).
    StoreSlot(usize),
    /// Stores into the instance `__dict__` (likewise).
    StoreDict,
}

/// The cache of one attribute site.
#[derive(Default)]
pub struct AttrCache {
    /// The class version the entry holds for (0: empty).
    version: Cell<u64>,
    kind: Cell<Option<AttrKind>>,
    method: RefCell<Option<Value>>,
}

/// The class data of a plain instance (not a type object), if any.
fn instance_type(o: &Object) -> Option<&TypeData> {
    if o.as_type().is_some() {
        return None;
    }
    o.class.get().and_then(|c| c.as_type())
}

/// Whether a class attribute with this payload can never be a data
/// descriptor (its type is builtin and has no `__set__`/`__delete__`), so
/// the instance `__dict__` wins over it.
fn never_data(d: &Value) -> bool {
    let Some(o) = d.as_obj() else {
        return true;
    };
    is_builtin(o)
        && matches!(
            o.payload,
            Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::StaticMethod(_)
                | Payload::ClassMethod(_)
                | Payload::Str(_)
                | Payload::Int(_)
                | Payload::Float(_)
                | Payload::Tuple(_)
        )
}

/// Whether a type's special method is `object`'s own (the generic one).
fn generic_slot(t: &TypeData, d: Dunder) -> bool {
    matches!(t.dunder(d).as_ref().and_then(Value::payload),
        Some(Payload::Builtin(b)) if b.owner.as_deref() == Some("object"))
}

impl AttrCache {
    #[inline]
    fn hit(&self, t: &TypeData) -> Option<AttrKind> {
        if self.version.get() == t.version.get() {
            self.kind.get()
        } else {
            None
        }
    }

    fn fill(&self, t: &TypeData, kind: Option<AttrKind>) {
        self.version.set(t.version.get());
        self.kind.set(kind);
    }

    /// `obj.name` from the cache; `None` sends the caller to the generic
    /// lookup (a miss, or an attribute that is not where it was cached).
    #[inline]
    pub fn load(&self, obj: &Value, name: &Value) -> Option<Value> {
        let o = obj.as_obj()?;
        let t = instance_type(o)?;
        let kind = match self.hit(t) {
            Some(kind) => kind,
            None => self.classify_load(o, t, name)?,
        };
        match kind {
            AttrKind::Slot(i) => o.slot_values().get(i)?.borrow().clone(),
            AttrKind::InstanceDict => o
                .dict()?
                .with(|d| obj_dict_table(d)?.borrow().get_str(name)),
            AttrKind::ModuleDict => match &o.payload {
                Payload::Module(m) => obj_dict_table(&m.dict)?.borrow().get_str(name),
                _ => None,
            },
            AttrKind::Method | AttrKind::StoreSlot(_) | AttrKind::StoreDict => None,
        }
    }

    fn classify_load(&self, o: &Object, t: &TypeData, name: &Value) -> Option<AttrKind> {
        let kind = if !generic_slot(t, Dunder::GetAttribute) {
            None
        } else {
            let module = matches!(o.payload, Payload::Module(_));
            match o.class.get().and_then(|c| mro_lookup(c, name)) {
                Some(d) => match d.payload() {
                    Some(Payload::Member { index, .. }) => Some(AttrKind::Slot(*index)),
                    _ if never_data(&d) && o.dict().is_some() && !module => {
                        Some(AttrKind::InstanceDict)
                    }
                    _ => None,
                },
                None if module => Some(AttrKind::ModuleDict),
                None if o.dict().is_some() => Some(AttrKind::InstanceDict),
                None => None,
            }
        };
        self.fill(t, kind);
        kind
    }

    /// The function to call for `obj.name(...)` with `obj` first, or the
    /// callable found in a module's namespace (then `with_receiver` is
    /// false); `None` sends the caller to the generic path.
    #[inline]
    pub fn method(&self, obj: &Value, name: &Value) -> Option<(Value, bool)> {
        let o = obj.as_obj()?;
        let t = instance_type(o)?;
        let kind = match self.hit(t) {
            Some(kind) => kind,
            None => self.classify_method(o, t, name)?,
        };
        match kind {
            AttrKind::Method => {
                let shadowed = o.dict().is_some_and(|slot| {
                    slot.with(|d| {
                        obj_dict_table(d).is_some_and(|t| t.borrow().get_str(name).is_some())
                    })
                });
                if shadowed {
                    return None;
                }
                Some((self.method.borrow().clone()?, true))
            }
            AttrKind::ModuleDict => match &o.payload {
                Payload::Module(m) => {
                    Some((obj_dict_table(&m.dict)?.borrow().get_str(name)?, false))
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn classify_method(&self, o: &Object, t: &TypeData, name: &Value) -> Option<AttrKind> {
        let mut kind = None;
        if generic_slot(t, Dunder::GetAttribute) {
            match o.class.get().and_then(|c| mro_lookup(c, name)) {
                Some(d) => {
                    let is_method = match d.payload() {
                        Some(Payload::Function(_)) => true,
                        Some(Payload::Builtin(b)) => b.kind == MethodKind::Method,
                        Some(Payload::HostFunction(h)) => h.kind == MethodKind::Method,
                        _ => false,
                    };
                    if is_method {
                        *self.method.borrow_mut() = Some(d);
                        kind = Some(AttrKind::Method);
                    }
                }
                None if matches!(o.payload, Payload::Module(_)) => {
                    kind = Some(AttrKind::ModuleDict)
                }
                None => {}
            }
        }
        if kind != Some(AttrKind::Method) {
            *self.method.borrow_mut() = None;
        }
        self.fill(t, kind);
        kind
    }

    /// `obj.name = value` through the cache; gives the value back when
    /// the generic path must do it.
    #[inline]
    pub fn store(&self, obj: &Value, name: &Value, value: Value) -> Result<(), Value> {
        let Some(o) = obj.as_obj() else {
            return Err(value);
        };
        let Some(t) = instance_type(o) else {
            return Err(value);
        };
        let kind = match self.hit(t) {
            Some(kind) => kind,
            None => match self.classify_store(o, t, name) {
                Some(kind) => kind,
                None => return Err(value),
            },
        };
        match kind {
            AttrKind::StoreSlot(i) => match o.slot_values().get(i) {
                Some(slot) => {
                    let old = slot.borrow_mut().replace(value);
                    drop(old);
                    Ok(())
                }
                None => Err(value),
            },
            AttrKind::StoreDict => {
                let Some(slot) = o.dict() else {
                    return Err(value);
                };
                let old = slot.with(|d| match obj_dict_table(d) {
                    Some(t) => {
                        let old = t.borrow().get_str(name);
                        t.borrow_mut().set_str(name.clone(), value);
                        Ok(old)
                    }
                    None => Err(value),
                })?;
                drop(old);
                Ok(())
            }
            _ => Err(value),
        }
    }

    fn classify_store(&self, o: &Object, t: &TypeData, name: &Value) -> Option<AttrKind> {
        let kind = if !generic_slot(t, Dunder::SetAttr) {
            None
        } else {
            let module = matches!(o.payload, Payload::Module(_));
            match o.class.get().and_then(|c| mro_lookup(c, name)) {
                Some(d) => match d.payload() {
                    Some(Payload::Member { index, .. }) => Some(AttrKind::StoreSlot(*index)),
                    _ if never_data(&d) && o.dict().is_some() && !module => {
                        Some(AttrKind::StoreDict)
                    }
                    _ => None,
                },
                None if o.dict().is_some() && !module => Some(AttrKind::StoreDict),
                None => None,
            }
        };
        self.fill(t, kind);
        kind
    }
}
