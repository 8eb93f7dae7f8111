//! The `math` module.

use crate::args::Args;
use crate::error::PyResult;
use crate::types::float::coerce_f64;
use crate::value::Value;
use crate::Vm;

fn arg_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = coerce_f64(vm, v)? {
        return Ok(f);
    }
    crate::types::float::float_from_value(vm, v)
        .map_err(|_| vm.type_error(format!("must be real number, not {}", vm.type_name_of(v))))
}

fn sqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "sqrt", 1, 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x < 0.0 {
        return Err(vm.value_error("math domain error".into()));
    }
    Ok(Value::Float(x.sqrt()))
}

fn floor(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "floor", 1, 1)?;
    if crate::types::int::is_int(&a[0]) {
        return crate::types::int::int_from_value(vm, &a[0]);
    }
    if let Some(r) = vm.call_dunder(&a[0], crate::dunder::Dunder::Floor, &[])? {
        return Ok(r);
    }
    crate::types::int::float_to_int(vm, arg_f64(vm, &a[0])?.floor())
}

fn ceil(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "ceil", 1, 1)?;
    if crate::types::int::is_int(&a[0]) {
        return crate::types::int::int_from_value(vm, &a[0]);
    }
    if let Some(r) = vm.call_dunder(&a[0], crate::dunder::Dunder::Ceil, &[])? {
        return Ok(r);
    }
    crate::types::int::float_to_int(vm, arg_f64(vm, &a[0])?.ceil())
}

/// Makes the `math` module.
pub fn make(vm: &Vm) -> Value {
    let m = vm.new_module("math");
    super::add_functions(vm, &m, &[("sqrt", sqrt), ("floor", floor), ("ceil", ceil)]);
    vm.module_set(&m, "pi", Value::Float(std::f64::consts::PI));
    vm.module_set(&m, "e", Value::Float(std::f64::consts::E));
    vm.module_set(&m, "tau", Value::Float(std::f64::consts::TAU));
    vm.module_set(&m, "inf", Value::Float(f64::INFINITY));
    vm.module_set(&m, "nan", Value::Float(f64::NAN));
    m
}
