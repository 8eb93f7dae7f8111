//! `float`: IEEE doubles with CPython's arithmetic rules (floor division
//! and modulo take the divisor's sign), errors and `repr`.

use num_traits::ToPrimitive;

use crate::args::Args;
use crate::dunder::{BinOp, CompareOp};
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::int::{as_bigint, int_to_f64};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;

/// The value of a float (or float subclass instance).
pub fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// A float or int operand as f64; `None` for other types.
pub fn coerce_f64(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_f64(v) {
        return Ok(Some(f));
    }
    match v {
        Value::Int(i) => Ok(Some(*i as f64)),
        Value::Bool(b) => Ok(Some(*b as i64 as f64)),
        _ => match as_bigint(v) {
            Some(n) => int_to_f64(vm, &n).map(Some),
            None => Ok(None),
        },
    }
}

/// `x op y` for floats; `None` for operators floats lack (bitwise).
pub fn float_op(vm: &Vm, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float division by zero".into()));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float floor division by zero".into()));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float modulo".into()));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(vm, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

/// CPython's float divmod: the remainder takes the sign of `y`.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division_error("0.0 cannot be raised to a negative power".into()));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        let (re, im) = complex_pow_real(x, y);
        return Ok(vm.new_object(vm.types.complex.clone(), Payload::Complex { re, im }));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')".into()));
    }
    Ok(Value::Float(r))
}

/// `x ** y` for a negative real `x` and fractional `y`, as a complex.
fn complex_pow_real(x: f64, y: f64) -> (f64, f64) {
    let r = (-x).powf(y);
    let theta = std::f64::consts::PI * y;
    (r * theta.cos(), r * theta.sin())
}

/// `a op b` where at least one side is a float.
pub fn float_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (coerce_f64(vm, a)?, coerce_f64(vm, b)?) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(float_op(vm, x, y, op)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

macro_rules! float_binary_methods {
    ($($fwd:ident, $refl:ident, $op:ident;)*) => {
        $(
            fn $fwd(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = args.count(vm, stringify!($fwd), 2, 2)?;
                float_binop(vm, &a[0], &a[1], BinOp::$op)
            }
            fn $refl(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = args.count(vm, stringify!($refl), 2, 2)?;
                float_binop(vm, &a[1], &a[0], BinOp::$op)
            }
        )*
    };
}

float_binary_methods! {
    float_add, float_radd, Add;
    float_sub, float_rsub, Sub;
    float_mul, float_rmul, Mul;
    float_truediv, float_rtruediv, TrueDiv;
    float_floordiv, float_rfloordiv, FloorDiv;
    float_mod, float_rmod, Mod;
    float_pow_method, float_rpow, Pow;
}

fn divmod_values(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (coerce_f64(vm, a)?, coerce_f64(vm, b)?) else {
        return Ok(vm.not_implemented.clone());
    };
    if y == 0.0 {
        return Err(vm.zero_division_error("float divmod()".into()));
    }
    let (q, r) = float_divmod(x, y);
    Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn float_divmod_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__divmod__", 2, 2)?;
    divmod_values(vm, &a[0], &a[1])
}

fn float_rdivmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__rdivmod__", 2, 2)?;
    divmod_values(vm, &a[1], &a[0])
}

fn float_self(vm: &Vm, v: &Value) -> PyResult<f64> {
    as_f64(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'float' object but received a '{}'",
            vm.type_name_of(v)
        ))
    })
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let a = args.count(vm, op.dunder().name(), 2, 2)?;
    let x = float_self(vm, &a[0])?;
    if let Some(y) = as_f64(&a[1]) {
        return Ok(Value::Bool(match x.partial_cmp(&y) {
            Some(o) => op.holds(o),
            None => op == CompareOp::Ne,
        }));
    }
    match &a[1] {
        Value::Int(i) => Ok(Value::Bool(crate::ops::arith::int_float_compare(
            *i,
            x,
            op.swapped(),
        ))),
        Value::Bool(b) => Ok(Value::Bool(crate::ops::arith::int_float_compare(
            *b as i64,
            x,
            op.swapped(),
        ))),
        other => match as_bigint(other) {
            Some(n) => {
                if x.is_nan() {
                    return Ok(Value::Bool(op == CompareOp::Ne));
                }
                if x.is_infinite() {
                    let ord = if x > 0.0 {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Less
                    };
                    return Ok(Value::Bool(op.holds(ord)));
                }
                let xf = num_bigint::BigInt::from(x.floor() as i128);
                let ord = match xf.cmp(&n) {
                    std::cmp::Ordering::Equal if x.fract() != 0.0 => std::cmp::Ordering::Greater,
                    o => o,
                };
                let ord = if x.abs() >= 1.7e38 {
                    x.partial_cmp(&n.to_f64().unwrap_or(f64::INFINITY))
                        .unwrap_or(ord)
                } else {
                    ord
                };
                Ok(Value::Bool(op.holds(ord)))
            }
            None => Ok(vm.not_implemented.clone()),
        },
    }
}

macro_rules! float_compare_methods {
    ($($name:ident, $op:ident;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult<Value> {
            compare(vm, args, CompareOp::$op)
        })*
    };
}

