//! `super`: attribute lookup that starts after a class in an object's MRO.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::{full_mro, is_subtype, MethodDef};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// The data of a super object.
pub struct SuperData {
    /// The class whose successors are searched.
    pub this_class: ObjRef,
    /// The bound object (an instance, or a class for class methods).
    pub obj: Value,
    /// The type whose MRO is searched.
    pub obj_type: ObjRef,
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
    if obj.is_none() && pos.len() == 1 {
        return Err(vm.type_error("unbound super objects are not supported".into()));
    }
    let obj_type = match obj.as_obj().filter(|o| o.as_type().is_some()) {
        Some(t) if is_subtype(t, &this_class) => t.clone(),
        _ if vm.is_instance_of(&obj, &this_class) => vm.class_of(&obj).clone(),
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
    if !skip {
        let mro = full_mro(&s.obj_type);
        let start = mro
            .iter()
            .position(|c| std::rc::Rc::ptr_eq(c, &s.this_class))
            .map_or(mro.len(), |i| i + 1);
        for cls in &mro[start..] {
            let found = cls.as_type().and_then(|t| t.dict.borrow().get_str(name));
            if let Some(v) = found {
                let inst = if s
                    .obj
                    .as_obj()
                    .is_some_and(|o| std::rc::Rc::ptr_eq(o, &s.obj_type))
                {
                    None
                } else {
                    Some(&s.obj)
                };
                return vm.descr_get(v, inst, &s.obj_type);
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
    let t = crate::types::type_object::type_name(&s.obj_type);
    Ok(vm.new_str(format!("<super: <class '{this}'>, <{t} object>>")))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", super_new),
    MethodDef::method("__getattribute__", super_getattribute),
    MethodDef::method("__repr__", super_repr),
];
