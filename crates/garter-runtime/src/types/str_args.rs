//! Argument checking for `str`'s methods. CPython's str methods check
//! their arguments in several styles whose TypeError wording differs
//! (`str.lower() takes no arguments (1 given)`, `center expected at least
//! 1 argument, got 0`, `count() takes at least 1 argument (0 given)`,
//! `expected 1 argument, got 0` for slot wrappers...); each style has a
//! function here. Also the conversions of their arguments: slice bounds,
//! C sizes, fill characters and str operands.

use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::args::Args;
use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::types::int::as_bigint;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::Vm;

/// The largest string (in bytes) a str method builds; beyond it the
/// method raises MemoryError instead of asking the allocator.
pub const MAX_STR_BYTES: usize = 1 << 32;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `self` of a str method: "unbound method str.lower() needs an
/// argument" or "descriptor 'lower' for 'str' objects doesn't apply to a
/// 'int' object".
pub fn receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    let Some(first) = args.pos().first() else {
        return Err(vm.type_error(format!("unbound method str.{name}() needs an argument")));
    };
    first.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name_of(first)
        ))
    })
}

/// `self` of a slot wrapper (`__add__`, `__getitem__`...).
fn slot_receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    let Some(first) = args.pos().first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'str' object needs an argument"
        )));
    };
    first.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{}'",
            vm.type_name_of(first)
        ))
    })
}

fn no_keywords(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// The positional arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> &'a [Value] {
    args.pos().get(1..).unwrap_or_default()
}

/// A method taking no arguments (`lower`, `isalpha`...).
pub fn no_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    let s = receiver(vm, args, name)?;
    no_keywords(vm, args, name)?;
    let n = rest(args).len();
    if n != 0 {
        return Err(vm.type_error(format!("str.{name}() takes no arguments ({n} given)")));
    }
    Ok(s)
}

/// A method taking exactly one argument (`zfill`, `join`...).
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyStr, &'a Value)> {
    let s = receiver(vm, args, name)?;
    no_keywords(vm, args, name)?;
    match rest(args) {
        [only] => Ok((s, only)),
        other => Err(vm.type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

/// A positional-only method checked as Argument Clinic does (`center
/// expected at least 1 argument, got 0`).
pub fn clinic<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a PyStr, &'a [Value])> {
    let s = receiver(vm, args, name)?;
    no_keywords(vm, args, name)?;
    let values = rest(args);
    check_positional(vm, name, values.len(), min, max)?;
    Ok((s, values))
}

/// Argument Clinic's count check for positional-only parameters.
pub fn check_positional(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let bound = if min == max { "" } else { "at least " };
    if n < min {
        return Err(vm.type_error(format!(
            "{name} expected {bound}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    let bound = if min == max { "" } else { "at most " };
    if n > max {
        return Err(vm.type_error(format!(
            "{name} expected {bound}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// A method parsing its arguments with `PyArg_ParseTuple` (`count()
/// takes at least 1 argument (0 given)`).
pub fn varargs<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a PyStr, &'a [Value])> {
    let s = receiver(vm, args, name)?;
    no_keywords(vm, args, name)?;
    let values = rest(args);
    let n = values.len();
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok((s, values))
}

/// Binds optional parameters that may be given by position or keyword,
/// as Argument Clinic does (`split() takes at most 2 arguments (3
/// given)`, `'x' is an invalid keyword argument for split()`). The first
/// `skip` positional values (`self`, `cls`) are not parameters.
pub fn bind_keywords<const N: usize>(
    vm: &Vm,
    args: &Args,
    skip: usize,
    name: &str,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let positional = args.pos().get(skip..).unwrap_or_default();
    let given = positional.len() + args.kwnames.len();
    if given > N {
        let what = if positional.is_empty() {
            "keyword argument"
        } else {
            "argument"
        };
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} {what}{} ({given} given)",
            plural(N)
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, value) in out.iter_mut().zip(positional) {
        *slot = Some(value.clone());
    }
    for (key, value) in args.keywords() {
        match names.iter().position(|n| *n == key) {
            Some(i) if i < positional.len() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(value.clone());
                }
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(out)
}

/// A method with keyword parameters: `self` and the bound parameters.
pub fn keywords<'a, const N: usize>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    names: [&str; N],
) -> PyResult<(&'a PyStr, [Option<Value>; N])> {
    let s = receiver(vm, args, name)?;
    Ok((s, bind_keywords(vm, args, 1, name, names)?))
}

/// A slot wrapper taking `n` arguments after `self` (`expected 1
/// argument, got 0`).
pub fn slot<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(&'a PyStr, &'a [Value])> {
    let s = slot_receiver(vm, args, name)?;
    if args.has_keywords() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let values = rest(args);
    if values.len() != n {
        return Err(vm.type_error(format!(
            "expected {n} argument{}, got {}",
            plural(n),
            values.len()
        )));
    }
    Ok((s, values))
}

/// A str argument, or TypeError with `message(type name)`.
pub fn text_arg<'a>(
    vm: &Vm,
    v: &'a Value,
    message: impl FnOnce(String) -> String,
) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.type_error(message(vm.type_name_of(v)))),
    }
}

/// A type name as Argument Clinic's conversion errors show it: `None`
/// for None itself ("must be str, not None").
pub fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name_of(v)
    }
}

/// A str argument converted by Argument Clinic, or TypeError with
/// `message(type name)`.
pub fn clinic_text_arg<'a>(
    vm: &Vm,
    v: &'a Value,
    message: impl FnOnce(String) -> String,
) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.type_error(message(clinic_type_name(vm, v)))),
    }
}

