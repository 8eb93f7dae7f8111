//! Numeric builtins: `abs`, `divmod`, `pow`, `round`, `bin`, `oct`,
//! `hex`, `chr`, `ord`.

use num_traits::Signed;

use crate::args::Args;
use crate::dunder::{BinOp, Dunder};
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::int::as_bigint;
use crate::value::Value;
use crate::Vm;

pub fn abs(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "abs", 1, 1)?;
    match &a[0] {
        Value::Int(i) if *i != i64::MIN => Ok(Value::Int(i.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => vm.unary_op(v, Dunder::Abs),
    }
}

pub fn divmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "divmod", 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let ta = vm
        .class_of(x)
        .as_type()
        .and_then(|t| t.dunder(Dunder::DivMod));
    if let Some(f) = ta {
        let r = vm.call(&f, Args::positional(&[x.clone(), y.clone()]))?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(f) = vm
        .class_of(y)
        .as_type()
        .and_then(|t| t.dunder(Dunder::RDivMod))
    {
        let r = vm.call(&f, Args::positional(&[y.clone(), x.clone()]))?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    Err(vm.unsupported_operands(x, y, "divmod()"))
}

pub fn pow(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 3 {
        return Err(vm.type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            args.values.len()
        )));
    }
    let [base, exp, modulus] = args.bind(vm, "pow", ["base", "exp", "mod"], 3)?;
    let Some(base) = base else {
        return Err(vm.type_error("pow() missing required argument 'base' (pos 1)".into()));
    };
    let Some(exp) = exp else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)".into()));
    };
    match modulus {
        Some(m) if !m.is_none() => {
            if as_bigint(&base).is_some() && as_bigint(&exp).is_some() && as_bigint(&m).is_some() {
                return crate::types::int::int_pow3(vm, &base, &exp, &m);
            }
            ternary_pow(vm, &base, &exp, &m)
        }
        _ => vm.binary_op(&base, &exp, BinOp::Pow),
    }
}

/// Whether `v` is an instance of a builtin numeric type (not a subclass
/// defined in Python).
fn is_builtin_number(vm: &Vm, v: &Value) -> bool {
    let cls = vm.class_of(v);
    [
        &vm.types.int,
        &vm.types.bool,
        &vm.types.float,
        &vm.types.complex,
    ]
    .iter()
    .any(|t| std::rc::Rc::ptr_eq(cls, t))
}

/// Three-argument `pow` when not every argument is an int: the base's
/// `__pow__(exp, mod)` (three-argument power never uses `__rpow__`).
fn ternary_pow(vm: &Vm, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    if let Some(r) = vm.call_dunder(base, Dunder::Pow, &[exp.clone(), modulus.clone()])? {
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    let same_type = std::rc::Rc::ptr_eq(vm.class_of(base), vm.class_of(exp));
    if !same_type && is_builtin_number(vm, exp) {
        if let Some(r) = vm.call_dunder(exp, Dunder::RPow, &[base.clone(), modulus.clone()])? {
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    let cls = vm.class_of(modulus);
    if std::rc::Rc::ptr_eq(cls, &vm.types.float) {
        return Err(vm.type_error(
            "pow() 3rd argument not allowed unless all arguments are integers".into(),
        ));
    }
    if std::rc::Rc::ptr_eq(cls, &vm.types.complex) {
        return Err(vm.value_error("complex modulo".into()));
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name_of(base),
        vm.type_name_of(exp),
        vm.type_name_of(modulus)
    )))
}

pub fn round(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 2 {
        return Err(vm.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.values.len()
        )));
    }
    let [number, ndigits] = args.bind(vm, "round", ["number", "ndigits"], 2)?;
    let Some(number) = number else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)".into()));
    };
    let rest: Vec<Value> = ndigits.into_iter().filter(|v| !v.is_none()).collect();
    match vm.call_dunder(&number, Dunder::Round, &rest)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name_of(&number)
        ))),
    }
}

fn radix(vm: &Vm, args: Args, name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    let a = args.count(vm, name, 1, 1)?;
    let n = vm.index_object(&a[0])?;
    let n = as_bigint(&n).map(|b| b.into_owned()).unwrap_or_default();
    let digits = n.abs().to_str_radix(base);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(vm.new_str(format!("{sign}{prefix}{digits}")))
}

pub fn bin(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}

pub fn oct(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}

pub fn hex(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}

pub fn chr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "chr", 1, 1)?;
    let code = vm.index_value(&a[0]).map_err(|e| {
        if vm.err_matches(&e, &vm.exc.index_error) {
            vm.overflow_error("Python int too large to convert to C int".into())
        } else {
            e
        }
    })?;
    if !(0..=0x10ffff).contains(&code) {
        return Err(vm.value_error("chr() arg not in range(0x110000)".into()));
    }
    match crate::text::surrogates::stored_char(code as u32) {
        Some(c) => Ok(vm.char_value(c)),
        None => Err(vm.value_error(format!(
            "chr() arg {code:#x} is not supported: {}",
            crate::text::surrogates::RESERVED_MESSAGE
        ))),
    }
}

pub fn ord(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "ord", 1, 1)?;
    match a[0].as_str() {
        Some(s) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(i64::from(crate::text::surrogates::code_point(
                    c,
                )))),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        None => {
            let bytes: Option<Vec<u8>> = match a[0].payload() {
                Some(Payload::Bytes(b)) => Some(b.to_vec()),
                Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
                _ => None,
            };
            match bytes.as_deref() {
                Some([x]) => Ok(Value::Int(*x as i64)),
                Some(other) => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    other.len()
                ))),
                None => Err(vm.type_error(format!(
                    "ord() expected string of length 1, but {} found",
                    vm.type_name_of(&a[0])
                ))),
            }
        }
    }
}
