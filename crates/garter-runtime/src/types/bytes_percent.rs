//! How `bytes` and `bytearray` become text and back: `repr` (CPython's
//! quote choice and escapes; `str(b)` is the same), `%`-formatting over
//! the str driver of `str_percent.rs`, `hex` and `fromhex`.
//!
//! `%`-formatting reads the format's bytes as Latin-1 characters, so the
//! str parser and renderers work unchanged, and turns the result back
//! into bytes; every character produced is below U+0100.

use crate::args::Args;
use crate::error::PyResult;
use crate::format::percent::unsupported_format_character;
use crate::format::percent::{
    render_float, render_int, render_str, PercentConversion, PercentFormat,
};
use crate::types::bytes::{new_same, object_bytes};
use crate::types::bytes_args::{receiver, slot_args};
use crate::types::sequence::method_args;
use crate::types::str_args::{ascii_of, bind_keywords, c_int, check_size};
use crate::types::str_format::num_error;
use crate::types::str_percent::{
    float_operand, integer_operand, percent_driver, render_machine_decimal,
};
use crate::types::type_object::MethodDef;
use crate::value::Value;
use crate::Vm;

/// `repr(b)` of the bytes `data`: `b'...'`, or `b"..."` when the bytes
/// hold a `'` and no `"`.
pub fn bytes_repr_text(data: &[u8]) -> String {
    repr_text(data, false)
}

/// The `b'...'` part of a repr; `bytearray` escapes every `'` (CPython's
/// bytearray repr does, even between double quotes).
fn repr_text(data: &[u8], bytearray: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if char::from(b) == quote || (bytearray && b == b'\'') => {
                out.push('\\');
                out.push(char::from(b));
            }
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

fn repr<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = receiver::<BA>(vm, &args, "__repr__")?;
    slot_args(vm, &args, "__repr__", 0)?;
    let text = repr_text(&this.data(), BA);
    if BA {
        let name = vm.type_name_of(this.value);
        return Ok(vm.new_str(format!("{name}({text})")));
    }
    Ok(vm.new_str(text))
}

/// Latin-1 text back to bytes (every character is below U+0100); ASCII
/// text already is its bytes.
fn latin1_bytes(text: String) -> Vec<u8> {
    if text.is_ascii() {
        return text.into_bytes();
    }
    text.chars().map(|c| u32::from(c) as u8).collect()
}

/// Bytes as Latin-1 text; ASCII bytes already are that text.
fn latin1_text(data: &[u8]) -> String {
    if data.is_ascii() {
        if let Ok(text) = std::str::from_utf8(data) {
            return text.to_string();
        }
    }
    data.iter().map(|&b| char::from(b)).collect()
}

/// The operand of `%b`/`%s`: a bytes-like object or one with `__bytes__`.
fn bytes_operand(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = crate::types::bytes::buffer_contents(vm, v, false)? {
        return Ok(data.into_owned());
    }
    let has_bytes = vm
        .class_of(v)
        .as_type()
        .is_some_and(|t| t.dunder(crate::dunder::Dunder::Bytes).is_some());
    if has_bytes {
        return object_bytes(vm, v);
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name_of(v)
    )))
}

/// The operand of `%c`: an int in `range(256)` or a single byte.
fn byte_operand(vm: &Vm, v: &Value) -> PyResult<u8> {
    if let Some(data) = crate::types::bytes_args::bytes_of(v) {
        if let [b] = data[..] {
            return Ok(b);
        }
    } else if let Some(n) = crate::types::int::as_bigint(v) {
        return num_traits::ToPrimitive::to_u8(n.as_ref())
            .ok_or_else(|| vm.overflow_error("%c arg not in range(256)".into()));
    } else if crate::types::str_args::has_index(vm, v) {
        let n = vm.index_value(v)?;
        return u8::try_from(n).map_err(|_| vm.overflow_error("%c arg not in range(256)".into()));
    }
    Err(vm.type_error("%c requires an integer in range(256) or a single byte".into()))
}

/// Renders one conversion of a bytes format, as Latin-1 text.
fn render(
    vm: &Vm,
    conversion: &PercentConversion,
    format: &PercentFormat,
    value: &Value,
) -> PyResult<String> {
    let digits = format.precision.unwrap_or(0).saturating_add(32);
    let fits = |extra: usize| check_size(vm, format.width.max(extra));
    match conversion.conversion {
        'b' | 's' => {
            let data = bytes_operand(vm, value)?;
            fits(data.len())?;
            Ok(render_str(&latin1_text(&data), format))
        }
        'r' | 'a' => {
            let text = ascii_of(vm, value)?;
            fits(0)?;
            Ok(render_str(&text, format))
        }
        'd' | 'i' | 'u' if matches!(value, Value::Int(_)) => {
            fits(digits)?;
            Ok(render_machine_decimal(value, format))
        }
        c @ ('d' | 'i' | 'u' | 'o' | 'x' | 'X') => {
            let n = integer_operand(vm, value, c)?;
            fits(digits)?;
            render_int(&n, format).map_err(|e| num_error(vm, e))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_operand(vm, value).map_err(|_| {
                vm.type_error(format!(
                    "float argument required, not {}",
                    vm.type_name_of(value)
                ))
            })?;
            fits(digits)?;
            Ok(render_float(x, format))
        }
        'c' => {
            let b = byte_operand(vm, value)?;
            fits(0)?;
            Ok(render_str(&char::from(b).to_string(), format))
        }
        other => Err(num_error(
            vm,
            unsupported_format_character(other, conversion.index),
        )),
    }
}

