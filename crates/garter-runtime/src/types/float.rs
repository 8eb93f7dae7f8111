//! `float`: IEEE doubles with CPython's arithmetic rules (floor division
//! and modulo take the divisor's sign), errors and `repr`.

use crate::args::Args;
use crate::dunder::{BinOp, CompareOp};
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::float_methods::{self as fm, compare_int_value_float, float_self};
use crate::types::int::{as_bigint, int_to_f64};
use crate::types::int_args::new_class;
use crate::types::int_args::{
    descriptor_error, no_args, ternary_wrapper_args, wrapper0, wrapper_args,
};
use crate::types::int_methods::num_error;
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

/// A new float value. A NaN gets an object of its own: it is the one
/// float whose identity shows (`[x] == [x]` holds by identity while
/// `x == x` does not), and two `float("nan")` calls make two objects in
/// CPython, which immediate values cannot tell apart.
pub fn new_float(vm: &Vm, x: f64) -> Value {
    if x.is_nan() {
        vm.new_object(vm.types.float.clone(), Payload::Float(x))
    } else {
        Value::Float(x)
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
    use crate::number::float_arith as fa;
    let r = match op {
        BinOp::Add => Ok(x + y),
        BinOp::Sub => Ok(x - y),
        BinOp::Mul => Ok(x * y),
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float division by zero".into()));
            }
            Ok(x / y)
        }
        BinOp::FloorDiv => fa::float_floor_divide(x, y),
        BinOp::Mod => fa::float_modulo(x, y),
        BinOp::Pow => match fa::float_power(x, y) {
            Ok(fa::FloatPower::Float(r)) => Ok(r),
            Ok(fa::FloatPower::Complex) => {
                let z = crate::types::complex_ops::pow((x, 0.0), (y, 0.0))
                    .map_err(|e| crate::types::complex::pow_error(vm, e))?;
                return Ok(Some(crate::types::complex::new_complex(vm, z)));
            }
            Err(e) => Err(e),
        },
        _ => return Ok(None),
    };
    r.map(|r| Some(Value::Float(r)))
        .map_err(|e| num_error(vm, e))
}

/// `a op b` where at least one side is a float.
pub fn float_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (coerce_f64(vm, a)?, coerce_f64(vm, b)?) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(float_op(vm, x, y, op)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

macro_rules! float_binary_methods {
    ($($fwd:ident, $refl:ident, $name:literal, $rname:literal, $op:ident;)*) => {
        $(
            fn $fwd(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = wrapper_args(vm, args, $name, 1)?;
                if !as_f64(&a[0]).is_some() {
                    return Err(descriptor_error(vm, $name, "float", &a[0]));
                }
                float_binop(vm, &a[0], &a[1], BinOp::$op)
            }
            fn $refl(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = wrapper_args(vm, args, $rname, 1)?;
                if !as_f64(&a[0]).is_some() {
                    return Err(descriptor_error(vm, $rname, "float", &a[0]));
                }
                float_binop(vm, &a[1], &a[0], BinOp::$op)
            }
        )*
    };
}

float_binary_methods! {
    float_add, float_radd, "__add__", "__radd__", Add;
    float_sub, float_rsub, "__sub__", "__rsub__", Sub;
    float_mul, float_rmul, "__mul__", "__rmul__", Mul;
    float_truediv, float_rtruediv, "__truediv__", "__rtruediv__", TrueDiv;
    float_floordiv, float_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDiv;
    float_mod, float_rmod, "__mod__", "__rmod__", Mod;
}

/// `__pow__`/`__rpow__` with an optional modulus, which floats refuse.
fn pow_method(vm: &Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = ternary_wrapper_args(vm, args, name)?;
    if a.get(2).is_some_and(|m| !m.is_none()) {
        return Err(vm.type_error(
            "pow() 3rd argument not allowed unless all arguments are integers".into(),
        ));
    }
    if reflected {
        float_binop(vm, &a[1], &a[0], BinOp::Pow)
    } else {
        float_binop(vm, &a[0], &a[1], BinOp::Pow)
    }
}

fn float_pow_method(vm: &Vm, args: Args) -> PyResult<Value> {
    pow_method(vm, args, "__pow__", false)
}

fn float_rpow(vm: &Vm, args: Args) -> PyResult<Value> {
    pow_method(vm, args, "__rpow__", true)
}

fn divmod_values(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (coerce_f64(vm, a)?, coerce_f64(vm, b)?) else {
        return Ok(vm.not_implemented.clone());
    };
    let (q, r) = crate::number::float_arith::float_divmod(x, y).map_err(|e| num_error(vm, e))?;
    Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn float_divmod_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, args, "__divmod__", 1)?;
    divmod_values(vm, &a[0], &a[1])
}

