//! `property`, `staticmethod` and `classmethod`: the descriptor types
//! users build classes with.

use std::cell::RefCell;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;

/// The data of a property object.
pub struct PropertyData {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// The attribute name, from `__set_name__`, for error messages.
    pub name: RefCell<Value>,
}

fn prop_name(p: &PropertyData) -> String {
    p.name
        .borrow()
        .as_str()
        .map(|s| format!(" '{}'", s.as_str()))
        .unwrap_or_default()
}

/// `property.__get__(obj)`.
pub fn property_get(vm: &Vm, p: &PropertyData, obj: &Value) -> PyResult<Value> {
    let f = p.fget.borrow().clone();
    if f.is_none() {
        return Err(vm.attribute_error(format!(
            "property{} of '{}' object has no getter",
            prop_name(p),
            vm.type_name_of(obj)
        )));
    }
    vm.call(&f, Args::positional(std::slice::from_ref(obj)))
}

/// `property.__set__` (`Some`) or `__delete__` (`None`).
pub fn property_set(vm: &Vm, p: &PropertyData, obj: &Value, value: Option<Value>) -> PyResult<()> {
    match value {
        Some(v) => {
            let f = p.fset.borrow().clone();
            if f.is_none() {
                return Err(vm.attribute_error(format!(
                    "property{} of '{}' object has no setter",
                    prop_name(p),
                    vm.type_name_of(obj)
                )));
            }
            vm.call(&f, Args::positional(&[obj.clone(), v]))?;
        }
        None => {
            let f = p.fdel.borrow().clone();
            if f.is_none() {
                return Err(vm.attribute_error(format!(
                    "property{} of '{}' object has no deleter",
                    prop_name(p),
                    vm.type_name_of(obj)
                )));
            }
            vm.call(&f, Args::positional(std::slice::from_ref(obj)))?;
        }
    }
    Ok(())
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PropertyData> {
    match v.payload() {
        Some(Payload::Property(p)) => Ok(p),
        _ => Err(vm.type_error("descriptor requires a 'property' object".into())),
    }
}

fn property_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = args
        .values
        .first()
        .and_then(Value::as_obj)
        .cloned()
        .unwrap_or_else(|| vm.types.property.clone());
    Ok(vm.new_object(
        cls,
        Payload::Property(Box::new(PropertyData {
            fget: RefCell::new(Value::None),
            fset: RefCell::new(Value::None),
            fdel: RefCell::new(Value::None),
            doc: RefCell::new(Value::None),
            name: RefCell::new(Value::None),
        })),
    ))
}

fn property_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = this(vm, args.values.first().unwrap_or(&Value::None))?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    if rest.values.len() > 4 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            rest.values.len()
        )));
    }
    let [fget, fset, fdel, doc] = rest.bind(vm, "property", ["fget", "fset", "fdel", "doc"], 4)?;
    let fget = fget.unwrap_or(Value::None);
    let doc = match doc {
        Some(d) if !d.is_none() => d,
        _ if !fget.is_none() => vm
            .lookup_attr(&fget, &vm.intern("__doc__"))?
            .unwrap_or(Value::None),
        _ => Value::None,
    };
    *p.fget.borrow_mut() = fget;
    *p.fset.borrow_mut() = fset.unwrap_or(Value::None);
    *p.fdel.borrow_mut() = fdel.unwrap_or(Value::None);
    *p.doc.borrow_mut() = doc;
    Ok(Value::None)
}

fn property_get_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__get__", 2, 3)?;
    let p = this(vm, &a[0])?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    property_get(vm, p, &a[1])
}

fn property_set_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__set__", 3, 3)?;
    property_set(vm, this(vm, &a[0])?, &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}

fn property_delete_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__delete__", 2, 2)?;
    property_set(vm, this(vm, &a[0])?, &a[1], None)?;
    Ok(Value::None)
}

fn property_set_name(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__set_name__", 3, 3)?;
    *this(vm, &a[0])?.name.borrow_mut() = a[2].clone();
    Ok(Value::None)
}

/// A copy of a property with one accessor replaced (`@x.setter`).
fn with_accessor(vm: &Vm, args: Args, which: usize) -> PyResult<Value> {
    let a = args.count(vm, "setter", 2, 2)?;
    let p = this(vm, &a[0])?;
    let cls = vm.class_of(&a[0]).clone();
    let mut parts = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    parts[which] = a[1].clone();
    let [fget, fset, fdel] = parts;
    Ok(vm.new_object(
        cls,
        Payload::Property(Box::new(PropertyData {
            fget: RefCell::new(fget),
            fset: RefCell::new(fset),
            fdel: RefCell::new(fdel),
            doc: RefCell::new(p.doc.borrow().clone()),
            name: RefCell::new(p.name.borrow().clone()),
        })),
    ))
}

fn property_getter(vm: &Vm, args: Args) -> PyResult<Value> {
    with_accessor(vm, args, 0)
}

fn property_setter(vm: &Vm, args: Args) -> PyResult<Value> {
    with_accessor(vm, args, 1)
}

