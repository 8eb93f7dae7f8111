//! `super`: attribute lookup that starts after a class in an object's MRO.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::{full_mro, is_subtype, GetSetDef, MethodDef};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// The data of a super object.
pub struct SuperData {
    /// The class whose successors are searched.
    pub this_class: ObjRef,
    /// The bound object (an instance, or a class for class methods);
    /// None for an unbound super.
    pub obj: Value,
    /// The type whose MRO is searched; None for an unbound super.
    pub obj_type: Option<ObjRef>,
}

fn super_new(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_keywords(vm, "super")?;
    let pos = &args.pos()[1..];
    let (this_class, obj) = match pos {
        [] => vm.evaluator()?.zero_arg_super(vm)?,
        [t] => (t.clone(), Value::None),
        [t, o] => (t.clone(), o.clone()),
        _ => {
            return Err(vm.type_error(format!(
                "super() takes at most 2 arguments ({} given)",
                pos.len()
            )))
        }
    };
    let Some(this_class) = this_class
        .as_obj()
        .filter(|o| o.as_type().is_some())
        .cloned()
    else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name_of(&this_class)
        )));
    };
    let obj_type = match obj.as_obj().filter(|o| o.as_type().is_some()) {
        _ if obj.is_none() && pos.len() == 1 => None,
        Some(t) if is_subtype(t, &this_class) => Some(t.clone()),
        _ if vm.is_instance_of(&obj, &this_class) => Some(vm.class_of(&obj).clone()),
        _ => {
            return Err(vm
                .type_error("super(type, obj): obj must be an instance or subtype of type".into()))
        }
    };
    Ok(vm.new_object(
        vm.types.super_.clone(),
        Payload::Super(SuperData {
            this_class,
            obj,
            obj_type,
        }),
    ))
}

fn super_getattribute(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__getattribute__", 2, 2)?;
    let Some(Payload::Super(s)) = a[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'super' object".into()));
    };
    let name = &a[1];
    let skip = name.as_str().is_some_and(|n| n.as_str() == "__class__");
    if let (false, Some(obj_type)) = (skip, &s.obj_type) {
        let mro = full_mro(obj_type);
        let start = mro
            .iter()
            .position(|c| std::rc::Rc::ptr_eq(c, &s.this_class))
            .map_or(mro.len(), |i| i + 1);
        for cls in &mro[start..] {
            let found = cls.as_type().and_then(|t| t.namespace().get_str(name));
            if let Some(v) = found {
                let inst = if s
                    .obj
                    .as_obj()
                    .is_some_and(|o| std::rc::Rc::ptr_eq(o, obj_type))
                {
                    None
                } else {
                    Some(&s.obj)
                };
                return vm.descr_get(v, inst, obj_type);
            }
        }
    }
    match vm.generic_getattr(&a[0], name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!(
            "'super' object has no attribute '{}'",
            name.as_str().map_or("?", |n| n.as_str())
        ))),
    }
}

fn super_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let Some(Payload::Super(s)) = a[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'super' object".into()));
    };
    let this = crate::types::type_object::type_name(&s.this_class);
    Ok(vm.new_str(match &s.obj_type {
        Some(t) => format!(
            "<super: <class '{this}'>, <{} object>>",
            crate::types::type_object::type_name(t)
        ),
        None => format!("<super: <class '{this}'>, NULL>"),
    }))
}

fn super_data<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a SuperData> {
    match v.payload() {
        Some(Payload::Super(s)) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a 'super' object".into())),
    }
}

fn get_thisclass(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(super_data(vm, v)?.this_class.clone()))
}

fn get_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(super_data(vm, v)?.obj.clone())
}

fn get_self_class(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(super_data(vm, v)?
        .obj_type
        .clone()
        .map_or(Value::None, Value::Obj))
}

pub const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__thisclass__",
        get: get_thisclass,
        set: None,
    },
    GetSetDef {
        name: "__self__",
        get: get_self,
        set: None,
    },
    GetSetDef {
        name: "__self_class__",
        get: get_self_class,
        set: None,
    },
];

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", super_new),
    MethodDef::method("__getattribute__", super_getattribute),
    MethodDef::method("__repr__", super_repr),
];
