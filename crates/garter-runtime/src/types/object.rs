//! `object`: the root of every class; the default behaviour (identity
//! equality and hash, the generic attribute protocol, the default `repr`)
//! that user classes inherit.

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::dict::obj_dict_table;
use crate::types::object_reduce;
use crate::types::type_object::{GetSetDef, Layout, MethodDef};
use crate::value::Value;
use crate::Vm;

/// Whether `cls` overrides the special method `d` (it is not `object`'s).
fn overrides(vm: &Vm, cls: &Value, d: Dunder) -> bool {
    let mine = cls
        .as_obj()
        .and_then(|c| c.as_type())
        .and_then(|t| t.dunder(d));
    let base = vm.types.object.as_type().and_then(|t| t.dunder(d));
    match (mine, base) {
        (Some(a), Some(b)) => !a.is(&b),
        _ => false,
    }
}

fn object_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments".into()));
    };
    let Some(t) = cls.as_obj().and_then(|c| c.as_type()) else {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name_of(cls)
        )));
    };
    if pos.len() > 1 || args.has_keywords() {
        if overrides(vm, cls, Dunder::New) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)".into(),
            ));
        }
        if !overrides(vm, cls, Dunder::Init) {
            return Err(vm.type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.layout != Layout::Object {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            t.name()
        )));
    }
    let missing = t.abstract_methods.borrow().clone();
    if !missing.is_empty() {
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{s} {}",
            t.name(),
            missing.join(", ")
        )));
    }
    let cls = cls
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    Ok(vm.new_object(cls, Payload::Plain))
}

fn object_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 1 || args.has_keywords() {
        let cls = pos
            .first()
            .map(|s| Value::Obj(vm.class_of(s).clone()))
            .unwrap_or(Value::None);
        if overrides(vm, &cls, Dunder::Init) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)".into(),
            ));
        }
        if !overrides(vm, &cls, Dunder::New) {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                crate::types::type_object::type_name(vm.class_of(&pos[0]))
            )));
        }
    }
    Ok(Value::None)
}

/// The default `repr`: `<module.Qualname object at 0x...>`.
pub fn default_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let cls = vm.class_of(v);
    let qual = cls
        .as_type()
        .map(|t| t.qualname.borrow().clone())
        .unwrap_or_default();
    let module = cls
        .as_type()
        .and_then(|t| t.namespace().get_str(&vm.intern("__module__")));
    let prefix = match module.as_ref().and_then(Value::as_str) {
        Some(m) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
        _ => String::new(),
    };
    Ok(format!("<{prefix}{qual} object at {:#x}>", v.identity()))
}

fn object_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    Ok(vm.new_str(default_repr(vm, &a[0])?))
}

fn object_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__str__", 1, 1)?;
    vm.repr(&a[0]).map(Value::Obj)
}

fn object_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__eq__", 2, 2)?;
    if a[0].is(&a[1]) {
        Ok(Value::Bool(true))
    } else {
        Ok(vm.not_implemented.clone())
    }
}

fn object_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__ne__", 2, 2)?;
    match vm.call_dunder(&a[0], Dunder::Eq, &[a[1].clone()])? {
        Some(r) if r.is(&vm.not_implemented) => Ok(r),
        Some(r) => Ok(Value::Bool(!vm.truthy(&r)?)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn object_not_implemented(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "__lt__", 2, 2)?;
    Ok(vm.not_implemented.clone())
}

fn object_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__hash__", 1, 1)?;
    Ok(Value::Int((a[0].identity() >> 4) as i64))
}

fn object_getattribute(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__getattribute__", 2, 2)?;
    attr_name(vm, &a[1])?;
    match vm.generic_getattr(&a[0], &a[1])? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&a[0], &a[1])),
    }
}

fn attr_name(vm: &Vm, name: &Value) -> PyResult<()> {
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name_of(name)
        )));
    }
    Ok(())
}

fn object_setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__setattr__", 3, 3)?;
    attr_name(vm, &a[1])?;
    vm.generic_setattr(&a[0], &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__delattr__", 2, 2)?;
    attr_name(vm, &a[1])?;
    vm.generic_setattr(&a[0], &a[1], None)?;
    Ok(Value::None)
}

fn object_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__format__", 2, 2)?;
    let spec = a[1].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name_of(&a[1])
        ))
    })?;
    if !spec.as_str().is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name_of(&a[0])
        )));
    }
    vm.str(&a[0]).map(Value::Obj)
}

