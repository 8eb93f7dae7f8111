//! `bool`: a subclass of int with two values, `True` and `False`.

use crate::args::Args;
use crate::dunder::BinOp;
use crate::error::PyResult;
use crate::types::int::int_binop;
use crate::types::int_args::{new_class, wrapper0, wrapper_args};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

fn bool_new(vm: &Vm, args: Args) -> PyResult<Value> {
    new_class(vm, args, "bool", &vm.types.bool)?;
    args.no_keywords(vm, "bool")?;
    let pos = args.pos();
    match pos.len() {
        1 => Ok(Value::Bool(false)),
        2 => Ok(Value::Bool(vm.truthy(&pos[1])?)),
        n => Err(vm.type_error(format!("bool expected at most 1 argument, got {}", n - 1))),
    }
}

fn bool_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__repr__")?;
    Ok(vm.intern(if vm.truthy(&a[0])? { "True" } else { "False" }))
}

fn logic(vm: &Vm, args: Args, op: BinOp) -> PyResult<Value> {
    let a = wrapper_args(vm, args, op.forward().name(), 1)?;
    match (&a[0], &a[1]) {
        (Value::Bool(x), Value::Bool(y)) => Ok(Value::Bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        })),
        (x, y) => int_binop(vm, x, y, op),
    }
}

fn bool_and(vm: &Vm, args: Args) -> PyResult<Value> {
    logic(vm, args, BinOp::And)
}

fn bool_or(vm: &Vm, args: Args) -> PyResult<Value> {
    logic(vm, args, BinOp::Or)
}

fn bool_xor(vm: &Vm, args: Args) -> PyResult<Value> {
    logic(vm, args, BinOp::Xor)
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", bool_new),
    MethodDef::method("__repr__", bool_repr),
    MethodDef::method("__and__", bool_and),
    MethodDef::method("__rand__", bool_and),
    MethodDef::method("__or__", bool_or),
    MethodDef::method("__ror__", bool_or),
    MethodDef::method("__xor__", bool_xor),
    MethodDef::method("__rxor__", bool_xor),
];