fn property_deleter(vm: &Vm, args: Args) -> PyResult<Value> {
    with_accessor(vm, args, 2)
}

fn get_fget(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(this(vm, v)?.fget.borrow().clone())
}

fn get_fset(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(this(vm, v)?.fset.borrow().clone())
}

fn get_fdel(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(this(vm, v)?.fdel.borrow().clone())
}

fn get_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(this(vm, v)?.doc.borrow().clone())
}

fn set_doc(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    *this(vm, v)?.doc.borrow_mut() = new.unwrap_or(Value::None);
    Ok(())
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", property_new),
    MethodDef::method("__init__", property_init),
    MethodDef::method("__get__", property_get_method),
    MethodDef::method("__set__", property_set_method),
    MethodDef::method("__delete__", property_delete_method),
    MethodDef::method("__set_name__", property_set_name),
    MethodDef::method("getter", property_getter),
    MethodDef::method("setter", property_setter),
    MethodDef::method("deleter", property_deleter),
];

pub const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "fget",
        get: get_fget,
        set: None,
    },
    GetSetDef {
        name: "fset",
        get: get_fset,
        set: None,
    },
    GetSetDef {
        name: "fdel",
        get: get_fdel,
        set: None,
    },
    GetSetDef {
        name: "__doc__",
        get: get_doc,
        set: Some(set_doc),
    },
    GetSetDef {
        name: "__isabstractmethod__",
        get: get_property_abstract,
        set: None,
    },
];

fn wrapped<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<Value>> {
    match v.payload() {
        Some(Payload::StaticMethod(f) | Payload::ClassMethod(f)) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a staticmethod or classmethod".into())),
    }
}

/// `cls` and the one callable a staticmethod or classmethod wraps.
fn wrapper_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.no_keywords(vm, name)?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(pos)
}

fn staticmethod_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, &args, "staticmethod")?;
    let cls = a[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.staticmethod.clone());
    Ok(vm.new_object(cls, Payload::StaticMethod(RefCell::new(a[1].clone()))))
}

fn classmethod_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, &args, "classmethod")?;
    let cls = a[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.classmethod.clone());
    Ok(vm.new_object(cls, Payload::ClassMethod(RefCell::new(a[1].clone()))))
}

fn wrapper_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn staticmethod_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__get__", 2, 3)?;
    Ok(wrapped(vm, &a[0])?.borrow().clone())
}

fn staticmethod_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = wrapped(vm, args.values.first().unwrap_or(&Value::None))?
        .borrow()
        .clone();
    vm.call(
        &f,
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )
}

fn classmethod_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__get__", 2, 3)?;
    let f = wrapped(vm, &a[0])?.borrow().clone();
    let cls = match a.get(2) {
        Some(c) if !c.is_none() => c.clone(),
        _ => Value::Obj(vm.class_of(&a[1]).clone()),
    };
    Ok(vm.new_bound_method(cls, f))
}

fn wrapper_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let kind = match a[0].payload() {
        Some(Payload::StaticMethod(_)) => "staticmethod",
        _ => "classmethod",
    };
    let f = wrapped(vm, &a[0])?.borrow().clone();
    let inner = vm.repr_string(&f)?;
    Ok(vm.new_str(format!("<{kind}({inner})>")))
}

/// Whether any of `funcs` has a true `__isabstractmethod__`.
fn any_abstract(vm: &Vm, funcs: &[Value]) -> PyResult<bool> {
    let name = vm.intern("__isabstractmethod__");
    for f in funcs {
        if f.is_none() {
            continue;
        }
        if let Some(flag) = vm.lookup_attr(f, &name)? {
            if vm.truthy(&flag)? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

fn get_property_abstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    let p = this(vm, v)?;
    let funcs = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    any_abstract(vm, &funcs).map(Value::Bool)
}

fn get_wrapper_abstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = wrapped(vm, v)?.borrow().clone();
    any_abstract(vm, &[f]).map(Value::Bool)
}

fn get_wrapped_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = wrapped(vm, v)?.borrow().clone();
    Ok(vm
        .lookup_attr(&f, &vm.intern("__doc__"))?
        .unwrap_or(Value::None))
}

fn get_func(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(wrapped(vm, v)?.borrow().clone())
}

pub const STATICMETHOD_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", staticmethod_new),
    MethodDef::method("__init__", wrapper_init),
    MethodDef::method("__get__", staticmethod_get),
    MethodDef::method("__call__", staticmethod_call),
    MethodDef::method("__repr__", wrapper_repr),
];

pub const CLASSMETHOD_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", classmethod_new),
    MethodDef::method("__init__", wrapper_init),
    MethodDef::method("__get__", classmethod_get),
    MethodDef::method("__repr__", wrapper_repr),
];

pub const WRAPPER_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__func__",
        get: get_func,
        set: None,
    },
    GetSetDef {
        name: "__wrapped__",
        get: get_func,
        set: None,
    },
    GetSetDef {
        name: "__isabstractmethod__",
        get: get_wrapper_abstract,
        set: None,
    },
    GetSetDef {
        name: "__doc__",
        get: get_wrapped_doc,
        set: None,
    },
];
