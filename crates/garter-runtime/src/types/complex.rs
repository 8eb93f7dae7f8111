//! `complex`: pairs of doubles with CPython's constructor, arithmetic
//! (mixing with int and float on either side), comparisons (equality
//! only), hash, `repr` and attributes. The arithmetic itself is in
//! `complex_ops.rs`.

use crate::args::Args;
use crate::dunder::{CompareOp, Dunder};
use crate::error::{PyErr, PyResult};
use crate::object::Payload;
use crate::types::complex_ops::{self, ComplexError, ParseError, C64};
use crate::types::float::{as_f64, coerce_f64};
use crate::types::int::as_bigint;
use crate::types::int_args::new_class;
use crate::types::int_args::{
    descriptor_error, no_args, one_arg, self_type_error, ternary_wrapper_args, wrapper0,
    wrapper_args,
};
use crate::types::type_object::{GetSetDef, MethodDef};
use crate::value::Value;
use crate::Vm;

/// The value of a complex (or complex subclass instance).
pub fn as_complex(v: &Value) -> Option<C64> {
    match v.payload() {
        Some(Payload::Complex { re, im }) => Some((*re, *im)),
        _ => None,
    }
}

/// A complex, float or int operand as a complex; `None` for other types.
pub fn coerce_complex(vm: &Vm, v: &Value) -> PyResult<Option<C64>> {
    if let Some(z) = as_complex(v) {
        return Ok(Some(z));
    }
    Ok(coerce_f64(vm, v)?.map(|re| (re, 0.0)))
}

/// A new exact complex value.
pub fn new_complex(vm: &Vm, z: C64) -> Value {
    vm.new_object(
        vm.types.complex.clone(),
        Payload::Complex { re: z.0, im: z.1 },
    )
}

fn complex_self(vm: &Vm, v: &Value, name: &str) -> PyResult<C64> {
    as_complex(v).ok_or_else(|| self_type_error(vm, name, "complex", v))
}

