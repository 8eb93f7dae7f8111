//! `int`: arbitrary-precision integers. Values that fit in an i64 are
//! immediate (`Value::Int`); larger ones and instances of int subclasses
//! are heap objects with an `Int` payload. Arithmetic takes an i64 fast
//! path and overflows into `BigInt` transparently.

use std::borrow::Cow;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::args::Args;
use crate::dunder::BinOp;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::int_args::new_class;
use crate::types::int_args::{
    descriptor_error, no_args, ternary_wrapper_args, wrapper0, wrapper_args,
};
use crate::types::int_methods::{self as m, int_self, num_error};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;

/// The integer value of an int or bool (or int subclass instance).
pub fn as_bigint(v: &Value) -> Option<Cow<'_, BigInt>> {
    match v {
        Value::Int(i) => Some(Cow::Owned(BigInt::from(*i))),
        Value::Bool(b) => Some(Cow::Owned(BigInt::from(*b as i64))),
        Value::Obj(o) => match &o.payload {
            Payload::Int(n) => Some(Cow::Borrowed(n)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is an int (including bool and int subclasses).
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

/// `x op y` for two i64s when the result needs no big integer, float or
/// error; `None` sends the caller to the general path.
#[inline]
pub fn small_int_op(x: i64, y: i64, op: BinOp) -> Option<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            Integer::div_floor(&x, &y)
        }
        BinOp::Mod => {
            if y == 0 || y == -1 {
                return if y == -1 { Some(Value::Int(0)) } else { None };
            }
            Integer::mod_floor(&x, &y)
        }
        BinOp::TrueDiv => {
            const EXACT: u64 = 1 << 53;
            if y == 0 || x.unsigned_abs() > EXACT || y.unsigned_abs() > EXACT {
                return None;
            }
            return Some(Value::Float(x as f64 / y as f64));
        }
        BinOp::Pow => {
            if y < 0 {
                return None;
            }
            x.checked_pow(u32::try_from(y).ok()?)?
        }
        BinOp::LShift => {
            if !(0..64).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::MatMul => return None,
    };
    Some(Value::Int(r))
}

/// `a op b` for two ints; NotImplemented when `b` is not an int.
pub fn int_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (x, y) = match (int_of(a), int_of(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(vm.not_implemented.clone()),
    };
    if let (Some(x), Some(y)) = (x.to_i64(), y.to_i64()) {
        if let Some(v) = small_int_op(x, y, op) {
            return Ok(v);
        }
    }
    big_binop(vm, &x, &y, op)
}

fn int_of(v: &Value) -> Option<Cow<'_, BigInt>> {
    as_bigint(v)
}

fn big_binop(vm: &Vm, x: &BigInt, y: &BigInt, op: BinOp) -> PyResult<Value> {
    use crate::number::int_ops as ops;
    if let Some(bits) = result_bits(x, y, op) {
        vm.reserve_memory(usize::try_from(bits / 8).unwrap_or(usize::MAX))?;
    }
    let r = match op {
        BinOp::Add => Ok(x + y),
        BinOp::Sub => Ok(x - y),
        BinOp::Mul => Ok(x * y),
        BinOp::FloorDiv => ops::int_floor_divide(x, y),
        BinOp::Mod => ops::int_modulo(x, y),
        BinOp::TrueDiv => {
            return crate::number::convert::int_true_divide(x, y)
                .map(Value::Float)
                .map_err(|e| num_error(vm, e));
        }
        BinOp::Pow => match ops::int_power(x, y) {
            Ok(ops::IntPower::Int(n)) => Ok(n),
            Ok(ops::IntPower::Float(f)) => return Ok(Value::Float(f)),
            Err(e) => Err(e),
        },
        BinOp::LShift => ops::int_shift_left(x, y),
        BinOp::RShift => ops::int_shift_right(x, y),
        BinOp::And => Ok(x & y),
        BinOp::Or => Ok(x | y),
        BinOp::Xor => Ok(x ^ y),
        BinOp::MatMul => return Ok(vm.not_implemented.clone()),
    };
    r.map(|n| Value::from_bigint(vm, n))
        .map_err(|e| num_error(vm, e))
}

