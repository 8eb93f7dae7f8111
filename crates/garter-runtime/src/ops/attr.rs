//! Attribute access: `getattr`, `setattr` and `delattr` with CPython's
//! rules (data descriptors, then the instance `__dict__`, then non-data
//! descriptors and plain class attributes; `__getattr__` as a fallback),
//! used alike for builtin and user-defined classes.

use std::rc::Rc;

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::dict::obj_dict_table;
use crate::types::type_object::{mro_lookup, refresh_dunders, MethodKind};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// What kind of descriptor a class attribute is.
enum DescrKind {
    /// Has `__set__` or `__delete__`: wins over the instance dict.
    Data,
    /// Has only `__get__`.
    NonData,
    /// A plain value.
    Plain,
}

impl Vm {
    fn descr_kind(&self, descr: &Value) -> DescrKind {
        match descr.payload() {
            Some(Payload::Property(_) | Payload::GetSet { .. } | Payload::Member { .. }) => {
                return DescrKind::Data
            }
            Some(
                Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::HostFunction(_)
                | Payload::StaticMethod(_)
                | Payload::ClassMethod(_),
            ) => return DescrKind::NonData,
            Some(Payload::Str(_) | Payload::Int(_) | Payload::Tuple(_)) => return DescrKind::Plain,
            None => return DescrKind::Plain,
            _ => {}
        }
        let Some(t) = self.class_of(descr).as_type() else {
            return DescrKind::Plain;
        };
        if t.dunder(Dunder::Set).is_some() || t.dunder(Dunder::Delete).is_some() {
            DescrKind::Data
        } else if t.dunder(Dunder::Get).is_some() {
            DescrKind::NonData
        } else {
            DescrKind::Plain
        }
    }

    /// `descr.__get__(obj, cls)`; `obj` is None for lookups on the class.
    pub fn descr_get(&self, descr: Value, obj: Option<&Value>, cls: &ObjRef) -> PyResult<Value> {
        match descr.payload() {
            Some(Payload::Function(_)) => {
                return Ok(match obj {
                    Some(o) => self.new_bound_method(o.clone(), descr),
                    None => descr,
                })
            }
            Some(Payload::Builtin(b)) => {
                return Ok(match (b.kind, obj) {
                    (MethodKind::Method, Some(o)) => self.new_bound_builtin(o.clone(), descr),
                    (MethodKind::Class, _) => self.new_bound_method(Value::Obj(cls.clone()), descr),
                    _ => descr,
                })
            }
            Some(Payload::HostFunction(h)) => {
                return Ok(match (h.kind, obj) {
                    (MethodKind::Method, Some(o)) => self.new_bound_builtin(o.clone(), descr),
                    _ => descr,
                })
            }
            Some(Payload::StaticMethod(f)) => return Ok(f.borrow().clone()),
            Some(Payload::ClassMethod(f)) => {
                let f = f.borrow().clone();
                return Ok(self.new_bound_method(Value::Obj(cls.clone()), f));
            }
            Some(Payload::Property(p)) => {
                return match obj {
                    None => Ok(descr),
                    Some(o) => crate::types::property::property_get(self, p, o),
                }
            }
            Some(Payload::GetSet { get, .. }) => {
                return match obj {
                    None => Ok(descr),
                    Some(o) => get(self, o),
                }
            }
            Some(Payload::Member { name, index, .. }) => {
                return match obj {
                    None => Ok(descr),
                    Some(o) => {
                        let slot = o.as_obj().and_then(|x| x.slot_values().get(*index));
                        match slot.and_then(|s| s.borrow().clone()) {
                            Some(v) => Ok(v),
                            None => Err(self.attribute_error(format!(
                                "'{}' object has no attribute '{name}'",
                                self.type_name_of(o)
                            ))),
                        }
                    }
                }
            }
            _ => {}
        }
        let getter = self
            .class_of(&descr)
            .as_type()
            .and_then(|t| t.dunder(Dunder::Get));
        match getter {
            Some(g) => {
                let inst = obj.cloned().unwrap_or(Value::None);
                self.call(
                    &g,
                    Args::positional(&[descr, inst, Value::Obj(cls.clone())]),
                )
            }
            None => Ok(descr),
        }
    }

