//! The `math` module: CPython's functions with its argument conversion
//! (`must be real number, not str`), special-value handling and errors
//! (`math domain error` / `math range error`). Algorithms that are more
//! than a C library call live in `math/special.rs`; integer functions in
//! `math/integer.rs`.

mod integer;
mod special;
#[cfg(test)]
mod tests;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::{PyErr, PyResult};
use crate::types::float::as_f64;
use crate::types::int::{as_bigint, float_to_int, int_to_f64};
use crate::value::Value;
use crate::Vm;

use special::{MathError, MathResult};

fn domain_error(vm: &Vm) -> PyErr {
    vm.value_error("math domain error".into())
}

fn range_error(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error".into())
}

fn math_error(vm: &Vm, e: MathError) -> PyErr {
    match e {
        MathError::Domain => domain_error(vm),
        MathError::Range => range_error(vm),
    }
}

/// An argument as a double, as `PyFloat_AsDouble` converts it: floats,
/// ints (OverflowError when too large), `__float__`, then `__index__`.
pub fn real_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    if let Some(n) = as_bigint(v) {
        return int_to_f64(vm, &n);
    }
    if let Some(r) = vm.call_dunder(v, Dunder::Float, &[])? {
        return as_f64(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name_of(v),
                vm.type_name_of(&r)
            ))
        });
    }
    if vm
        .class_of(v)
        .as_type()
        .is_some_and(|t| t.dunder(Dunder::Index).is_some())
    {
        let n = vm.index_object(v)?;
        if let Some(n) = as_bigint(&n) {
            return int_to_f64(vm, &n);
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name_of(v))))
}

/// A one-argument libm function: NaN from a non-NaN is a domain error,
/// an infinity from a finite value an overflow (or a domain error, for
/// functions with poles rather than overflow).
fn math_1(
    vm: &Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let a = single_arg(vm, &args, name)?;
    let x = real_arg(vm, &a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::Float(r))
}

/// A one-argument function with its own error decisions.
fn math_1_checked(vm: &Vm, args: Args, name: &str, f: fn(f64) -> MathResult) -> PyResult<Value> {
    let a = single_arg(vm, &args, name)?;
    let x = real_arg(vm, &a[0])?;
    f(x).map(Value::Float).map_err(|e| math_error(vm, e))
}

/// A two-argument function: NaN from non-NaNs is a domain error, an
/// infinity from finite values an overflow.
fn math_2(vm: &Vm, args: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let a = args.count(vm, name, 2, 2)?;
    let x = real_arg(vm, &a[0])?;
    let y = real_arg(vm, &a[1])?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

macro_rules! unary_functions {
    ($($name:ident, $f:expr, $overflow:expr;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult<Value> {
            math_1(vm, args, stringify!($name), $f, $overflow)
        })*
    };
}

unary_functions! {
    acos, f64::acos, false;
    acosh, special::acosh, false;
    asin, f64::asin, false;
    asinh, special::asinh, false;
    atan, f64::atan, false;
    atanh, special::atanh, false;
    cbrt, special::cbrt, false;
    cos, f64::cos, false;
    cosh, f64::cosh, true;
    erf, special::erf, false;
    erfc, special::erfc, false;
    exp, f64::exp, true;
    exp2, f64::exp2, true;
    expm1, f64::exp_m1, true;
    fabs, f64::abs, false;
    log1p, f64::ln_1p, false;
    sin, f64::sin, false;
    sinh, f64::sinh, true;
    sqrt, f64::sqrt, false;
    tan, f64::tan, false;
    tanh, f64::tanh, false;
}

fn gamma(vm: &Vm, args: Args) -> PyResult<Value> {
    math_1_checked(vm, args, "gamma", special::gamma)
}

fn lgamma(vm: &Vm, args: Args) -> PyResult<Value> {
    math_1_checked(vm, args, "lgamma", special::lgamma)
}

fn atan2(vm: &Vm, args: Args) -> PyResult<Value> {
    math_2(vm, args, "atan2", f64::atan2)
}

fn copysign(vm: &Vm, args: Args) -> PyResult<Value> {
    math_2(vm, args, "copysign", f64::copysign)
}

fn remainder(vm: &Vm, args: Args) -> PyResult<Value> {
    math_2(vm, args, "remainder", special::remainder)
}

fn fmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "fmod", 2, 2)?;
    let x = real_arg(vm, &a[0])?;
    let y = real_arg(vm, &a[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn pow(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "pow", 2, 2)?;
    let x = real_arg(vm, &a[0])?;
    let y = real_arg(vm, &a[1])?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = x.powf(y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain_error(vm));
    }
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

/// `floor`/`ceil`: exact floats directly, else `__floor__`/`__ceil__`,
/// else the value as a float.
fn round_to_int(vm: &Vm, args: Args, name: &str, d: Dunder, f: fn(f64) -> f64) -> PyResult<Value> {
    let a = single_arg(vm, &args, name)?;
    let x = match &a[0] {
        Value::Float(x) => *x,
        v => {
            if let Some(r) = vm.call_dunder(v, d, &[])? {
                return Ok(r);
            }
            real_arg(vm, v)?
        }
    };
    float_to_int(vm, f(x))
}

fn floor(vm: &Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, args, "floor", Dunder::Floor, f64::floor)
}