/// About how many bits the result of an operation that can grow ints
/// without bound will have, to check the memory ceiling before.
fn result_bits(x: &BigInt, y: &BigInt, op: BinOp) -> Option<u64> {
    let exponent = || y.to_u64().unwrap_or(u64::MAX);
    match op {
        BinOp::Mul => Some(x.bits().saturating_add(y.bits())),
        BinOp::Pow if x.bits() > 1 && !y.is_negative() => {
            Some((x.bits() - 1).saturating_mul(exponent()))
        }
        BinOp::LShift if !x.is_zero() && !y.is_negative() => {
            Some(x.bits().saturating_add(exponent()))
        }
        _ => None,
    }
}

/// An int as the nearest float, with "int too large to convert to float".
pub fn int_to_f64(vm: &Vm, n: &BigInt) -> PyResult<f64> {
    crate::number::convert::int_to_f64(n).map_err(|e| num_error(vm, e))
}

macro_rules! int_binary_methods {
    ($($fwd:ident, $refl:ident, $name:literal, $rname:literal, $op:ident;)*) => {
        $(
            fn $fwd(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = wrapper_args(vm, args, $name, 1)?;
                if !crate::types::int::is_int(&a[0]) {
                    return Err(descriptor_error(vm, $name, "int", &a[0]));
                }
                int_binop(vm, &a[0], &a[1], BinOp::$op)
            }
            fn $refl(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = wrapper_args(vm, args, $rname, 1)?;
                if !crate::types::int::is_int(&a[0]) {
                    return Err(descriptor_error(vm, $rname, "int", &a[0]));
                }
                int_binop(vm, &a[1], &a[0], BinOp::$op)
            }
        )*
    };
}

int_binary_methods! {
    int_add, int_radd, "__add__", "__radd__", Add;
    int_sub, int_rsub, "__sub__", "__rsub__", Sub;
    int_mul, int_rmul, "__mul__", "__rmul__", Mul;
    int_truediv, int_rtruediv, "__truediv__", "__rtruediv__", TrueDiv;
    int_floordiv, int_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDiv;
    int_mod, int_rmod, "__mod__", "__rmod__", Mod;
    int_lshift, int_rlshift, "__lshift__", "__rlshift__", LShift;
    int_rshift, int_rrshift, "__rshift__", "__rrshift__", RShift;
    int_and, int_rand, "__and__", "__rand__", And;
    int_or, int_ror, "__or__", "__ror__", Or;
    int_xor, int_rxor, "__xor__", "__rxor__", Xor;
}

fn int_divmod_values(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_int(a) || !is_int(b) {
        return Ok(vm.not_implemented.clone());
    }
    let q = int_binop(vm, a, b, BinOp::FloorDiv)?;
    let r = int_binop(vm, a, b, BinOp::Mod)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn int_divmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, args, "__divmod__", 1)?;
    int_divmod_values(vm, &a[0], &a[1])
}

fn int_rdivmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, args, "__rdivmod__", 1)?;
    int_divmod_values(vm, &a[1], &a[0])
}

/// `pow(base, exp, mod)` for ints; NotImplemented unless all three are.
pub fn int_pow3(vm: &Vm, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(m)) = (as_bigint(base), as_bigint(exp), as_bigint(modulus)) else {
        return Ok(vm.not_implemented.clone());
    };
    crate::number::int_ops::int_power_modulo(&b, &e, &m)
        .map(|n| Value::from_bigint(vm, n))
        .map_err(|e| num_error(vm, e))
}

fn int_pow(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = ternary_wrapper_args(vm, args, "__pow__")?;
    match a.get(2) {
        Some(m) if !m.is_none() => int_pow3(vm, &a[0], &a[1], m),
        _ => int_binop(vm, &a[0], &a[1], BinOp::Pow),
    }
}

fn int_rpow(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = ternary_wrapper_args(vm, args, "__rpow__")?;
    match a.get(2) {
        Some(m) if !m.is_none() => int_pow3(vm, &a[1], &a[0], m),
        _ => int_binop(vm, &a[1], &a[0], BinOp::Pow),
    }
}

fn compare(vm: &Vm, args: Args, op: crate::dunder::CompareOp) -> PyResult<Value> {
    let a = wrapper_args(vm, args, op.dunder().name(), 1)?;
    let x = int_self(vm, &a[0], op.dunder().name())?;
    match as_bigint(&a[1]) {
        Some(y) => Ok(Value::Bool(op.holds(x.as_ref().cmp(y.as_ref())))),
        None => Ok(vm.not_implemented.clone()),
    }
}

