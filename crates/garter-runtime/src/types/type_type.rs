//! The methods and attributes of `type` itself: calling a class, making
//! one with `type(name, bases, ns)`, and `__name__`, `__mro__`,
//! `__bases__`, `isinstance`/`issubclass` hooks.

use std::rc::Rc;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::class_new::{new_class, new_namespace};
use crate::types::type_object::{full_mro, is_subtype, type_name, GetSetDef, MethodDef, TypeData};
use crate::value::{ObjRef, Value};
use crate::Vm;

fn type_self<'a>(vm: &Vm, v: &'a Value) -> PyResult<(&'a ObjRef, &'a TypeData)> {
    match v.as_obj() {
        Some(o) => match o.as_type() {
            Some(t) => Ok((o, t)),
            None => Err(vm.type_error(format!(
                "descriptor requires a 'type' object but received a '{}'",
                vm.type_name_of(v)
            ))),
        },
        None => Err(vm.type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            vm.type_name_of(v)
        ))),
    }
}

fn type_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let values = args.values;
    let Some(first) = values.first() else {
        return Err(
            vm.type_error("descriptor '__call__' of 'type' object needs an argument".into())
        );
    };
    if first.as_obj().and_then(|o| o.as_type()).is_none() {
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            vm.type_name_of(first)
        )));
    }
    let (cls, _) = type_self(vm, first)?;
    vm.call_type(
        cls,
        Args {
            values: &values[1..],
            kwnames: args.kwnames,
        },
    )
}

fn type_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(meta) = pos.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments".into()));
    };
    if pos.len() == 2 && !args.has_keywords() {
        return Ok(Value::Obj(vm.class_of(&pos[1]).clone()));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments".into()));
    }
    let Some(meta) = meta.as_obj().filter(|m| m.as_type().is_some()) else {
        return Err(vm.type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            vm.type_name_of(meta)
        )));
    };
    if !is_metaclass(vm, meta) {
        let n = type_name(meta);
        return Err(vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    let name = pos[1].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name_of(&pos[1])
        ))
    })?;
    let bases = match pos[2].payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name_of(&pos[2])
            )))
        }
    };
    for b in &bases {
        if b.as_obj().and_then(|o| o.as_type()).is_none()
            && vm.lookup_attr(b, &vm.intern("__mro_entries__"))?.is_some()
        {
            return Err(vm.type_error(
                "type() doesn't support MRO entry resolution; use types.new_class()".into(),
            ));
        }
    }
    let meta = winning_metaclass(vm, meta, &bases)?;
    let mut base_types = Vec::with_capacity(bases.len());
    for b in &bases {
        match b.as_obj().filter(|o| o.as_type().is_some()) {
            Some(o) => base_types.push(o.clone()),
            None => return Err(vm.type_error("bases must be types".into())),
        }
    }
    let Some(ns) = pos[3]
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Dict(_)))
    else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name_of(&pos[3])
        )));
    };
    let kw = Args {
        values: &args.values[pos.len()..],
        kwnames: args.kwnames,
    };
    new_class(vm, &meta, name.as_str(), base_types, ns, kw)
}

/// The most derived of `meta` and the metaclasses of `bases`; TypeError
/// when they are not in one line of inheritance.
fn winning_metaclass(vm: &Vm, meta: &ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for b in bases {
        let candidate = vm.class_of(b);
        if is_subtype(&winner, candidate) {
            continue;
        }
        if is_subtype(candidate, &winner) {
            winner = candidate.clone();
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
                .into(),
        ));
    }
    Ok(winner)
}

fn type_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let n = args.pos().len().saturating_sub(1);
    if args.has_keywords() && n == 1 {
        return Err(vm.type_error("type.__init__() takes no keyword arguments".into()));
    }
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments".into()));
    }
    Ok(Value::None)
}

fn type_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let (_, t) = type_self(vm, &a[0])?;
    let module = t.namespace().get_str(&vm.intern("__module__"));
    let qual = t.qualname.borrow().clone();
    Ok(vm.new_str(match module.as_ref().and_then(Value::as_str) {
        Some(m) if m.as_str() != "builtins" => format!("<class '{}.{qual}'>", m.as_str()),
        _ => format!("<class '{qual}'>"),
    }))
}