/// Whether `v` supports `__index__` (ints, bools and classes defining it).
pub fn has_index(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || as_bigint(v).is_some()
        || vm
            .class_of(v)
            .as_type()
            .and_then(|t| t.dunder(Dunder::Index))
            .is_some()
}

/// An optional `start`/`end` argument: `None` (absent or None) or an
/// index, clamped to the i64 range like CPython's `_PyEval_SliceIndex`.
pub fn slice_bound(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if !has_index(vm, v) {
        return Err(vm.type_error(
            "slice indices must be integers or None or have an __index__ method".into(),
        ));
    }
    let n = vm.index_object(v)?;
    if let Value::Int(i) = n {
        return Ok(Some(i));
    }
    let big = as_bigint(&n).map(|b| b.into_owned()).unwrap_or_default();
    Ok(Some(big.to_i64().unwrap_or(
        if big.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        },
    )))
}

/// An argument converted to a C `Py_ssize_t` (widths, counts).
pub fn ssize(vm: &Vm, v: &Value) -> PyResult<i64> {
    let n = vm.index_object(v)?;
    if let Value::Int(i) = n {
        return Ok(i);
    }
    as_bigint(&n)
        .and_then(|b| b.to_i64())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t".into()))
}

/// An argument converted to a C `int` (tab sizes, flags).
pub fn c_int(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = vm.index_object(v)?;
    let value = match n {
        Value::Int(i) => i32::try_from(i).ok(),
        _ => as_bigint(&n).and_then(|b| b.to_i32()),
    };
    value.ok_or_else(|| vm.overflow_error("Python int too large to convert to C int".into()))
}

/// The fill character of `center`, `ljust` and `rjust`.
pub fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name_of(v)
        )));
    };
    let mut chars = s.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long".into())),
    }
}

/// MemoryError when a result of `bytes` bytes is too big to build.
pub fn check_size(vm: &Vm, bytes: usize) -> PyResult<()> {
    if bytes > MAX_STR_BYTES {
        return Err(vm.memory_error());
    }
    vm.reserve_memory(bytes)
}

/// Whether `v` is an instance of exactly `str` (not a subclass).
pub fn is_exact_str(vm: &Vm, v: &Value) -> bool {
    v.as_obj()
        .and_then(|o| o.class.get())
        .is_some_and(|c| Rc::ptr_eq(c, &vm.types.str))
}

/// The result of a method that may return its input unchanged: `this`
/// itself when `out` is all of it and `this` is an exact str (as CPython
/// returns the same object), else a new str.
pub fn same_or_new(vm: &Vm, this: &Value, original: &str, out: &str) -> Value {
    if out.len() == original.len() && is_exact_str(vm, this) {
        return this.clone();
    }
    crate::types::str::new_str_from(vm, out)
}

/// A `TextError` from `crate::text` as the Python exception it names.
pub fn text_error(vm: &Vm, e: crate::text::error::TextError) -> crate::error::PyErr {
    let msg = e.message().to_string();
    match e.exception_name() {
        "OverflowError" => vm.overflow_error(msg),
        _ => vm.value_error(msg),
    }
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_of(vm: &Vm, v: &Value) -> PyResult<String> {
    let r = vm.repr_string(v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let code = u32::from(c);
        match code {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{code:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{code:04x}")),
            _ => out.push_str(&format!("\\U{code:08x}")),
        }
    }
    Ok(out)
}
