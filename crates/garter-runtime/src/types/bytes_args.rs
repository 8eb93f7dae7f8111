//! Receivers and argument checks of the `bytes` and `bytearray` methods.
//!
//! Methods both types share are written once as `fn name<const BA: bool>`
//! and registered as `name::<false>` on `bytes` and `name::<true>` on
//! `bytearray`; `BA` tells which type `self` must be (CPython refuses
//! `bytes.find(bytearray(), ...)`) and which type to return. The argument
//! checks reproduce the wording of CPython's several parsing styles.

use std::borrow::Cow;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::bytes::{byte_value, bytes_like};
use crate::types::sequence::wrong_receiver;
use crate::types::str_args::check_positional;
use crate::value::Value;
use crate::Vm;

/// The type name of a method's owner.
pub const fn owner(bytearray: bool) -> &'static str {
    if bytearray {
        "bytearray"
    } else {
        "bytes"
    }
}

/// `self` of a shared method, checked to be of the method's type.
pub struct This<'a> {
    pub value: &'a Value,
}

impl<'a> This<'a> {
    /// The bytes of `self`: borrowed from a bytes, copied out of a
    /// bytearray (so user code may run while they are in use). Methods
    /// read them after converting their arguments, as CPython does.
    pub fn data(&self) -> Cow<'a, [u8]> {
        bytes_of(self.value).unwrap_or_default()
    }
}

/// The bytes of a bytes or bytearray (not of other exporters: the
/// arguments CPython accepts only as a "byte string").
pub fn bytes_of(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload()? {
        Payload::Bytes(data) => Some(Cow::Borrowed(data)),
        Payload::ByteArray(cell) => Some(Cow::Owned(cell.borrow().clone())),
        _ => None,
    }
}

/// `self` of a method of `bytes` (`BA` false) or `bytearray` (`BA` true).
pub fn receiver<'a, const BA: bool>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<This<'a>> {
    receiver_value::<BA>(vm, args, name).map(|value| This { value })
}

/// `self` of a method that reads its bytes through [`with_bytes`]
/// instead of copying them (indexing, `len`).
pub fn receiver_value<'a, const BA: bool>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<&'a Value> {
    let first = args.values.first();
    match first {
        Some(v)
            if matches!(
                (v.payload(), BA),
                (Some(Payload::Bytes(_)), false) | (Some(Payload::ByteArray(_)), true)
            ) =>
        {
            Ok(v)
        }
        _ => Err(wrong_receiver(vm, owner(BA), name, first, METHOD_DUNDERS)),
    }
}

/// The dunders of bytes and bytearray that are methods, not slot
/// wrappers (their receiver errors read like ordinary methods').
const METHOD_DUNDERS: &[&str] = &["__bytes__", "__getnewargs__", "__alloc__"];

/// The arguments after `self` of a slot wrapper taking `n` of them:
/// "expected 1 argument, got 0" (CPython's repeat and item-assignment
/// wrappers put a space first), "wrapper __len__() takes no keyword
/// arguments".
pub fn slot_args<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let values = rest(args);
    if values.len() != n {
        let space = if matches!(name, "__mul__" | "__rmul__" | "__imul__" | "__setitem__") {
            " "
        } else {
            ""
        };
        return Err(vm.type_error(format!(
            "{space}expected {n} argument{}, got {}",
            plural(n),
            values.len()
        )));
    }
    Ok(values)
}

/// `f` applied to the bytes of a bytes or bytearray value (empty for
/// anything else). A bytearray stays borrowed during the call, so `f`
/// must not run Python code.
pub fn with_bytes<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> R {
    match v.payload() {
        Some(Payload::Bytes(data)) => f(data),
        Some(Payload::ByteArray(cell)) => f(&cell.borrow()),
        _ => f(&[]),
    }
}

/// The positional arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> &'a [Value] {
    args.pos().get(1..).unwrap_or_default()
}

fn no_keywords<const BA: bool>(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{}.{name}() takes no keyword arguments", owner(BA))));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A method taking no arguments ("bytes.lower() takes no arguments (1
/// given)").
pub fn no_args<'a, const BA: bool>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<This<'a>> {
    let this = receiver::<BA>(vm, args, name)?;
    no_keywords::<BA>(vm, args, name)?;
    let n = rest(args).len();
    if n != 0 {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no arguments ({n} given)",
            owner(BA)
        )));
    }
    Ok(this)
}

/// A method taking exactly one argument ("bytes.join() takes exactly one
/// argument (0 given)").
pub fn one_arg<'a, const BA: bool>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(This<'a>, &'a Value)> {
    let this = receiver::<BA>(vm, args, name)?;
    no_keywords::<BA>(vm, args, name)?;
    match rest(args) {
        [only] => Ok((this, only)),
        other => Err(vm.type_error(format!(
            "{}.{name}() takes exactly one argument ({} given)",
            owner(BA),
            other.len()
        ))),
    }
}

/// A positional-only method checked as Argument Clinic does ("center
/// expected at least 1 argument, got 0").
pub fn clinic<'a, const BA: bool>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(This<'a>, &'a [Value])> {
    let this = receiver::<BA>(vm, args, name)?;
    no_keywords::<BA>(vm, args, name)?;
    let values = rest(args);
    check_positional(vm, name, values.len(), min, max)?;
    Ok((this, values))
}

/// A method parsing a tuple of arguments ("find() takes at least 1
/// argument (0 given)").
pub fn varargs<'a, const BA: bool>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(This<'a>, &'a [Value])> {
    let this = receiver::<BA>(vm, args, name)?;
    no_keywords::<BA>(vm, args, name)?;
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
    Ok((this, values))
}

/// A sub-sequence argument of `find`, `count`, `index`, `in`: a
/// bytes-like object or an int byte ("argument should be integer or
/// bytes-like object, not 'str'").
pub fn needle<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(data) = bytes_like(vm, v)? {
        return Ok(data);
    }
    if crate::types::str_args::has_index(vm, v) {
        return Ok(Cow::Owned(vec![byte_value(vm, v)?]));
    }
    if let Some(e) = crate::buffer::simple_request_error(vm, v) {
        return Err(e);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name_of(v)
    )))
}
