//! Items of a buffer: the native single-character `struct` formats a
//! memoryview reads and writes ("B", "i", "@d", "?"...), their sizes,
//! and conversion between an item's bytes (native byte order) and a
//! Python value, with memoryview's error messages.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::PyResult;
use crate::types::int::as_bigint;
use crate::value::Value;
use crate::Vm;

/// The format character and item size of a native single-character
/// format with an optional '@' prefix, as `memoryview.cast` accepts.
pub fn native_format(fmt: &str) -> Option<(char, usize)> {
    let body = fmt.strip_prefix('@').unwrap_or(fmt);
    let mut chars = body.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let size = match c {
        'c' | 'b' | 'B' | '?' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    };
    Some((c, size))
}

/// A format without its '@' prefix.
pub fn strip_native(fmt: &str) -> &str {
    fmt.strip_prefix('@').unwrap_or(fmt)
}

/// Whether `c` is one of the byte formats casts may convert from or to.
pub fn is_byte_format(c: char) -> bool {
    matches!(c, 'B' | 'b' | 'c')
}

/// The error for a format memoryview cannot read or write.
pub fn unsupported(vm: &Vm, fmt: &str) -> crate::error::PyErr {
    vm.new_error(
        &vm.exc.not_implemented_error,
        format!("memoryview: format {fmt} not supported"),
    )
}

fn array<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = *b;
    }
    out
}

/// The value of one item of format `fmt` stored in `bytes`.
pub fn unpack(vm: &Vm, fmt: &str, bytes: &[u8]) -> PyResult<Value> {
    let Some((c, _)) = native_format(fmt) else {
        return Err(unsupported(vm, strip_native(fmt)));
    };
    Ok(match c {
        'b' => Value::Int(i64::from(i8::from_ne_bytes(array(bytes)))),
        'B' => Value::Int(i64::from(u8::from_ne_bytes(array(bytes)))),
        'h' => Value::Int(i64::from(i16::from_ne_bytes(array(bytes)))),
        'H' => Value::Int(i64::from(u16::from_ne_bytes(array(bytes)))),
        'i' => Value::Int(i64::from(i32::from_ne_bytes(array(bytes)))),
        'I' => Value::Int(i64::from(u32::from_ne_bytes(array(bytes)))),
        'l' | 'q' | 'n' => Value::Int(i64::from_ne_bytes(array(bytes))),
        'L' | 'Q' | 'N' | 'P' => {
            Value::from_bigint(vm, BigInt::from(u64::from_ne_bytes(array(bytes))))
        }
        'f' => Value::Float(f64::from(f32::from_ne_bytes(array(bytes)))),
        'd' => Value::Float(f64::from_ne_bytes(array(bytes))),
        '?' => Value::Bool(bytes.first().is_some_and(|b| *b != 0)),
        _ => crate::types::bytes::new_bytes(vm, bytes.get(..1).unwrap_or_default().to_vec()),
    })
}

fn invalid_type(vm: &Vm, c: char) -> crate::error::PyErr {
    vm.type_error(format!("memoryview: invalid type for format '{c}'"))
}

fn invalid_value(vm: &Vm, c: char) -> crate::error::PyErr {
    vm.value_error(format!("memoryview: invalid value for format '{c}'"))
}

/// An integer item: `__index__`, then the range of the format.
fn int_item(vm: &Vm, c: char, v: &Value, lo: i128, hi: i128) -> PyResult<i128> {
    let n = match vm.index_object(v) {
        Ok(n) => n,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => return Err(invalid_type(vm, c)),
        Err(e) => return Err(e),
    };
    let n = match &n {
        Value::Int(i) => Some(i128::from(*i)),
        Value::Bool(b) => Some(i128::from(*b)),
        other => as_bigint(other).and_then(|b| b.to_i128()),
    };
    n.filter(|n| (lo..=hi).contains(n))
        .ok_or_else(|| invalid_value(vm, c))
}

/// The bytes of `v` stored as one item of format `fmt`.
pub fn pack(vm: &Vm, fmt: &str, v: &Value) -> PyResult<Vec<u8>> {
    let Some((c, _)) = native_format(fmt) else {
        return Err(unsupported(vm, strip_native(fmt)));
    };
    let int = |lo: i128, hi: i128| int_item(vm, c, v, lo, hi);
    Ok(match c {
        'b' => (int(-128, 127)? as i8).to_ne_bytes().to_vec(),
        'B' => (int(0, 255)? as u8).to_ne_bytes().to_vec(),
        'h' => (int(i16::MIN.into(), i16::MAX.into())? as i16)
            .to_ne_bytes()
            .to_vec(),
        'H' => (int(0, u16::MAX.into())? as u16).to_ne_bytes().to_vec(),
        'i' => (int(i32::MIN.into(), i32::MAX.into())? as i32)
            .to_ne_bytes()
            .to_vec(),
        'I' => (int(0, u32::MAX.into())? as u32).to_ne_bytes().to_vec(),
        'l' | 'q' | 'n' => (int(i64::MIN.into(), i64::MAX.into())? as i64)
            .to_ne_bytes()
            .to_vec(),
        'L' | 'Q' | 'N' | 'P' => (int(0, u64::MAX.into())? as u64).to_ne_bytes().to_vec(),
        'f' | 'd' => {
            let x = match crate::modules::math::real_arg(vm, v) {
                Ok(x) => x,
                Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
                    return Err(invalid_type(vm, c))
                }
                Err(e) => return Err(e),
            };
            if c == 'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            }
        }
        '?' => vec![u8::from(vm.truthy(v)?)],
        _ => match crate::types::bytes::bytes_data(v) {
            Some([b]) => vec![*b],
            Some(_) => return Err(invalid_value(vm, c)),
            None => return Err(invalid_type(vm, c)),
        },
    })
}
