//! `int`'s methods beyond arithmetic: `round`, `trunc`/`floor`/`ceil`,
//! `format`, `str` with the 4300-digit limit, `bit_count`,
//! `as_integer_ratio`, `from_bytes` and `__getnewargs__`.

use std::borrow::Cow;

use num_bigint::BigInt;

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::format::number::format_int;
use crate::format::spec::{parse_format_spec, SpecTarget};
use crate::number::error::{NumError, NumErrorKind};
use crate::number::int_ops::int_round;
use crate::number::int_text::{int_from_bytes, int_to_bytes, int_to_decimal, parse_byteorder};
use crate::object::Payload;
use crate::types::int::as_bigint;
use crate::types::int_args::{no_args, one_arg, round_args, self_type_error, wrapper0};
use crate::value::Value;
use crate::Vm;

/// The Python exception for a failed numeric algorithm.
pub fn num_error(vm: &Vm, e: NumError) -> PyErr {
    match e.kind {
        NumErrorKind::Value => vm.value_error(e.message),
        NumErrorKind::Overflow => vm.overflow_error(e.message),
        NumErrorKind::ZeroDivision => vm.zero_division_error(e.message),
        NumErrorKind::Type => vm.type_error(e.message),
        NumErrorKind::Memory => vm.memory_error(),
    }
}

/// The value of an int method's `self`; `name` names the method as the
/// argument checks do (see [`self_type_error`]).
pub fn int_self<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<Cow<'a, BigInt>> {
    as_bigint(v).ok_or_else(|| self_type_error(vm, name, "int", v))
}

/// `self` as an exact int (bools and subclass instances lose their type).
fn exact_int(vm: &Vm, v: &Value, name: &str) -> PyResult<Value> {
    match v {
        Value::Int(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => Ok(Value::from_bigint(vm, int_self(vm, v, name)?.into_owned())),
    }
}

macro_rules! exact_int_methods {
    ($($fname:ident, $check:ident, $label:literal;)*) => {
        $(
            /// `int(self)`, the exact int value.
            pub fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = $check(vm, args, $label)?;
                exact_int(vm, &a[0], $label)
            }
        )*
    };
}

exact_int_methods! {
    int_int, wrapper0, "__int__";
    int_index, wrapper0, "__index__";
    int_pos, wrapper0, "__pos__";
    int_trunc, no_args, "int.__trunc__";
    int_floor, no_args, "int.__floor__";
    int_ceil, no_args, "int.__ceil__";
    int_conjugate, no_args, "int.conjugate";
}

pub fn int_round_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = round_args(vm, args, "int.__round__")?;
    let x = int_self(vm, &a[0], "int.__round__")?;
    match a.get(1) {
        None => exact_int(vm, &a[0], "int.__round__"),
        Some(nd) if nd.is_none() => exact_int(vm, &a[0], "int.__round__"),
        Some(nd) => {
            let nd = vm.index_object(nd)?;
            let nd = as_bigint(&nd).map(Cow::into_owned).unwrap_or_default();
            Ok(Value::from_bigint(vm, int_round(&x, &nd)))
        }
    }
}

pub fn int_bit_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "int.bit_count")?;
    let x = int_self(vm, &a[0], "int.bit_count")?;
    let ones: u64 = x
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

pub fn int_as_integer_ratio(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "int.as_integer_ratio")?;
    let n = exact_int(vm, &a[0], "int.as_integer_ratio")?;
    Ok(vm.new_tuple(vec![n, Value::Int(1)]))
}

pub fn int_getnewargs(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "int.__getnewargs__")?;
    let n = exact_int(vm, &a[0], "int.__getnewargs__")?;
    Ok(vm.new_tuple(vec![n]))
}

/// `str(n)` for an int, with CPython's digit limit.
pub fn int_decimal(vm: &Vm, v: &Value, name: &str) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        _ => int_to_decimal(&*int_self(vm, v, name)?).map_err(|e| num_error(vm, e)),
    }
}

