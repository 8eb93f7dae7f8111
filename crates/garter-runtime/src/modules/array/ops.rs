//! Operators of `array.array`: `+`, `+=`, `*`, `*=`, `in`, and the six
//! comparisons (item by item, against arrays only).

use crate::args::Args;
use crate::dunder::{CompareOp, Dunder};
use crate::error::PyResult;
use crate::modules::array::methods::extend_with;
use crate::modules::array::{as_array, item_eq, new_array, this};
use crate::object::Payload;
use crate::types::bytes_args::slot_args;
use crate::types::list::repeat_count;
use crate::types::sequence::{cant_multiply, reflected_answer};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

fn add(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__add__")?;
    let other = &slot_args(vm, &args, "__add__", 1)?[0];
    let Some(b) = as_array(other) else {
        return Err(vm.type_error(format!(
            "can only append array (not \"{}\") to array",
            vm.type_name_of(other)
        )));
    };
    if a.code != b.code {
        return Err(vm.type_error("bad argument type for built-in operation".into()));
    }
    let mut data = a.data.borrow().clone();
    data.extend_from_slice(&b.data.borrow());
    Ok(new_array(vm, a.code, data))
}

fn iadd(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__iadd__")?;
    let other = &slot_args(vm, &args, "__iadd__", 1)?[0];
    if as_array(other).is_none() {
        return Err(vm.type_error(format!(
            "can only extend array with array (not \"{}\")",
            vm.type_name_of(other)
        )));
    }
    extend_with(vm, a, other)?;
    Ok(args.values[0].clone())
}

/// `a * n` (`forward`) or `n * a`.
fn repeat(vm: &Vm, args: Args, name: &str, forward: bool) -> PyResult<Value> {
    let a = this(vm, &args, name)?;
    let n = &slot_args(vm, &args, name, 1)?[0];
    let Some(count) = repeat_count(vm, n)? else {
        // A builtin sequence has no number slot for CPython to try.
        let other_is_sequence = matches!(
            n.payload(),
            Some(
                Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
                    | Payload::Array(_)
            )
        );
        if forward && !other_is_sequence {
            if let Some(r) = reflected_answer(vm, &args.values[0], n, Dunder::RMul)? {
                return Ok(r);
            }
        }
        return Err(cant_multiply(vm, n));
    };
    let data = a.data.borrow().clone();
    let out = crate::types::bytes_ops::repeated(vm, &data, count)?;
    Ok(new_array(vm, a.code, out))
}

fn mul(vm: &Vm, args: Args) -> PyResult<Value> {
    repeat(vm, args, "__mul__", true)
}

fn rmul(vm: &Vm, args: Args) -> PyResult<Value> {
    repeat(vm, args, "__rmul__", false)
}

fn imul(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__imul__")?;
    let n = &slot_args(vm, &args, "__imul__", 1)?[0];
    let Some(count) = repeat_count(vm, n)? else {
        return Err(cant_multiply(vm, n));
    };
    let data = a.data.borrow().clone();
    let out = crate::types::bytes_ops::repeated(vm, &data, count)?;
    a.check_resize(vm, out.len())?;
    *a.data.borrow_mut() = out;
    Ok(args.values[0].clone())
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "__contains__")?;
    let x = &slot_args(vm, &args, "__contains__", 1)?[0];
    for v in a.values(vm)? {
        if item_eq(vm, &v, x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let a = this(vm, &args, op.dunder().name())?;
    let other = &slot_args(vm, &args, op.dunder().name(), 1)?[0];
    let Some(b) = as_array(other) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = (a.values(vm)?, b.values(vm)?);
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(Value::Bool(op == CompareOp::Ne));
    }
    for (p, q) in x.iter().zip(&y) {
        if !item_eq(vm, p, q)? {
            return match op {
                CompareOp::Eq => Ok(Value::Bool(false)),
                CompareOp::Ne => Ok(Value::Bool(true)),
                _ => Ok(Value::Bool(vm.compare_bool(p, q, op)?)),
            };
        }
    }
    Ok(Value::Bool(op.holds(x.len().cmp(&y.len()))))
}

crate::types::compare_methods! {
    compare;
    eq, Eq;
    ne, Ne;
    lt, Lt;
    le, Le;
    gt, Gt;
    ge, Ge;
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__add__", add),
    MethodDef::method("__iadd__", iadd),
    MethodDef::method("__mul__", mul),
    MethodDef::method("__rmul__", rmul),
    MethodDef::method("__imul__", imul),
    MethodDef::method("__contains__", contains),
    MethodDef::method("__eq__", eq),
    MethodDef::method("__ne__", ne),
    MethodDef::method("__lt__", lt),
    MethodDef::method("__le__", le),
    MethodDef::method("__gt__", gt),
    MethodDef::method("__ge__", ge),
];