float_compare_methods! {
    float_eq, Eq; float_ne, Ne; float_lt, Lt; float_le, Le; float_gt, Gt; float_ge, Ge;
}

fn float_unary(vm: &Vm, args: Args, f: fn(f64) -> f64) -> PyResult<Value> {
    let a = args.count(vm, "__neg__", 1, 1)?;
    Ok(Value::Float(f(float_self(vm, &a[0])?)))
}

fn float_neg(vm: &Vm, args: Args) -> PyResult<Value> {
    float_unary(vm, args, |x| -x)
}

fn float_pos(vm: &Vm, args: Args) -> PyResult<Value> {
    float_unary(vm, args, |x| x)
}

fn float_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    float_unary(vm, args, f64::abs)
}

fn float_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__bool__", 1, 1)?;
    Ok(Value::Bool(float_self(vm, &a[0])? != 0.0))
}

fn float_int(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__int__", 1, 1)?;
    crate::types::int::float_to_int(vm, float_self(vm, &a[0])?)
}

fn float_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__hash__", 1, 1)?;
    let x = float_self(vm, &a[0])?;
    Ok(Value::Int(
        crate::ops::hash::float_hash(x).unwrap_or(a[0].identity() as i64),
    ))
}

fn float_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "__repr__", 1, 1)?;
    let x = float_self(vm, &a[0])?;
    Ok(vm.new_str(garter_syntax::literal::repr::float_repr(x)))
}

fn float_is_integer(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "is_integer", 1, 1)?;
    let x = float_self(vm, &a[0])?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let [cls, x] = args.bind(vm, "float", ["cls", "x"], 2)?;
    let value = match x {
        None => 0.0,
        Some(x) => float_from_value(vm, &x)?,
    };
    match cls {
        Some(Value::Obj(c)) if !std::rc::Rc::ptr_eq(&c, &vm.types.float) => {
            Ok(vm.new_object(c, Payload::Float(value)))
        }
        _ => Ok(Value::Float(value)),
    }
}

/// `float(x)` for one argument.
pub fn float_from_value(vm: &Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = coerce_f64(vm, x)? {
        return Ok(f);
    }
    if let Some(s) = x.as_str() {
        return parse_float(s.as_str()).ok_or_else(|| {
            let shown = garter_syntax::literal::repr::str_repr(&garter_syntax::ast::PyStr::Utf8(
                s.as_str().to_string(),
            ));
            vm.value_error(format!("could not convert string to float: {shown}"))
        });
    }
    for d in [crate::dunder::Dunder::Float, crate::dunder::Dunder::Index] {
        if let Some(r) = vm.call_dunder(x, d, &[])? {
            return match coerce_f64(vm, &r)? {
                Some(f) => Ok(f),
                None => Err(vm.type_error(format!(
                    "{}() returned non-float (type {})",
                    d.name(),
                    vm.type_name_of(&r)
                ))),
            };
        }
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name_of(x)
    )))
}

/// Parses a float the way `float(str)` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with('_')
        || body.ends_with('_')
        || body.contains("__")
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b"._e+-".contains(&b))
    {
        return None;
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok().map(|f| sign * f)
}

fn get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(float_self(vm, v)?))
}

fn get_imag(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", float_new),
    MethodDef::method("__add__", float_add),
    MethodDef::method("__radd__", float_radd),
    MethodDef::method("__sub__", float_sub),
    MethodDef::method("__rsub__", float_rsub),
    MethodDef::method("__mul__", float_mul),
    MethodDef::method("__rmul__", float_rmul),
    MethodDef::method("__truediv__", float_truediv),
    MethodDef::method("__rtruediv__", float_rtruediv),
    MethodDef::method("__floordiv__", float_floordiv),
    MethodDef::method("__rfloordiv__", float_rfloordiv),
    MethodDef::method("__mod__", float_mod),
    MethodDef::method("__rmod__", float_rmod),
    MethodDef::method("__divmod__", float_divmod_method),
    MethodDef::method("__rdivmod__", float_rdivmod),
    MethodDef::method("__pow__", float_pow_method),
    MethodDef::method("__rpow__", float_rpow),
    MethodDef::method("__eq__", float_eq),
    MethodDef::method("__ne__", float_ne),
    MethodDef::method("__lt__", float_lt),
    MethodDef::method("__le__", float_le),
    MethodDef::method("__gt__", float_gt),
    MethodDef::method("__ge__", float_ge),
    MethodDef::method("__neg__", float_neg),
    MethodDef::method("__pos__", float_pos),
    MethodDef::method("__abs__", float_abs),
    MethodDef::method("__bool__", float_bool),
    MethodDef::method("__int__", float_int),
    MethodDef::method("__float__", float_pos),
    MethodDef::method("__hash__", float_hash),
    MethodDef::method("__repr__", float_repr),
    MethodDef::method("is_integer", float_is_integer),
    MethodDef::method("conjugate", float_pos),
];

pub const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "real",
        get: get_real,
        set: None,
    },
    GetSetDef {
        name: "imag",
        get: get_imag,
        set: None,
    },
];