/// `format % values` for a bytes-like `format`.
fn percent_bytes(vm: &Vm, bytearray: bool, format: &[u8], values: &Value) -> PyResult<Value> {
    let text = percent_driver(vm, &latin1_text(format), values, "bytes", &render)?;
    Ok(new_same(vm, bytearray, latin1_bytes(text)))
}

fn mod_<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = receiver::<BA>(vm, &args, "__mod__")?;
    let a = slot_args(vm, &args, "__mod__", 1)?;
    percent_bytes(vm, BA, &this.data(), &a[0])
}

/// `other % self`: only when `other` is bytes-like too.
fn rmod<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = receiver::<BA>(vm, &args, "__rmod__")?;
    let a = slot_args(vm, &args, "__rmod__", 1)?;
    let left_is_bytearray = crate::types::bytes::bytearray_cell(&a[0]).is_some();
    match crate::types::bytes_args::bytes_of(&a[0]) {
        Some(format) => percent_bytes(vm, left_is_bytearray, &format, this.value),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// The separator of `hex()`: one ASCII character, from a str or bytes.
fn hex_separator(vm: &Vm, v: &Value) -> PyResult<char> {
    let chars: Vec<char> = match (v.as_str(), crate::types::bytes::bytes_data(v)) {
        (Some(s), _) => s.as_str().chars().collect(),
        (None, Some(data)) => data.iter().map(|&b| char::from(b)).collect(),
        (None, None) if crate::buffer::get_buffer(vm, v, false)?.is_some() => {
            return Err(vm.type_error("sep must be str or bytes.".into()))
        }
        (None, None) => {
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                vm.type_name_of(v)
            )))
        }
    };
    match chars[..] {
        [c] if c.is_ascii() => Ok(c),
        [_] => Err(vm.value_error("sep must be ASCII.".into())),
        _ => Err(vm.value_error("sep must be length 1.".into())),
    }
}

/// `hex(sep=<unset>, bytes_per_sep=1)`.
fn hex<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = receiver::<BA>(vm, &args, "hex")?;
    hex_value(vm, &args, &this.data())
}

/// `data.hex(sep, bytes_per_sep)` with the arguments after `self` in
/// `args` (shared with `memoryview.hex`).
pub fn hex_value(vm: &Vm, args: &Args, data: &[u8]) -> PyResult<Value> {
    let [sep, per] = bind_keywords(vm, args, 1, "hex", ["sep", "bytes_per_sep"])?;
    let sep = sep.map(|s| hex_separator(vm, &s)).transpose()?;
    let per = match &per {
        Some(p) => i64::from(c_int(vm, p)?),
        None => 1,
    };
    Ok(vm.new_str(crate::types::bytes_text::hex(data, sep, per)))
}

/// `cls.fromhex(string)`: bytes or bytearray, or `cls(bytes)` for a
/// subclass.
fn fromhex<const BA: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let owner = crate::types::bytes_args::owner(BA);
    let a = method_args(vm, &args, owner, "fromhex", 1, 1)?;
    let Some(text) = a[1].as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name_of(&a[1])
        )));
    };
    let data = crate::types::bytes_text::fromhex(text.as_str()).map_err(|at| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    })?;
    let value = new_same(vm, BA, data);
    let base = if BA {
        &vm.types.bytearray
    } else {
        &vm.types.bytes
    };
    match &a[0] {
        Value::Obj(cls) if !std::rc::Rc::ptr_eq(cls, base) => {
            vm.call(&a[0], Args::positional(&[value]))
        }
        _ => Ok(value),
    }
}

macro_rules! text_methods {
    ($ba:literal) => {
        &[
            MethodDef::method("__repr__", repr::<$ba>),
            MethodDef::method("__str__", repr::<$ba>),
            MethodDef::method("__mod__", mod_::<$ba>),
            MethodDef::method("__rmod__", rmod::<$ba>),
            MethodDef::method("hex", hex::<$ba>),
            MethodDef::class("fromhex", fromhex::<$ba>),
        ]
    };
}

pub const BYTES_METHODS: &[MethodDef] = text_methods!(false);

pub const BYTEARRAY_METHODS: &[MethodDef] = text_methods!(true);