crate::types::compare_methods! {
    compare;
    int_eq, Eq; int_ne, Ne; int_lt, Lt; int_le, Le; int_gt, Gt; int_ge, Ge;
}

fn int_unary(vm: &Vm, args: Args, name: &str, f: fn(&BigInt) -> BigInt) -> PyResult<Value> {
    let a = wrapper0(vm, args, name)?;
    let x = int_self(vm, &a[0], name)?;
    Ok(Value::from_bigint(vm, f(&x)))
}

fn int_neg(vm: &Vm, args: Args) -> PyResult<Value> {
    int_unary(vm, args, "__neg__", |x| -x)
}

fn int_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    int_unary(vm, args, "__abs__", Signed::abs)
}

fn int_invert(vm: &Vm, args: Args) -> PyResult<Value> {
    int_unary(vm, args, "__invert__", |x| -x - 1)
}

fn int_float(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__float__")?;
    Ok(Value::Float(int_to_f64(
        vm,
        &*int_self(vm, &a[0], "__float__")?,
    )?))
}

fn int_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__bool__")?;
    Ok(Value::Bool(!int_self(vm, &a[0], "__bool__")?.is_zero()))
}

fn int_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__hash__")?;
    Ok(Value::Int(crate::ops::hash::bigint_hash(&*int_self(
        vm, &a[0], "__hash__",
    )?)))
}

fn int_bit_length(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "int.bit_length")?;
    Ok(Value::Int(
        int_self(vm, &a[0], "int.bit_length")?.bits() as i64
    ))
}

fn int_new(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 3 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.values.len() - 1
        )));
    }
    let cls = new_class(vm, args, "int", &vm.types.int)?;
    let rest = Args {
        values: args.values.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    };
    if let Some((name, _)) = rest.keywords().find(|(name, _)| *name != "base") {
        return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for int()")));
    }
    let [x, base] = rest.bind(vm, "int", ["", "base"], 2)?;
    let value = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument".into())),
        (Some(x), None) => int_from_value(vm, &x)?,
        (Some(x), Some(base)) => {
            let base = vm.index_object(&base)?;
            let base = as_bigint(&base)
                .and_then(|b| b.to_i64())
                .filter(|b| *b == 0 || (2..=36).contains(b))
                .ok_or_else(|| vm.value_error("int() base must be >= 2 and <= 36, or 0".into()))?;
            // With an explicit base only str, bytes and bytearray parse.
            let bytes_or_bytearray =
                matches!(x.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)));
            let parsed = if bytes_or_bytearray {
                crate::types::bytes::parse_int_literal(vm, &x, base)
            } else {
                None
            };
            match (x.as_str(), parsed) {
                (Some(s), _) => parse_int(vm, s.as_str(), base)?,
                (None, Some(parsed)) => parsed?,
                (None, None) => {
                    return Err(
                        vm.type_error("int() can't convert non-string with explicit base".into())
                    )
                }
            }
        }
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types.int) {
        return Ok(value);
    }
    Ok(crate::types::int_methods::new_int_instance(vm, cls, &value))
}

/// `int(x)` for one argument.
pub fn int_from_value(vm: &Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return float_to_int(vm, *f),
        _ => {}
    }
    if let Some(s) = x.as_str() {
        return parse_int(vm, s.as_str(), 10);
    }
    if let Some(parsed) = crate::types::bytes::parse_int_literal(vm, x, 10) {
        return parsed;
    }
    for d in [crate::dunder::Dunder::Int, crate::dunder::Dunder::Index] {
        if let Some(r) = vm.call_dunder(x, d, &[])? {
            return match as_bigint(&r) {
                Some(n) => Ok(Value::from_bigint(vm, n.into_owned())),
                None => Err(vm.type_error(format!(
                    "{} returned non-int (type {})",
                    d.name(),
                    vm.type_name_of(&r)
                ))),
            };
        }
    }
    if let Some(r) = vm.call_dunder(x, crate::dunder::Dunder::Trunc, &[])? {
        if let Some(n) = as_bigint(&r) {
            return Ok(Value::from_bigint(vm, n.into_owned()));
        }
        let has_index = vm
            .class_of(&r)
            .as_type()
            .is_some_and(|t| t.dunder(crate::dunder::Dunder::Index).is_some());
        if !has_index {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                vm.type_name_of(&r)
            )));
        }
        return vm.index_object(&r);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name_of(x)
    )))
}