fn float_rdivmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper_args(vm, args, "__rdivmod__", 1)?;
    divmod_values(vm, &a[1], &a[0])
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let a = wrapper_args(vm, args, op.dunder().name(), 1)?;
    let x = float_self(vm, &a[0], op.dunder().name())?;
    if let Some(y) = as_f64(&a[1]) {
        return Ok(Value::Bool(match x.partial_cmp(&y) {
            Some(o) => op.holds(o),
            None => op == CompareOp::Ne,
        }));
    }
    if !crate::types::int::is_int(&a[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let holds = match compare_int_value_float(&a[1], x) {
        Some(ord) => op.holds(ord.reverse()),
        None => op == CompareOp::Ne,
    };
    Ok(Value::Bool(holds))
}

crate::types::compare_methods! {
    compare;
    float_eq, Eq; float_ne, Ne; float_lt, Lt; float_le, Le; float_gt, Gt; float_ge, Ge;
}

fn float_unary(vm: &Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let a = wrapper0(vm, args, name)?;
    Ok(Value::Float(f(float_self(vm, &a[0], name)?)))
}

fn float_neg(vm: &Vm, args: Args) -> PyResult<Value> {
    float_unary(vm, args, "__neg__", |x| -x)
}

fn float_pos(vm: &Vm, args: Args) -> PyResult<Value> {
    float_unary(vm, args, "__pos__", |x| x)
}

fn float_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    float_unary(vm, args, "__abs__", f64::abs)
}

fn float_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__bool__")?;
    Ok(Value::Bool(float_self(vm, &a[0], "__bool__")? != 0.0))
}

fn float_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__hash__")?;
    let x = float_self(vm, &a[0], "__hash__")?;
    Ok(Value::Int(
        crate::number::hash::hash_float(x).unwrap_or(a[0].identity() as i64),
    ))
}

fn float_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__repr__")?;
    let x = float_self(vm, &a[0], "__repr__")?;
    Ok(vm.new_str(garter_syntax::literal::repr::float_repr(x)))
}

fn float_is_integer(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "float.is_integer")?;
    let x = float_self(vm, &a[0], "float.is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = new_class(vm, args, "float", &vm.types.float)?;
    args.no_keywords(vm, "float")?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let value = match pos.get(1) {
        None => 0.0,
        Some(x) => float_from_value(vm, x)?,
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types.float) {
        return Ok(new_float(vm, value));
    }
    Ok(vm.new_object(cls, Payload::Float(value)))
}

/// `float(x)` for one argument.
pub fn float_from_value(vm: &Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(x) {
        return Ok(f);
    }
    if let Some(s) = x.as_str() {
        return crate::number::parse::parse_float(s.as_str()).map_err(|e| num_error(vm, e));
    }
    if let Some(n) = as_bigint(x) {
        return int_to_f64(vm, &n);
    }
    if let Some(r) = vm.call_dunder(x, crate::dunder::Dunder::Float, &[])? {
        return as_f64(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name_of(x),
                vm.type_name_of(&r)
            ))
        });
    }
    if vm
        .class_of(x)
        .as_type()
        .is_some_and(|t| t.dunder(crate::dunder::Dunder::Index).is_some())
    {
        let n = vm.index_object(x)?;
        if let Some(n) = as_bigint(&n) {
            return int_to_f64(vm, &n);
        }
    }
    if let Some(data) = crate::types::bytes::bytes_like(vm, x)? {
        let parsed = std::str::from_utf8(&data)
            .ok()
            .and_then(|t| crate::number::parse::parse_float(t).ok());
        return match parsed {
            Some(f) => Ok(f),
            None => Err(vm.value_error(format!(
                "could not convert string to float: {}",
                vm.repr_string(x)?
            ))),
        };
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name_of(x)
    )))
}

fn get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(float_self(vm, v, "imag")?))
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
    MethodDef::method("__int__", fm::float_int),
    MethodDef::method("__float__", fm::float_to_exact),
    MethodDef::method("__hash__", float_hash),
    MethodDef::method("__repr__", float_repr),
    MethodDef::method("is_integer", float_is_integer),
    MethodDef::method("conjugate", fm::float_conjugate),
    MethodDef::method("__format__", fm::float_format),
    MethodDef::method("__round__", fm::float_round_method),
    MethodDef::method("__trunc__", fm::float_trunc),
    MethodDef::method("__floor__", fm::float_floor),
    MethodDef::method("__ceil__", fm::float_ceil),
    MethodDef::method("__getnewargs__", fm::float_getnewargs),
    MethodDef::method("hex", fm::float_hex_method),
    MethodDef::method("as_integer_ratio", fm::float_as_integer_ratio_method),
    MethodDef::class("fromhex", fm::float_fromhex_method),
    MethodDef::class("__getformat__", fm::float_getformat),
    MethodDef::method("__sizeof__", fm::float_sizeof),
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
