//! `float`'s methods beyond arithmetic: `round`, `trunc`/`floor`/`ceil`,
//! `format`, `hex`/`fromhex`, `as_integer_ratio`, `__getnewargs__`,
//! `__getformat__`, and exact comparison with ints of any size.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::args::Args;
use crate::error::PyResult;
use crate::format::number::format_float;
use crate::format::spec::{parse_format_spec, SpecTarget};
use crate::number::float_arith::{float_round, float_round_to_int};
use crate::number::float_ops::{float_as_integer_ratio, float_fromhex, float_hex};
use crate::types::float::as_f64;
use crate::types::int::{as_bigint, float_to_int};
use crate::types::int_args::{no_args, one_arg, round_args, self_type_error, wrapper0};
use crate::types::int_methods::num_error;
use crate::value::Value;
use crate::Vm;

/// The value of a float method's `self`; `name` names the method as the
/// argument checks do (see [`self_type_error`]).
pub fn float_self(vm: &Vm, v: &Value, name: &str) -> PyResult<f64> {
    as_f64(v).ok_or_else(|| self_type_error(vm, name, "float", v))
}

/// How the int `n` compares with the float `x` (`None` when `x` is
/// NaN), exactly: no rounding of `n` to a float.
pub fn compare_int_float(n: &BigInt, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let whole = x.trunc();
    let whole_int = crate::number::convert::f64_to_int(whole).unwrap_or_default();
    match n.cmp(&whole_int) {
        Ordering::Equal => {
            let frac = x - whole;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        other => Some(other),
    }
}

/// How the int value `n` (any size) compares with `x`, fast for i64s
/// near zero.
pub fn compare_int_value_float(n: &Value, x: f64) -> Option<Ordering> {
    if let Value::Int(i) = n {
        if i.unsigned_abs() <= 1 << 53 {
            return (*i as f64).partial_cmp(&x);
        }
    }
    let n = as_bigint(n)?;
    compare_int_float(&n, x)
}

pub fn float_round_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = round_args(vm, args, "float.__round__")?;
    let x = float_self(vm, &a[0], "float.__round__")?;
    match a.get(1) {
        Some(nd) if !nd.is_none() => {
            let nd = vm.index_object(nd)?;
            let nd = as_bigint(&nd)
                .map(|n| {
                    n.to_i64()
                        .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX })
                })
                .unwrap_or(0);
            float_round(x, nd)
                .map(Value::Float)
                .map_err(|e| num_error(vm, e))
        }
        _ => float_round_to_int(x)
            .map(|n| Value::from_bigint(vm, n))
            .map_err(|e| num_error(vm, e)),
    }
}

pub fn float_trunc(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "float.__trunc__")?;
    float_to_int(vm, float_self(vm, &a[0], "float.__trunc__")?)
}

pub fn float_floor(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "float.__floor__")?;
    float_to_int(vm, float_self(vm, &a[0], "float.__floor__")?.floor())
}

pub fn float_ceil(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "float.__ceil__")?;
    float_to_int(vm, float_self(vm, &a[0], "float.__ceil__")?.ceil())
}

pub fn float_hex_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "float.hex")?;
    Ok(vm.new_str(float_hex(float_self(vm, &a[0], "float.hex")?)))
}

/// `float.fromhex(s)`, a class method: subclasses get `cls(value)`.
pub fn float_fromhex_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, args, "float.fromhex")?;
    let Some(s) = a[1].as_str() else {
        return Err(vm.type_error("bad argument type for built-in operation".into()));
    };
    let x = crate::types::float::new_float(
        vm,
        float_fromhex(s.as_str()).map_err(|e| num_error(vm, e))?,
    );
    match &a[0] {
        Value::Obj(c) if !std::rc::Rc::ptr_eq(c, &vm.types.float) => {
            vm.call(&a[0], Args::positional(&[x]))
        }
        _ => Ok(x),
    }
}

pub fn float_as_integer_ratio_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "float.as_integer_ratio")?;
    let (n, d) = float_as_integer_ratio(float_self(vm, &a[0], "float.as_integer_ratio")?)
        .map_err(|e| num_error(vm, e))?;
    Ok(vm.new_tuple(vec![Value::from_bigint(vm, n), Value::from_bigint(vm, d)]))
}

pub fn float_getnewargs(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "float.__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(float_self(
        vm,
        &a[0],
        "float.__getnewargs__",
    )?)]))
}

/// `float.__getformat__(typestr)`, a class method.
pub fn float_getformat(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, args, "float.__getformat__")?;
    let Some(s) = a[1].as_str() else {
        return Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name_of(&a[1])
        )));
    };
    match s.as_str() {
        "double" | "float" => Ok(vm.new_str("IEEE, little-endian".into())),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'".into())),
    }
}

pub fn float_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, args, "float.__format__")?;
    let Some(spec) = a[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name_of(&a[1])
        )));
    };
    if spec.as_str().is_empty() {
        return vm.str(&a[0]).map(Value::Obj);
    }
    let x = float_self(vm, &a[0], "float.__format__")?;
    let type_name = vm.type_name_of(&a[0]);
    let spec = parse_format_spec(spec.as_str(), SpecTarget::Float, &type_name)
        .map_err(|e| num_error(vm, e))?;
    let text = format_float(x, &spec, &type_name).map_err(|e| num_error(vm, e))?;
    Ok(vm.new_str(text))
}

/// `float(self)` as an exact float.
pub fn float_to_exact(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__float__")?;
    Ok(Value::Float(float_self(vm, &a[0], "__float__")?))
}

/// `x.conjugate()`: the exact float.
pub fn float_conjugate(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "float.conjugate")?;
    Ok(Value::Float(float_self(vm, &a[0], "float.conjugate")?))
}

/// `int(x)`: truncation.
pub fn float_int(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__int__")?;
    float_to_int(vm, float_self(vm, &a[0], "__int__")?)
}

/// `x.__sizeof__()`: CPython's object size in bytes.
pub fn float_sizeof(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "float.__sizeof__")?;
    float_self(vm, &a[0], "float.__sizeof__")?;
    Ok(Value::Int(24))
}