pub fn int_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__repr__")?;
    Ok(vm.new_str(int_decimal(vm, &a[0], "__repr__")?))
}

pub fn int_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one_arg(vm, args, "int.__format__")?;
    let Some(spec) = a[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name_of(&a[1])
        )));
    };
    if spec.as_str().is_empty() {
        return vm.str(&a[0]).map(Value::Obj);
    }
    let x = int_self(vm, &a[0], "int.__format__")?;
    let type_name = vm.type_name_of(&a[0]);
    let spec = parse_format_spec(spec.as_str(), SpecTarget::Int, &type_name)
        .map_err(|e| num_error(vm, e))?;
    let text = format_int(&x, &spec, &type_name).map_err(|e| num_error(vm, e))?;
    Ok(vm.new_str(text))
}

/// The `byteorder` argument (default `'big'`).
pub fn byteorder_argument(vm: &Vm, v: Option<Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.as_str() {
            Some(s) => parse_byteorder(s.as_str()).map_err(|e| num_error(vm, e)),
            None => Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                vm.type_name_of(&v)
            ))),
        },
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn int_from_bytes_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or(Value::None);
    let rest = Args {
        values: args.values.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    };
    if let Some((name, _)) = rest
        .keywords()
        .find(|(name, _)| !["bytes", "byteorder", "signed"].contains(name))
    {
        return Err(vm.type_error(format!(
            "'{name}' is an invalid keyword argument for from_bytes()"
        )));
    }
    let [bytes, byteorder, signed] =
        rest.bind(vm, "from_bytes", ["bytes", "byteorder", "signed"], 2)?;
    let Some(bytes) = bytes else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)".into()));
    };
    let little = byteorder_argument(vm, byteorder, "from_bytes")?;
    let signed = match signed {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let data = crate::types::bytes::object_bytes(vm, &bytes)?;
    let n = Value::from_bigint(vm, int_from_bytes(&data, little, signed));
    match &cls {
        Value::Obj(c) if !std::rc::Rc::ptr_eq(c, &vm.types.int) => {
            vm.call(&cls, Args::positional(&[n]))
        }
        _ => Ok(n),
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn int_to_bytes_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or(Value::None);
    let value = int_self(vm, &this, "to_bytes")?;
    let rest = Args {
        values: args.values.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    };
    if let Some((name, _)) = rest
        .keywords()
        .find(|(name, _)| !["length", "byteorder", "signed"].contains(name))
    {
        return Err(vm.type_error(format!(
            "'{name}' is an invalid keyword argument for to_bytes()"
        )));
    }
    let [length, byteorder, signed] =
        rest.bind(vm, "to_bytes", ["length", "byteorder", "signed"], 2)?;
    let length = match &length {
        Some(n) => crate::types::str_args::ssize(vm, n)?,
        None => 1,
    };
    let length = usize::try_from(length)
        .map_err(|_| vm.value_error("length argument must be non-negative".into()))?;
    let little = byteorder_argument(vm, byteorder, "to_bytes")?;
    let signed = match signed {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    if length > crate::types::str_args::MAX_STR_BYTES {
        return Err(vm.memory_error());
    }
    let data = int_to_bytes(&value, length, little, signed).map_err(|e| num_error(vm, e))?;
    Ok(crate::types::bytes::new_bytes(vm, data))
}

/// A new instance of an int subclass `cls` holding `n`.
pub fn new_int_instance(vm: &Vm, cls: crate::value::ObjRef, n: &Value) -> Value {
    let value = as_bigint(n).map(Cow::into_owned).unwrap_or_default();
    vm.new_object(cls, Payload::Int(value))
}

/// `n.__sizeof__()`: CPython's size in bytes, a header and 30-bit digits
/// (at least one).
pub fn int_sizeof(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "int.__sizeof__")?;
    let digits = int_self(vm, &a[0], "int.__sizeof__")?
        .bits()
        .div_ceil(30)
        .max(1);
    Ok(Value::Int(24 + 4 * digits as i64))
}
