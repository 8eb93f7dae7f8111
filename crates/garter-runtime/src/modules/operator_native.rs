//! `_operator`: the operator functions that are one runtime operation
//! each (`add`, `lt`, `getitem`, `iadd`, ...), as builtin functions for
//! speed and CPython's reprs. The embedded `operator` module
//! (`pysrc/operator.py`) re-exports them and adds the rest
//! (itemgetter, attrgetter, methodcaller, length_hint, ...).

use crate::args::Args;
use crate::dunder::{BinOp, CompareOp, Dunder};
use crate::error::PyResult;
use crate::types::type_object::NativeFn;
use crate::value::Value;
use crate::Vm;

/// The `n` positional arguments of `_operator.NAME`, with CPython's
/// messages for keywords and for a wrong count.
fn fixed<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    if n == 1 {
        args.count(vm, &format!("_operator.{name}"), 1, 1)
    } else {
        args.count(vm, name, n, n)
    }
}

macro_rules! binary {
    ($($fname:ident, $name:literal, $op:expr, $method:ident;)*) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = fixed(vm, &args, $name, 2)?;
                vm.$method(&a[0], &a[1], $op)
            }
        )*
    };
}

binary! {
    op_add, "add", BinOp::Add, binary_op;
    op_sub, "sub", BinOp::Sub, binary_op;
    op_mul, "mul", BinOp::Mul, binary_op;
    op_matmul, "matmul", BinOp::MatMul, binary_op;
    op_truediv, "truediv", BinOp::TrueDiv, binary_op;
    op_floordiv, "floordiv", BinOp::FloorDiv, binary_op;
    op_mod, "mod", BinOp::Mod, binary_op;
    op_pow, "pow", BinOp::Pow, binary_op;
    op_lshift, "lshift", BinOp::LShift, binary_op;
    op_rshift, "rshift", BinOp::RShift, binary_op;
    op_and, "and_", BinOp::And, binary_op;
    op_xor, "xor", BinOp::Xor, binary_op;
    op_or, "or_", BinOp::Or, binary_op;
    op_iadd, "iadd", BinOp::Add, inplace_op;
    op_isub, "isub", BinOp::Sub, inplace_op;
    op_imul, "imul", BinOp::Mul, inplace_op;
    op_imatmul, "imatmul", BinOp::MatMul, inplace_op;
    op_itruediv, "itruediv", BinOp::TrueDiv, inplace_op;
    op_ifloordiv, "ifloordiv", BinOp::FloorDiv, inplace_op;
    op_imod, "imod", BinOp::Mod, inplace_op;
    op_ipow, "ipow", BinOp::Pow, inplace_op;
    op_ilshift, "ilshift", BinOp::LShift, inplace_op;
    op_irshift, "irshift", BinOp::RShift, inplace_op;
    op_iand, "iand", BinOp::And, inplace_op;
    op_ixor, "ixor", BinOp::Xor, inplace_op;
    op_ior, "ior", BinOp::Or, inplace_op;
    op_lt, "lt", CompareOp::Lt, compare;
    op_le, "le", CompareOp::Le, compare;
    op_eq, "eq", CompareOp::Eq, compare;
    op_ne, "ne", CompareOp::Ne, compare;
    op_gt, "gt", CompareOp::Gt, compare;
    op_ge, "ge", CompareOp::Ge, compare;
}

macro_rules! unary {
    ($($fname:ident, $name:literal, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = fixed(vm, &args, $name, 1)?;
                vm.unary_op(&a[0], $dunder)
            }
        )*
    };
}

unary! {
    op_neg, "neg", Dunder::Neg;
    op_pos, "pos", Dunder::Pos;
    op_abs, "abs", Dunder::Abs;
    op_inv, "inv", Dunder::Invert;
    op_invert, "invert", Dunder::Invert;
}

fn op_not(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "not_", 1)?;
    Ok(Value::Bool(!vm.truthy(&a[0])?))
}

fn op_truth(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "truth", 1)?;
    Ok(Value::Bool(vm.truthy(&a[0])?))
}

fn op_is(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "is_", 2)?;
    Ok(Value::Bool(a[0].is(&a[1])))
}

fn op_is_not(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "is_not", 2)?;
    Ok(Value::Bool(!a[0].is(&a[1])))
}

fn op_index(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "index", 1)?;
    vm.index_object(&a[0])
}

fn op_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "contains", 2)?;
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

fn op_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "getitem", 2)?;
    vm.get_item(&a[0], &a[1])
}

fn op_setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "setitem", 3)?;
    vm.set_item(&a[0], &a[1], a[2].clone())?;
    Ok(Value::None)
}

fn op_delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = fixed(vm, &args, "delitem", 2)?;
    vm.del_item(&a[0], &a[1])?;
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("add", op_add),
    ("sub", op_sub),
    ("mul", op_mul),
    ("matmul", op_matmul),
    ("truediv", op_truediv),
    ("floordiv", op_floordiv),
    ("mod", op_mod),
    ("pow", op_pow),
    ("lshift", op_lshift),
    ("rshift", op_rshift),
    ("and_", op_and),
    ("xor", op_xor),
    ("or_", op_or),
    ("iadd", op_iadd),
    ("isub", op_isub),
    ("imul", op_imul),
    ("imatmul", op_imatmul),
    ("itruediv", op_itruediv),
    ("ifloordiv", op_ifloordiv),
    ("imod", op_imod),
    ("ipow", op_ipow),
    ("ilshift", op_ilshift),
    ("irshift", op_irshift),
    ("iand", op_iand),
    ("ixor", op_ixor),
    ("ior", op_ior),
    ("lt", op_lt),
    ("le", op_le),
    ("eq", op_eq),
    ("ne", op_ne),
    ("gt", op_gt),
    ("ge", op_ge),
    ("neg", op_neg),
    ("pos", op_pos),
    ("abs", op_abs),
    ("inv", op_inv),
    ("invert", op_invert),
    ("not_", op_not),
    ("truth", op_truth),
    ("is_", op_is),
    ("is_not", op_is_not),
    ("index", op_index),
    ("contains", op_contains),
    ("getitem", op_getitem),
    ("setitem", op_setitem),
    ("delitem", op_delitem),
];

pub fn make(vm: &Vm) -> Value {
    let m = vm.new_module("_operator");
    super::add_functions(vm, &m, FUNCTIONS);
    m
}