pub fn pow_error(vm: &Vm, e: ComplexError) -> PyErr {
    match e {
        ComplexError::Domain => vm.zero_division_error("0.0 to a negative or complex power".into()),
        ComplexError::Range => vm.overflow_error("complex exponentiation".into()),
    }
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

fn binop(vm: &Vm, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
    let (Some(x), Some(y)) = (coerce_complex(vm, a)?, coerce_complex(vm, b)?) else {
        return Ok(vm.not_implemented.clone());
    };
    let r = match op {
        Op::Add => complex_ops::add(x, y),
        Op::Sub => complex_ops::sub(x, y),
        Op::Mul => complex_ops::mul(x, y),
        Op::Div => complex_ops::quot(x, y)
            .map_err(|_| vm.zero_division_error("complex division by zero".into()))?,
        Op::Pow => complex_ops::pow(x, y).map_err(|e| pow_error(vm, e))?,
    };
    Ok(new_complex(vm, r))
}

macro_rules! complex_binary_methods {
    ($($fwd:ident, $refl:ident, $name:literal, $rname:literal, $op:ident;)*) => {
        $(
            fn $fwd(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = wrapper_args(vm, args, $name, 1)?;
                if !as_complex(&a[0]).is_some() {
                    return Err(descriptor_error(vm, $name, "complex", &a[0]));
                }
                binop(vm, &a[0], &a[1], Op::$op)
            }
            fn $refl(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = wrapper_args(vm, args, $rname, 1)?;
                if !as_complex(&a[0]).is_some() {
                    return Err(descriptor_error(vm, $rname, "complex", &a[0]));
                }
                binop(vm, &a[1], &a[0], Op::$op)
            }
        )*
    };
}

complex_binary_methods! {
    complex_add, complex_radd, "__add__", "__radd__", Add;
    complex_sub, complex_rsub, "__sub__", "__rsub__", Sub;
    complex_mul, complex_rmul, "__mul__", "__rmul__", Mul;
    complex_truediv, complex_rtruediv, "__truediv__", "__rtruediv__", Div;
}

fn pow_with_modulus(vm: &Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = ternary_wrapper_args(vm, args, name)?;
    if a.get(2).is_some_and(|m| !m.is_none()) {
        return Err(vm.value_error("complex modulo".into()));
    }
    if reflected {
        binop(vm, &a[1], &a[0], Op::Pow)
    } else {
        binop(vm, &a[0], &a[1], Op::Pow)
    }
}

fn complex_pow(vm: &Vm, args: Args) -> PyResult<Value> {
    pow_with_modulus(vm, args, "__pow__", false)
}

fn complex_rpow(vm: &Vm, args: Args) -> PyResult<Value> {
    pow_with_modulus(vm, args, "__rpow__", true)
}

/// `complex == other` for a number `other`; `None` for other types.
fn equals(vm: &Vm, z: C64, other: &Value) -> Option<bool> {
    if let Some(w) = as_complex(other) {
        return Some(z == w);
    }
    if let Some(f) = as_f64(other) {
        return Some(z.0 == f && z.1 == 0.0);
    }
    if as_bigint(other).is_some() {
        if z.1 != 0.0 {
            return Some(false);
        }
        let r = vm.compare(&Value::Float(z.0), other, CompareOp::Eq).ok()?;
        return Some(matches!(r, Value::Bool(true)));
    }
    None
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let a = wrapper_args(vm, args, op.dunder().name(), 1)?;
    let z = complex_self(vm, &a[0], op.dunder().name())?;
    match (op, equals(vm, z, &a[1])) {
        (CompareOp::Eq, Some(eq)) => Ok(Value::Bool(eq)),
        (CompareOp::Ne, Some(eq)) => Ok(Value::Bool(!eq)),
        _ => Ok(vm.not_implemented.clone()),
    }
}

crate::types::compare_methods! {
    compare;
    complex_eq, Eq; complex_ne, Ne; complex_lt, Lt; complex_le, Le; complex_gt, Gt; complex_ge, Ge;
}

fn unary(vm: &Vm, args: Args, name: &str, f: fn(C64) -> C64) -> PyResult<Value> {
    let a = if name.starts_with("__") {
        wrapper0(vm, args, name)?
    } else {
        no_args(vm, args, "complex.conjugate")?
    };
    Ok(new_complex(vm, f(complex_self(vm, &a[0], name)?)))
}

fn complex_neg(vm: &Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__neg__", |z| (-z.0, -z.1))
}

fn complex_pos(vm: &Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__pos__", |z| z)
}

fn complex_conjugate(vm: &Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "conjugate", |z| (z.0, -z.1))
}

/// `__complex__`: an exact complex is returned as is.
fn complex_complex(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "complex.__complex__")?;
    let z = complex_self(vm, &a[0], "complex.__complex__")?;
    match &a[0] {
        Value::Obj(o) if crate::types::dict::is_builtin(o) => Ok(a[0].clone()),
        _ => Ok(new_complex(vm, z)),
    }
}

fn complex_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__abs__")?;
    let z = complex_self(vm, &a[0], "__abs__")?;
    complex_ops::abs(z)
        .map(Value::Float)
        .map_err(|_| vm.overflow_error("absolute value too large".into()))
}

fn complex_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__bool__")?;
    let z = complex_self(vm, &a[0], "__bool__")?;
    Ok(Value::Bool(z.0 != 0.0 || z.1 != 0.0))
}

/// CPython's complex hash: `hash(re) + 1000003 * hash(im)`, wrapping.
pub fn complex_hash_value(z: C64, identity: usize) -> i64 {
    let part = |x: f64| crate::ops::hash::float_hash(x).unwrap_or(identity as i64);
    let h = (part(z.0) as u64).wrapping_add(1_000_003u64.wrapping_mul(part(z.1) as u64)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn complex_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__hash__")?;
    let z = complex_self(vm, &a[0], "__hash__")?;
    Ok(Value::Int(complex_hash_value(z, a[0].identity())))
}

fn complex_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = wrapper0(vm, args, "__repr__")?;
    let z = complex_self(vm, &a[0], "__repr__")?;
    Ok(vm.new_str(garter_syntax::literal::repr::complex_repr(z.0, z.1)))
}