fn type_mro(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "mro", 1, 1)?;
    let (cls, _) = type_self(vm, &a[0])?;
    Ok(vm.new_list(full_mro(cls).into_iter().map(Value::Obj).collect()))
}

fn type_subclasses(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__subclasses__", 1, 1)?;
    let (_, t) = type_self(vm, &a[0])?;
    let subs = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(std::rc::Weak::upgrade)
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(subs))
}

fn type_instancecheck(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__instancecheck__", 2, 2)?;
    let (cls, _) = type_self(vm, &a[0])?;
    Ok(Value::Bool(vm.is_instance_of(&a[1], cls)))
}

fn type_subclasscheck(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__subclasscheck__", 2, 2)?;
    let (cls, _) = type_self(vm, &a[0])?;
    let sub = a[1]
        .as_obj()
        .filter(|o| o.as_type().is_some())
        .ok_or_else(|| vm.type_error("issubclass() arg 1 must be a class".into()))?;
    Ok(Value::Bool(is_subtype(sub, cls)))
}

fn type_dir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__dir__", 1, 1)?;
    let (cls, _) = type_self(vm, &a[0])?;
    let names = crate::types::object::unique_names(crate::types::object::mro_names(cls));
    Ok(vm.new_list(names))
}

fn type_prepare(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(new_namespace(vm))
}

fn get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (_, t) = type_self(vm, v)?;
    let name = t.name();
    if t.heap {
        return Ok(vm.new_str(name));
    }
    // A builtin type's `__name__` drops its module ("array.array").
    Ok(vm.new_str(name.rsplit('.').next().unwrap_or_default().to_string()))
}

fn set_name(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let (_, t) = type_self(vm, v)?;
    match new.as_ref().and_then(Value::as_str) {
        Some(s) => {
            *t.name.borrow_mut() = s.as_str().to_string().into();
            Ok(())
        }
        None => Err(vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.name(),
            new.as_ref().map(|n| vm.type_name_of(n)).unwrap_or_default()
        ))),
    }
}

fn get_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (_, t) = type_self(vm, v)?;
    Ok(vm.new_str(t.qualname.borrow().to_string()))
}

fn set_qualname(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let (_, t) = type_self(vm, v)?;
    match new.as_ref().and_then(Value::as_str) {
        Some(s) => {
            *t.qualname.borrow_mut() = s.as_str().to_string().into();
            Ok(())
        }
        None => Err(vm.type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            t.name(),
            new.as_ref().map(|n| vm.type_name_of(n)).unwrap_or_default()
        ))),
    }
}

/// `__module__`: the class namespace's entry; a builtin type without one
/// is in `builtins` (or the module its dotted name starts with).
fn get_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (_, t) = type_self(vm, v)?;
    let own = t.namespace().get_str(&vm.intern("__module__"));
    if let Some(m) = own {
        return Ok(m);
    }
    let name = t.name();
    Ok(match name.rsplit_once('.') {
        Some((module, _)) => vm.new_str(module.to_string()),
        None => vm.intern("builtins"),
    })
}