    /// `getattr(obj, name)`; `name` must be a str (interned when possible).
    pub fn get_attr(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        match self.lookup_attr(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `getattr(obj, name)`, but `None` instead of raising AttributeError
    /// when the attribute is simply missing.
    pub fn lookup_attr(&self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj);
        let Some(t) = cls.as_type() else {
            return Ok(None);
        };
        let custom = t.dunder(Dunder::GetAttribute);
        let is_generic = matches!(custom.as_ref().and_then(Value::payload),
            Some(Payload::Builtin(b)) if b.owner.as_deref() == Some("object"));
        let found = if is_generic || custom.is_none() {
            match self.generic_getattr(obj, name) {
                Ok(v) => v,
                Err(e)
                    if t.dunder(Dunder::GetAttr).is_some()
                        && self.err_matches(&e, &self.exc.attribute_error) =>
                {
                    None
                }
                Err(e) => return Err(e),
            }
        } else if let Some(f) = custom {
            match self.call(&f, Args::positional(&[obj.clone(), name.clone()])) {
                Ok(v) => Some(v),
                Err(e) if self.err_matches(&e, &self.exc.attribute_error) => {
                    if t.dunder(Dunder::GetAttr).is_none() {
                        return Err(e);
                    }
                    None
                }
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        if found.is_some() {
            return Ok(found);
        }
        match t.dunder(Dunder::GetAttr) {
            Some(f) => self
                .call(&f, Args::positional(&[obj.clone(), name.clone()]))
                .map(Some),
            None => Ok(None),
        }
    }

    /// `object.__getattribute__` (and `type.__getattribute__` for types),
    /// without `__getattr__`.
    pub fn generic_getattr(&self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if let Some(o) = obj.as_obj() {
            if o.as_type().is_some() {
                return self.type_getattr(o, name);
            }
        }
        let cls = self.class_of(obj).clone();
        let descr = mro_lookup(&cls, name);
        if let Some(d) = &descr {
            if let DescrKind::Data = self.descr_kind(d) {
                return self.descr_get(d.clone(), Some(obj), &cls).map(Some);
            }
        }
        if let Some(o) = obj.as_obj() {
            let found = o.dict().and_then(|slot| {
                slot.with(|d| obj_dict_table(d).and_then(|t| t.borrow().get_str(name)))
            });
            if let Some(v) = found {
                return Ok(Some(v));
            }
            if let Payload::Module(m) = &o.payload {
                let table = obj_dict_table(&m.dict);
                if let Some(v) = table.and_then(|t| t.borrow().get_str(name)) {
                    return Ok(Some(v));
                }
                if descr.is_none() {
                    // PEP 562: a module-level `__getattr__` answers names
                    // the module does not have.
                    let hook = self.intern("__getattr__");
                    let hook = table.and_then(|t| t.borrow().get_str(&hook));
                    if let Some(f) = hook {
                        return self
                            .call(&f, Args::positional(std::slice::from_ref(name)))
                            .map(Some);
                    }
                }
            }
        }
        match descr {
            Some(d) => self.descr_get(d, Some(obj), &cls).map(Some),
            None => Ok(None),
        }
    }

    /// Attribute lookup on a type object: the metatype's data descriptors,
    /// then the type's own MRO, then the metatype's other attributes.
    fn type_getattr(&self, t: &ObjRef, name: &Value) -> PyResult<Option<Value>> {
        let tv = Value::Obj(t.clone());
        let meta = self.class_of(&tv).clone();
        let meta_attr = mro_lookup(&meta, name);
        if let Some(d) = &meta_attr {
            if let DescrKind::Data = self.descr_kind(d) {
                return self.descr_get(d.clone(), Some(&tv), &meta).map(Some);
            }
        }
        if let Some(v) = mro_lookup(t, name) {
            return self.descr_get(v, None, t).map(Some);
        }
        match meta_attr {
            Some(d) => self.descr_get(d, Some(&tv), &meta).map(Some),
            None => Ok(None),
        }
    }

    /// `setattr(obj, name, value)`.
    pub fn set_attr(&self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        if let Some(f) = cls.as_type().and_then(|t| t.dunder(Dunder::SetAttr)) {
            if !matches!(f.payload(), Some(Payload::Builtin(b)) if b.owner.as_deref() == Some("object"))
            {
                self.call(&f, Args::positional(&[obj.clone(), name.clone(), value]))?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, Some(value))
    }

    /// `delattr(obj, name)`.
    pub fn del_attr(&self, obj: &Value, name: &Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        if let Some(f) = cls.as_type().and_then(|t| t.dunder(Dunder::DelAttr)) {
            if !matches!(f.payload(), Some(Payload::Builtin(b)) if b.owner.as_deref() == Some("object"))
            {
                self.call(&f, Args::positional(&[obj.clone(), name.clone()]))?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (`value` None deletes).
    pub fn generic_setattr(&self, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
        if let Some(o) = obj.as_obj() {
            if let Some(t) = o.as_type() {
                return self.type_setattr(o, t, name, value);
            }
        }
        let cls = self.class_of(obj).clone();
        if let Some(d) = mro_lookup(&cls, name) {
            match d.payload() {
                Some(Payload::Property(p)) => {
                    return crate::types::property::property_set(self, p, obj, value)
                }
                Some(Payload::GetSet {
                    set,
                    name: attr,
                    owner,
                    ..
                }) => {
                    return match set {
                        Some(set) => set(self, obj, value),
                        None => Err(self.attribute_error(format!(
                            "attribute '{attr}' of '{owner}' objects is not writable"
                        ))),
                    }
                }
                Some(Payload::Member {
                    index, name: attr, ..
                }) => {
                    let slot = o_slot(obj, *index);
                    return match (slot, value) {
                        (Some(s), Some(v)) => {
                            *s.borrow_mut() = Some(v);
                            Ok(())
                        }
                        (Some(s), None) => {
                            if s.borrow_mut().take().is_none() {
                                return Err(self.attribute_error(format!(
                                    "'{}' object has no attribute '{attr}'",
                                    self.type_name_of(obj)
                                )));
                            }
                            Ok(())
                        }
                        _ => Err(self.type_error("descriptor applied to a wrong object".into())),
                    };
                }
                _ => {
                    let meta = self.class_of(&d).as_type();
                    let setter = meta.and_then(|m| {
                        if value.is_some() {
                            m.dunder(Dunder::Set)
                        } else {
                            m.dunder(Dunder::Delete)
                        }
                    });
                    if let Some(f) = setter {
                        match value {
                            Some(v) => self.call(&f, Args::positional(&[d, obj.clone(), v]))?,
                            None => self.call(&f, Args::positional(&[d, obj.clone()]))?,
                        };
                        return Ok(());
                    }
                }
            }
        }
        let dict = obj.as_obj().and_then(|o| match &o.payload {
            Payload::Module(m) => Some(m.dict.clone()),
            _ => o.instance_dict(),
        });
        let Some(dict) = dict else {
            let attr = name.as_str().map_or("?", |s| s.as_str());
            if mro_lookup(&cls, name).is_some() {
                return Err(self.attribute_error(format!(
                    "'{}' object attribute '{attr}' is read-only",
                    self.type_name_of(obj)
                )));
            }
            return Err(self.no_attribute(obj, name));
        };
        let Some(table) = obj_dict_table(&dict) else {
            return Ok(());
        };
        match value {
            Some(v) => {
                table.borrow_mut().set_str(name.clone(), v);
                Ok(())
            }
            None => match table.borrow_mut().del_str(name) {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(obj, name)),
            },
        }
    }

    fn type_setattr(
        &self,
        o: &ObjRef,
        t: &crate::types::type_object::TypeData,
        name: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let tv = Value::Obj(o.clone());
        let meta = self.class_of(&tv).clone();
        if !Rc::ptr_eq(&meta, &self.types.type_) {
            if let Some(d) = mro_lookup(&meta, name) {
                if let DescrKind::Data = self.descr_kind(&d) {
                    if let Some(Payload::Property(p)) = d.payload() {
                        return crate::types::property::property_set(self, p, &tv, value);
                    }
                }
            }
        }
        let attr = name.as_str().map_or("?", |s| s.as_str()).to_string();
        if !t.heap {
            return Err(self.type_error(format!(
                "cannot set '{attr}' attribute of immutable type '{}'",
                t.name()
            )));
        }
        if let Some(d) = mro_lookup(&self.types.type_, name) {
            if let Some(Payload::GetSet { set: Some(set), .. }) = d.payload() {
                return set(self, &tv, value);
            }
        }
        match value {
            Some(v) => {
                t.namespace_mut().set_str(name.clone(), v);
                crate::types::type_object::invalidate_attr_cache(o);
            }
            None => {
                crate::types::type_object::invalidate_attr_cache(o);
                if t.namespace_mut().del_str(name).is_none() {
                    return Err(self.attribute_error(format!(
                        "type object '{}' has no attribute '{attr}'",
                        t.name()
                    )));
                }
            }
        }
        if attr.starts_with("__") && crate::dunder::Dunder::from_name(&attr).is_some() {
            refresh_dunders(self, o);
        }
        Ok(())
    }
}

fn o_slot(obj: &Value, index: usize) -> Option<&std::cell::RefCell<Option<Value>>> {
    obj.as_obj().and_then(|o| o.slot_values().get(index))
}