fn object_init_subclass(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        let cls = args.pos().first().cloned().unwrap_or(Value::None);
        let name = cls
            .as_obj()
            .and_then(|c| c.as_type())
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_subclasshook(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

/// Names from each namespace in `tables`, each once, in first-seen order.
pub fn unique_names(tables: Vec<Vec<Value>>) -> Vec<Value> {
    let mut seen = std::collections::HashSet::new();
    let mut names = Vec::new();
    for key in tables.into_iter().flatten() {
        let text = key.as_str().map(|s| s.as_str().to_string());
        if let Some(text) = text {
            if seen.insert(text) {
                names.push(key);
            }
        }
    }
    names
}

/// The keys of every namespace along `cls`'s MRO.
pub fn mro_names(cls: &crate::value::ObjRef) -> Vec<Vec<Value>> {
    crate::types::type_object::full_mro(cls)
        .iter()
        .filter_map(|c| c.as_type())
        .map(|t| t.namespace().iter().map(|e| e.key.clone()).collect())
        .collect()
}

fn object_dir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__dir__", 1, 1)?;
    let mut tables: Vec<Vec<Value>> = Vec::new();
    if let Some(dict) = a[0].as_obj().and_then(|o| o.instance_dict()) {
        if let Some(d) = obj_dict_table(&dict) {
            tables.push(d.borrow().iter().map(|e| e.key.clone()).collect());
        }
    }
    tables.extend(mro_names(vm.class_of(&a[0])));
    Ok(vm.new_list(unique_names(tables)))
}

fn get_class(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(vm.class_of(v).clone()))
}

/// `obj.__class__ = cls`, with CPython's checks: both classes defined in
/// Python, and instances laid out alike.
fn set_class(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(vm.type_error("can't delete __class__ attribute".into()));
    };
    let Some(new_t) = new.as_obj().and_then(|o| o.as_type()) else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name_of(&new)
        )));
    };
    let old_heap = vm.class_of(v).as_type().is_some_and(|t| t.heap);
    if !(old_heap && new_t.heap) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses".into(),
        ));
    }
    let old = vm.class_of(v).clone();
    let old_t = old
        .as_type()
        .ok_or_else(|| vm.type_error("object has no class".into()))?;
    let same_layout = old_t.layout == new_t.layout
        && old_t.instance_dict == new_t.instance_dict
        && old_t.slot_count == new_t.slot_count;
    if !same_layout {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new_t.name(),
            old_t.name()
        )));
    }
    let (Some(obj), Some(cls)) = (v.as_obj(), new.as_obj()) else {
        return Ok(());
    };
    vm.set_class(obj, cls.clone());
    Ok(())
}

fn get_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.as_obj().and_then(|o| o.instance_dict()) {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(vm.no_attribute(v, &vm.intern("__dict__"))),
    }
}

/// `obj.__dict__ = d`: the instance's dict becomes `d` itself (a dict or
/// an instance of a dict subclass), shared with whoever else holds it.
/// `del obj.__dict__` gives an instance a fresh empty dict (functions and
/// exceptions refuse).
fn set_dict(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let fixed = matches!(v.payload(), Some(Payload::Function(_)))
        || crate::types::exception::exception_data(v).is_some();
    let new = match new {
        Some(new) => new,
        None if fixed => return Err(vm.type_error("cannot delete __dict__".into())),
        None => Value::Obj(vm.new_dict_obj(crate::types::dict::DictTable::new())),
    };
    let Some(dict) = new.as_obj().filter(|o| obj_dict_table(o).is_some()) else {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name_of(&new)
        )));
    };
    let Some(slot) = v.as_obj().and_then(|o| o.dict()) else {
        return Err(vm.no_attribute(v, &vm.intern("__dict__")));
    };
    match slot.replace(dict.clone()) {
        Ok(old) => {
            drop(old);
            Ok(())
        }
        Err(_) => Err(vm.runtime_error("__dict__ is in use".into())),
    }
}

fn get_weakref(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

/// `__dict__`, for the types whose instances carry one (classes defined
/// in Python, functions, exceptions).
pub const DICT_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__dict__",
    get: get_dict,
    set: Some(set_dict),
}];

/// `__weakref__`, always None (Garter has no weak references).
pub const WEAKREF_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__weakref__",
    get: get_weakref,
    set: None,
}];

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", object_new),
    MethodDef::method("__init__", object_init),
    MethodDef::method("__repr__", object_repr),
    MethodDef::method("__str__", object_str),
    MethodDef::method("__eq__", object_eq),
    MethodDef::method("__ne__", object_ne),
    MethodDef::method("__lt__", object_not_implemented),
    MethodDef::method("__le__", object_not_implemented),
    MethodDef::method("__gt__", object_not_implemented),
    MethodDef::method("__ge__", object_not_implemented),
    MethodDef::method("__hash__", object_hash),
    MethodDef::method("__getattribute__", object_getattribute),
    MethodDef::method("__setattr__", object_setattr),
    MethodDef::method("__delattr__", object_delattr),
    MethodDef::method("__format__", object_format),
    MethodDef::method("__dir__", object_dir),
    MethodDef::method("__reduce_ex__", object_reduce::object_reduce_ex),
    MethodDef::method("__reduce__", object_reduce::object_reduce),
    MethodDef::method("__getstate__", object_reduce::object_getstate),
    MethodDef::method("__sizeof__", object_reduce::object_sizeof),
    MethodDef::class("__init_subclass__", object_init_subclass),
    MethodDef::class("__subclasshook__", object_subclasshook),
];

pub const GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__class__",
    get: get_class,
    set: Some(set_class),
}];