fn complex_getnewargs(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "complex.__getnewargs__")?;
    let z = complex_self(vm, &a[0], "complex.__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(z.0), Value::Float(z.1)]))
}

fn has_dunder(vm: &Vm, v: &Value, d: Dunder) -> bool {
    vm.class_of(v)
        .as_type()
        .is_some_and(|t| t.dunder(d).is_some_and(|f| !f.is_none()))
}

/// Whether `complex()` accepts `v` as a number.
fn is_number(vm: &Vm, v: &Value) -> bool {
    as_complex(v).is_some() || has_dunder(vm, v, Dunder::Float) || has_dunder(vm, v, Dunder::Index)
}

/// `v.__complex__()` if `v`'s class has it.
fn complex_special(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    if !has_dunder(vm, v, Dunder::Complex) {
        return Ok(None);
    }
    match vm.call_dunder(v, Dunder::Complex, &[])? {
        Some(r) if as_complex(&r).is_some() => Ok(Some(r)),
        Some(r) => Err(vm.type_error(format!(
            "__complex__ returned non-complex (type {})",
            vm.type_name_of(&r)
        ))),
        None => Ok(None),
    }
}

fn parse_str(vm: &Vm, s: &str) -> PyResult<C64> {
    complex_ops::parse(s).map_err(|e| match e {
        ParseError::Malformed => vm.value_error("complex() arg is a malformed string".into()),
        ParseError::Underscores => {
            let shown = crate::types::str_methods::str_repr(s);
            vm.value_error(format!("could not convert string to complex: {shown}"))
        }
    })
}

/// The value of `complex(real, imag)` (arguments already checked to be
/// numbers or absent).
fn from_parts(vm: &Vm, real: &Value, imag: Option<&Value>) -> PyResult<C64> {
    let (cr, cr_is_complex) = match as_complex(real) {
        Some(z) => (z, true),
        None => (
            (crate::types::float::float_from_value(vm, real)?, 0.0),
            false,
        ),
    };
    let (ci, ci_is_complex) = match imag {
        None => ((cr.1, 0.0), false),
        Some(i) => match as_complex(i) {
            Some(z) => (z, true),
            None => ((crate::types::float::float_from_value(vm, i)?, 0.0), false),
        },
    };
    let mut re = cr.0;
    let mut im = ci.0;
    if ci_is_complex {
        re -= ci.1;
    }
    if cr_is_complex && imag.is_some() {
        im += cr.1;
    }
    Ok((re, im))
}

fn complex_new(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 3 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.values.len() - 1
        )));
    }
    for (name, _) in args.keywords() {
        if name != "real" && name != "imag" {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for complex()"
            )));
        }
    }
    let cls = new_class(vm, args, "complex", &vm.types.complex)?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let [real, imag] = rest.bind(vm, "complex", ["real", "imag"], 2)?;
    let exact = std::rc::Rc::ptr_eq(&cls, &vm.types.complex);
    let z = match real {
        None => match &imag {
            None => (0.0, 0.0),
            Some(i) => {
                check_imag(vm, i)?;
                from_parts(vm, &Value::Int(0), Some(i))?
            }
        },
        Some(r) => {
            if let Some(s) = r.as_str() {
                if imag.is_some() {
                    return Err(vm.type_error(
                        "complex() can't take second arg if first is a string".into(),
                    ));
                }
                parse_str(vm, s.as_str())?
            } else {
                if exact && imag.is_none() {
                    if let Value::Obj(o) = &r {
                        if crate::types::dict::is_builtin(o) && as_complex(&r).is_some() {
                            return Ok(r);
                        }
                    }
                }
                if let Some(i) = &imag {
                    if i.as_str().is_some() {
                        return Err(vm.type_error("complex() second arg can't be a string".into()));
                    }
                }
                let r = complex_special(vm, &r)?.unwrap_or(r);
                if !is_number(vm, &r) {
                    return Err(vm.type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        vm.type_name_of(&r)
                    )));
                }
                if let Some(i) = &imag {
                    check_imag(vm, i)?;
                }
                from_parts(vm, &r, imag.as_ref())?
            }
        }
    };
    Ok(vm.new_object(cls, Payload::Complex { re: z.0, im: z.1 }))
}