/// `int(f)` for a float: truncation toward zero.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_finite() && f.abs() < 9.2e18 {
        return Ok(Value::Int(f.trunc() as i64));
    }
    crate::number::convert::f64_to_int(f)
        .map(|n| Value::from_bigint(vm, n))
        .map_err(|e| num_error(vm, e))
}

/// `int(s, base)` for a str.
pub fn parse_int(vm: &Vm, s: &str, base: i64) -> PyResult<Value> {
    let base = u32::try_from(base).unwrap_or(u32::MAX);
    crate::number::parse::parse_int(s, base)
        .map(|n| Value::from_bigint(vm, n))
        .map_err(|e| num_error(vm, e))
}

fn get_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::from_bigint(
        vm,
        int_self(vm, v, "real")?.into_owned(),
    ))
}

fn get_zero(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn get_one(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", int_new),
    MethodDef::method("__add__", int_add),
    MethodDef::method("__radd__", int_radd),
    MethodDef::method("__sub__", int_sub),
    MethodDef::method("__rsub__", int_rsub),
    MethodDef::method("__mul__", int_mul),
    MethodDef::method("__rmul__", int_rmul),
    MethodDef::method("__truediv__", int_truediv),
    MethodDef::method("__rtruediv__", int_rtruediv),
    MethodDef::method("__floordiv__", int_floordiv),
    MethodDef::method("__rfloordiv__", int_rfloordiv),
    MethodDef::method("__mod__", int_mod),
    MethodDef::method("__rmod__", int_rmod),
    MethodDef::method("__divmod__", int_divmod),
    MethodDef::method("__rdivmod__", int_rdivmod),
    MethodDef::method("__pow__", int_pow),
    MethodDef::method("__rpow__", int_rpow),
    MethodDef::method("__lshift__", int_lshift),
    MethodDef::method("__rlshift__", int_rlshift),
    MethodDef::method("__rshift__", int_rshift),
    MethodDef::method("__rrshift__", int_rrshift),
    MethodDef::method("__and__", int_and),
    MethodDef::method("__rand__", int_rand),
    MethodDef::method("__or__", int_or),
    MethodDef::method("__ror__", int_ror),
    MethodDef::method("__xor__", int_xor),
    MethodDef::method("__rxor__", int_rxor),
    MethodDef::method("__eq__", int_eq),
    MethodDef::method("__ne__", int_ne),
    MethodDef::method("__lt__", int_lt),
    MethodDef::method("__le__", int_le),
    MethodDef::method("__gt__", int_gt),
    MethodDef::method("__ge__", int_ge),
    MethodDef::method("__neg__", int_neg),
    MethodDef::method("__pos__", m::int_pos),
    MethodDef::method("__abs__", int_abs),
    MethodDef::method("__invert__", int_invert),
    MethodDef::method("__int__", m::int_int),
    MethodDef::method("__index__", m::int_index),
    MethodDef::method("__float__", int_float),
    MethodDef::method("__bool__", int_bool),
    MethodDef::method("__hash__", int_hash),
    MethodDef::method("__repr__", m::int_repr),
    MethodDef::method("__format__", m::int_format),
    MethodDef::method("__round__", m::int_round_method),
    MethodDef::method("__trunc__", m::int_trunc),
    MethodDef::method("__floor__", m::int_floor),
    MethodDef::method("__ceil__", m::int_ceil),
    MethodDef::method("__getnewargs__", m::int_getnewargs),
    MethodDef::method("__sizeof__", m::int_sizeof),
    MethodDef::method("bit_length", int_bit_length),
    MethodDef::method("bit_count", m::int_bit_count),
    MethodDef::method("as_integer_ratio", m::int_as_integer_ratio),
    MethodDef::method("conjugate", m::int_conjugate),
    MethodDef::class("from_bytes", m::int_from_bytes_method),
    MethodDef::method("to_bytes", m::int_to_bytes_method),
];

pub const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "real",
        get: get_self,
        set: None,
    },
    GetSetDef {
        name: "imag",
        get: get_zero,
        set: None,
    },
    GetSetDef {
        name: "numerator",
        get: get_self,
        set: None,
    },
    GetSetDef {
        name: "denominator",
        get: get_one,
        set: None,
    },
];