fn ceil(vm: &Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, args, "ceil", Dunder::Ceil, f64::ceil)
}

fn trunc(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "math.trunc", 1, 1)?;
    if let Value::Float(x) = &a[0] {
        return float_to_int(vm, *x);
    }
    match vm.call_dunder(&a[0], Dunder::Trunc, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name_of(&a[0])
        ))),
    }
}

/// `log` of an int argument, exact for ints too large for a float.
fn log_helper(vm: &Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = as_bigint(v) {
        if !n.is_positive() {
            return Err(domain_error(vm));
        }
        if let Some(x) = n.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let (m, e) = bigint_frexp(&n);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = real_arg(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 || x == f64::NEG_INFINITY {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

/// A positive big int as `m * 2**e` with `m` in [0.5, 1], rounding `m`
/// to 53 bits (half to even: the lowest of the 55 bits kept stands for
/// any bits shifted out).
fn bigint_frexp(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    let shift = bits.saturating_sub(55);
    let top = (n >> shift).to_u64().unwrap_or(0);
    let sticky = !(n - ((n >> shift) << shift)).is_zero();
    let top = top | sticky as u64;
    let m = special::ldexp(top as f64, -(bits as i64 - shift as i64));
    (m, bits)
}

fn log(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_keywords(vm, "math.log")?;
    let a = args.pos();
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments".into()));
    }
    let num = log_helper(vm, &a[0], f64::ln)?;
    match a.get(1) {
        None => Ok(Value::Float(num)),
        Some(base) => {
            let den = log_helper(vm, base, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division_error("float division by zero".into()));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "math.log2", 1, 1)?;
    log_helper(vm, &a[0], f64::log2).map(Value::Float)
}

fn log10(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "math.log10", 1, 1)?;
    log_helper(vm, &a[0], f64::log10).map(Value::Float)
}

fn frexp(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "math.frexp", 1, 1)?;
    let (m, e) = special::frexp(real_arg(vm, &a[0])?);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "ldexp", 2, 2)?;
    let x = real_arg(vm, &a[0])?;
    let Some(n) = as_bigint(&a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp.".into()));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let n = n
        .to_i64()
        .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
    let r = special::ldexp(x, n);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn modf(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "math.modf", 1, 1)?;
    let x = real_arg(vm, &a[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn float_function(vm: &Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let a = single_arg(vm, &args, name)?;
    Ok(Value::Float(f(real_arg(vm, &a[0])?)))
}

fn degrees(vm: &Vm, args: Args) -> PyResult<Value> {
    float_function(vm, args, "degrees", |x| x * (180.0 / std::f64::consts::PI))
}

fn radians(vm: &Vm, args: Args) -> PyResult<Value> {
    float_function(vm, args, "radians", |x| x * (std::f64::consts::PI / 180.0))
}

fn ulp(vm: &Vm, args: Args) -> PyResult<Value> {
    float_function(vm, args, "ulp", special::ulp)
}

fn predicate(vm: &Vm, args: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let a = single_arg(vm, &args, name)?;
    Ok(Value::Bool(f(real_arg(vm, &a[0])?)))
}

fn isfinite(vm: &Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isfinite", f64::is_finite)
}

fn isinf(vm: &Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isinf", f64::is_infinite)
}

fn isnan(vm: &Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnan", f64::is_nan)
}

fn nextafter(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "nextafter", 2, 2)?;
    let x = real_arg(vm, &a[0])?;
    let y = real_arg(vm, &a[1])?;
    Ok(Value::Float(special::nextafter(x, y)))
}

fn isclose(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos().len()
        )));
    }
    let names = ["a", "b", "rel_tol", "abs_tol"];
    if let Some((name, _)) = args.keywords().find(|(name, _)| !names.contains(name)) {
        return Err(vm.type_error(format!(
            "'{name}' is an invalid keyword argument for isclose()"
        )));
    }
    let [a, b, rel_tol, abs_tol] = args.bind(vm, "isclose", names, 2)?;
    let (Some(a), Some(b)) = (a, b) else {
        return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)".into()));
    };
    let a = real_arg(vm, &a)?;
    let b = real_arg(vm, &b)?;
    let rel_tol = rel_tol.map_or(Ok(1e-9), |v| real_arg(vm, &v))?;
    let abs_tol = abs_tol.map_or(Ok(0.0), |v| real_arg(vm, &v))?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative".into()));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn fsum(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "math.fsum", 1, 1)?;
    let it = vm.iter(&a[0])?;
    let mut sum = special::Fsum::default();
    let fail = |e: special::FsumError| match e {
        special::FsumError::Overflow => vm.overflow_error("intermediate overflow in fsum".into()),
        special::FsumError::InfMinusInf => vm.value_error("-inf + inf in fsum".into()),
    };
    while let Some(x) = vm.next(&it)? {
        let x = real_arg(vm, &x)?;
        sum.add(x).map_err(fail)?;
    }
    sum.total().map(Value::Float).map_err(fail)
}