fn check_imag(vm: &Vm, i: &Value) -> PyResult<()> {
    if i.as_str().is_some() {
        return Err(vm.type_error("complex() second arg can't be a string".into()));
    }
    if !is_number(vm, i) {
        return Err(vm.type_error(format!(
            "complex() second argument must be a number, not '{}'",
            vm.type_name_of(i)
        )));
    }
    Ok(())
}

fn complex_format(vm: &Vm, args: Args) -> PyResult<Value> {
    use crate::types::int_methods::num_error;
    let a = one_arg(vm, args, "complex.__format__")?;
    let Some(spec) = a[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name_of(&a[1])
        )));
    };
    if spec.as_str().is_empty() {
        return vm.str(&a[0]).map(Value::Obj);
    }
    let z = complex_self(vm, &a[0], "complex.__format__")?;
    let type_name = vm.type_name_of(&a[0]);
    let spec = crate::format::spec::parse_format_spec(
        spec.as_str(),
        crate::format::spec::SpecTarget::Complex,
        &type_name,
    )
    .map_err(|e| num_error(vm, e))?;
    let text = crate::format::number::format_complex(z.0, z.1, &spec, &type_name)
        .map_err(|e| num_error(vm, e))?;
    Ok(vm.new_str(text))
}

fn get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(complex_self(vm, v, "real")?.0))
}

fn get_imag(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(complex_self(vm, v, "imag")?.1))
}

/// `real` and `imag` are read-only members.
fn set_readonly(vm: &Vm, _v: &Value, _value: Option<Value>) -> PyResult<()> {
    Err(vm.new_error(&vm.exc.attribute_error, "readonly attribute".into()))
}

fn complex_sizeof(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = no_args(vm, args, "complex.__sizeof__")?;
    complex_self(vm, &a[0], "complex.__sizeof__")?;
    Ok(Value::Int(32))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", complex_new),
    MethodDef::method("__add__", complex_add),
    MethodDef::method("__radd__", complex_radd),
    MethodDef::method("__sub__", complex_sub),
    MethodDef::method("__rsub__", complex_rsub),
    MethodDef::method("__mul__", complex_mul),
    MethodDef::method("__rmul__", complex_rmul),
    MethodDef::method("__truediv__", complex_truediv),
    MethodDef::method("__rtruediv__", complex_rtruediv),
    MethodDef::method("__pow__", complex_pow),
    MethodDef::method("__rpow__", complex_rpow),
    MethodDef::method("__eq__", complex_eq),
    MethodDef::method("__ne__", complex_ne),
    MethodDef::method("__lt__", complex_lt),
    MethodDef::method("__le__", complex_le),
    MethodDef::method("__gt__", complex_gt),
    MethodDef::method("__ge__", complex_ge),
    MethodDef::method("__neg__", complex_neg),
    MethodDef::method("__pos__", complex_pos),
    MethodDef::method("__abs__", complex_abs),
    MethodDef::method("__bool__", complex_bool),
    MethodDef::method("__hash__", complex_hash),
    MethodDef::method("__repr__", complex_repr),
    MethodDef::method("__complex__", complex_complex),
    MethodDef::method("__getnewargs__", complex_getnewargs),
    MethodDef::method("conjugate", complex_conjugate),
    MethodDef::method("__sizeof__", complex_sizeof),
    MethodDef::method("__format__", complex_format),
];

pub const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "real",
        get: get_real,
        set: Some(set_readonly),
    },
    GetSetDef {
        name: "imag",
        get: get_imag,
        set: Some(set_readonly),
    },
];
