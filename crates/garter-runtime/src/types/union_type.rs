//! `types.UnionType`: what `int | None` and `list[int] | str` make. It
//! keeps the flattened, de-duplicated member classes, prints as
//! `int | None`, compares as a set, and `isinstance`/`issubclass` accept
//! it like a tuple of its members.

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::generic_alias::{is_generic_alias, item_repr};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;

/// The data of a union: its members, always a tuple.
pub struct UnionData {
    pub args: Value,
}

fn union_data(v: &Value) -> Option<&UnionData> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<UnionData>(),
        _ => None,
    }
}

fn union_self<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a UnionData> {
    union_data(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'types.UnionType' object but received a '{}'",
            vm.type_name_of(v)
        ))
    })
}

/// The members `v` contributes to a union, or None when `v` cannot be
/// part of one (only classes, None, generic aliases and unions can).
fn members(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    if v.is_none() {
        return Some(vec![Value::Obj(vm.types.none_type.clone())]);
    }
    if let Some(u) = union_data(v) {
        return Some(vm.tuple_items(&u.args));
    }
    let is_class = v.as_obj().is_some_and(|o| o.as_type().is_some());
    (is_class || is_generic_alias(v)).then(|| vec![v.clone()])
}

/// `a | b` for classes, None, generic aliases and unions: a union of
/// both sides' members without repeats (a single member is itself), or
/// NotImplemented for other operands.
pub fn union_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(left), Some(right)) = (members(vm, a), members(vm, b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let mut items: Vec<Value> = Vec::new();
    for item in left.into_iter().chain(right) {
        let mut seen = false;
        for kept in &items {
            if kept.is(&item) || (is_generic_alias(kept) && vm.eq(kept, &item)?) {
                seen = true;
                break;
            }
        }
        if !seen {
            items.push(item);
        }
    }
    if items.len() == 1 {
        return Ok(items.remove(0));
    }
    let args = vm.new_tuple(items);
    Ok(vm.new_object(
        vm.types.union_type.clone(),
        Payload::Native(Box::new(UnionData { args })),
    ))
}

/// `__or__`, shared by `type`, `types.GenericAlias` and `types.UnionType`.
pub fn or_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__or__", 2, 2)?;
    union_or(vm, &a[0], &a[1])
}

/// `__ror__`, shared like `__or__`.
pub fn ror_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__ror__", 2, 2)?;
    union_or(vm, &a[1], &a[0])
}

fn union_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let u = union_self(vm, &a[0])?;
    let _guard = vm.enter(" while getting the repr of an object")?;
    let mut parts = Vec::new();
    for item in vm.tuple_items(&u.args) {
        let none_type = item
            .as_obj()
            .is_some_and(|o| std::rc::Rc::ptr_eq(o, &vm.types.none_type));
        parts.push(if none_type {
            "None".to_string()
        } else {
            item_repr(vm, &item)?
        });
    }
    Ok(vm.new_str(parts.join(" | ")))
}

fn frozen_args(vm: &Vm, u: &UnionData) -> PyResult<Value> {
    let frozenset = Value::Obj(vm.types.frozenset.clone());
    vm.call(&frozenset, Args::positional(std::slice::from_ref(&u.args)))
}

fn union_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__eq__", 2, 2)?;
    let u = union_self(vm, &a[0])?;
    let Some(other) = union_data(&a[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    let (mine, theirs) = (frozen_args(vm, u)?, frozen_args(vm, other)?);
    Ok(Value::Bool(vm.eq(&mine, &theirs)?))
}

fn union_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__hash__", 1, 1)?;
    let frozen = frozen_args(vm, union_self(vm, &a[0])?)?;
    Ok(Value::Int(vm.hash(&frozen)?))
}

fn union_instancecheck(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__instancecheck__", 2, 2)?;
    let members = vm.tuple_items(&union_self(vm, &a[0])?.args);
    for member in &members {
        if vm.isinstance(&a[1], member)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_subclasscheck(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__subclasscheck__", 2, 2)?;
    let members = vm.tuple_items(&union_self(vm, &a[0])?.args);
    for member in &members {
        if vm.issubclass(&a[1], member)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn get_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(union_self(vm, v)?.args.clone())
}

fn get_parameters(vm: &Vm, v: &Value) -> PyResult<Value> {
    union_self(vm, v)?;
    Ok(vm.empty_tuple.clone())
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", union_repr),
    MethodDef::method("__eq__", union_eq),
    MethodDef::method("__hash__", union_hash),
    MethodDef::method("__or__", or_method),
    MethodDef::method("__ror__", ror_method),
    MethodDef::method("__instancecheck__", union_instancecheck),
    MethodDef::method("__subclasscheck__", union_subclasscheck),
];

pub const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__args__",
        get: get_args,
        set: None,
    },
    GetSetDef {
        name: "__parameters__",
        get: get_parameters,
        set: None,
    },
];