fn set_module(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let (cls, t) = type_self(vm, v)?;
    if !t.heap {
        return Err(vm.type_error(format!(
            "cannot set '__module__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    let Some(new) = new else {
        return Err(vm.type_error(format!(
            "cannot delete '__module__' attribute of immutable type '{}'",
            t.name()
        )));
    };
    t.namespace_mut().set_str(vm.intern("__module__"), new);
    crate::types::type_object::invalidate_attr_cache(cls);
    Ok(())
}

fn get_mro(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (cls, _) = type_self(vm, v)?;
    Ok(vm.new_tuple(full_mro(cls).into_iter().map(Value::Obj).collect()))
}

fn get_bases(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (_, t) = type_self(vm, v)?;
    Ok(vm.new_tuple(t.bases.borrow().iter().cloned().map(Value::Obj).collect()))
}

/// `__base__`: CPython's "best base", the base whose instance layout the
/// class extends (the first base whose layout is not plain `object`'s,
/// else the first base).
fn get_base(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (_, t) = type_self(vm, v)?;
    let bases = t.bases.borrow();
    let solid = bases.iter().find(|b| {
        b.as_type()
            .is_some_and(|bt| bt.layout != crate::types::type_object::Layout::Object)
    });
    Ok(solid
        .or_else(|| bases.first())
        .cloned()
        .map_or(Value::None, Value::Obj))
}

fn get_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (cls, _) = type_self(vm, v)?;
    Ok(vm.new_mappingproxy(cls.clone()))
}

fn get_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (_, t) = type_self(vm, v)?;
    Ok(t.namespace()
        .get_str(&vm.intern("__doc__"))
        .unwrap_or(Value::None))
}

/// A class's own `__annotations__`; a class statement without annotations
/// gets an empty dict on first access, as in CPython 3.10+.
fn get_annotations(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (cls, t) = type_self(vm, v)?;
    let key = vm.intern("__annotations__");
    let found = t.namespace().get_str(&key);
    if let Some(found) = found {
        return Ok(found);
    }
    if !t.heap {
        return Err(vm.attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            t.name()
        )));
    }
    let fresh = vm.new_dict(crate::types::dict::DictTable::new());
    t.namespace_mut().set_str(key, fresh.clone());
    crate::types::type_object::invalidate_attr_cache(cls);
    Ok(fresh)
}

fn set_annotations(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let (cls, t) = type_self(vm, v)?;
    if !t.heap {
        return Err(vm.type_error(format!(
            "cannot set '__annotations__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    let key = vm.intern("__annotations__");
    let removed = match new {
        Some(value) => {
            t.namespace_mut().set_str(key, value);
            true
        }
        None => t.namespace_mut().del_str(&key).is_some(),
    };
    crate::types::type_object::invalidate_attr_cache(cls);
    if removed {
        Ok(())
    } else {
        Err(vm.attribute_error("__annotations__".into()))
    }
}

/// Whether `cls` is `type` or a subclass of it (a metaclass).
pub fn is_metaclass(vm: &Vm, cls: &ObjRef) -> bool {
    is_subtype(cls, &vm.types.type_) || Rc::ptr_eq(cls, &vm.types.type_)
}

/// `type(x).__name__` for messages about a class value.
pub fn class_name(v: &Value) -> String {
    v.as_obj().map(type_name).unwrap_or_default()
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__call__", type_call),
    MethodDef::static_("__new__", type_new),
    MethodDef::method("__init__", type_init),
    MethodDef::method("__repr__", type_repr),
    MethodDef::method("mro", type_mro),
    MethodDef::method("__dir__", type_dir),
    MethodDef::method("__subclasses__", type_subclasses),
    MethodDef::method("__instancecheck__", type_instancecheck),
    MethodDef::method("__subclasscheck__", type_subclasscheck),
    MethodDef::class("__prepare__", type_prepare),
    MethodDef::method("__or__", crate::types::union_type::or_method),
    MethodDef::method("__ror__", crate::types::union_type::ror_method),
];

pub const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: get_name,
        set: Some(set_name),
    },
    GetSetDef {
        name: "__qualname__",
        get: get_qualname,
        set: Some(set_qualname),
    },
    GetSetDef {
        name: "__module__",
        get: get_module,
        set: Some(set_module),
    },
    GetSetDef {
        name: "__mro__",
        get: get_mro,
        set: None,
    },
    GetSetDef {
        name: "__bases__",
        get: get_bases,
        set: None,
    },
    GetSetDef {
        name: "__base__",
        get: get_base,
        set: None,
    },
    GetSetDef {
        name: "__dict__",
        get: get_dict,
        set: None,
    },
    GetSetDef {
        name: "__doc__",
        get: get_doc,
        set: None,
    },
    GetSetDef {
        name: "__annotations__",
        get: get_annotations,
        set: Some(set_annotations),
    },
];
