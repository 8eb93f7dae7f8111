//! `None`, `NotImplemented` and `Ellipsis`: the singletons.

use crate::args::Args;
use crate::error::PyResult;
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

fn none_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "__repr__", 1, 1)?;
    Ok(vm.intern("None"))
}

fn none_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "__bool__", 1, 1)?;
    Ok(Value::Bool(false))
}

fn none_new(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(vm.type_error("NoneType takes no arguments".into()));
    }
    Ok(Value::None)
}

fn not_implemented_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "__repr__", 1, 1)?;
    Ok(vm.intern("NotImplemented"))
}

fn not_implemented_new(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(vm.type_error("NotImplementedType takes no arguments".into()));
    }
    Ok(vm.not_implemented.clone())
}

fn ellipsis_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "__repr__", 1, 1)?;
    Ok(vm.intern("Ellipsis"))
}

fn ellipsis_new(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(vm.type_error("ellipsis takes no arguments".into()));
    }
    Ok(vm.ellipsis.clone())
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", none_new),
    MethodDef::method("__repr__", none_repr),
    MethodDef::method("__bool__", none_bool),
];

pub const NOT_IMPLEMENTED_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", not_implemented_new),
    MethodDef::method("__repr__", not_implemented_repr),
];

pub const ELLIPSIS_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", ellipsis_new),
    MethodDef::method("__repr__", ellipsis_repr),
];