fn hypot(vm: &Vm, args: Args) -> PyResult<Value> {
    args.no_keywords(vm, "math.hypot")?;
    let values = args
        .pos()
        .iter()
        .map(|x| real_arg(vm, x))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(Value::Float(special::hypot_of(&values)))
}

fn dist(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "dist", 2, 2)?;
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions".into()));
    }
    let diffs = p
        .iter()
        .zip(&q)
        .map(|(x, y)| Ok(real_arg(vm, x)? - real_arg(vm, y)?))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(Value::Float(special::hypot_of(&diffs)))
}

/// Makes the `math` module.
pub fn make(vm: &Vm) -> Value {
    let m = vm.new_module("math");
    super::add_functions(
        vm,
        &m,
        &[
            ("acos", acos),
            ("acosh", acosh),
            ("asin", asin),
            ("asinh", asinh),
            ("atan", atan),
            ("atan2", atan2),
            ("atanh", atanh),
            ("cbrt", cbrt),
            ("ceil", ceil),
            ("comb", integer::comb),
            ("copysign", copysign),
            ("cos", cos),
            ("cosh", cosh),
            ("degrees", degrees),
            ("dist", dist),
            ("erf", erf),
            ("erfc", erfc),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("fabs", fabs),
            ("factorial", integer::factorial),
            ("floor", floor),
            ("fmod", fmod),
            ("frexp", frexp),
            ("fsum", fsum),
            ("gamma", gamma),
            ("gcd", integer::gcd),
            ("hypot", hypot),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isqrt", integer::isqrt),
            ("lcm", integer::lcm),
            ("ldexp", ldexp),
            ("lgamma", lgamma),
            ("log", log),
            ("log10", log10),
            ("log1p", log1p),
            ("log2", log2),
            ("modf", modf),
            ("nextafter", nextafter),
            ("perm", integer::perm),
            ("pow", pow),
            ("prod", integer::prod),
            ("radians", radians),
            ("remainder", remainder),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("tan", tan),
            ("tanh", tanh),
            ("trunc", trunc),
            ("ulp", ulp),
        ],
    );
    vm.module_set(&m, "pi", Value::Float(std::f64::consts::PI));
    vm.module_set(&m, "e", Value::Float(std::f64::consts::E));
    vm.module_set(&m, "tau", Value::Float(std::f64::consts::TAU));
    vm.module_set(&m, "inf", Value::Float(f64::INFINITY));
    vm.module_set(&m, "nan", crate::types::float::new_float(vm, f64::NAN));
    m
}

/// The one positional argument of `math.{name}(x)` (the name is formatted
/// only for the error).
fn single_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    if args.kwnames.is_empty() && args.values.len() == 1 {
        return Ok(args.values);
    }
    args.count(vm, &format!("math.{name}"), 1, 1)
}
