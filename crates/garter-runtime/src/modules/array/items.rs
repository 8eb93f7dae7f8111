//! Typecodes of `array.array` and conversion of one item between its
//! stored bytes (native byte order) and a Python value, with CPython's
//! range errors ("signed char is greater than maximum"...), which follow
//! the C conversion each typecode goes through.

use num_traits::{Signed, ToPrimitive};

use crate::error::{PyErr, PyResult};
use crate::types::int::as_bigint;
use crate::value::Value;
use crate::Vm;

/// The typecodes, in CPython's order (`array.typecodes`).
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// An array's item type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct TypeCode(char);

impl TypeCode {
    pub fn parse(c: char) -> Option<TypeCode> {
        TYPECODES.contains(c).then_some(TypeCode(c))
    }

    pub fn char(self) -> char {
        self.0
    }

    pub fn itemsize(self) -> usize {
        match self.0 {
            'b' | 'B' => 1,
            'h' | 'H' => 2,
            'u' | 'i' | 'I' | 'f' => 4,
            _ => 8,
        }
    }

    /// The buffer format a memoryview of such an array shows.
    pub fn format(self) -> &'static str {
        match self.0 {
            'b' => "b",
            'B' => "B",
            'u' => "w",
            'h' => "h",
            'H' => "H",
            'i' => "i",
            'I' => "I",
            'l' => "l",
            'L' => "L",
            'q' => "q",
            'Q' => "Q",
            'f' => "f",
            _ => "d",
        }
    }

    pub fn is_unicode(self) -> bool {
        self.0 == 'u'
    }
}

fn array<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = *b;
    }
    out
}

/// The value of one stored item.
pub fn unpack(vm: &Vm, code: TypeCode, bytes: &[u8]) -> PyResult<Value> {
    Ok(match code.0 {
        'b' => Value::Int(i64::from(i8::from_ne_bytes(array(bytes)))),
        'B' => Value::Int(i64::from(u8::from_ne_bytes(array(bytes)))),
        'h' => Value::Int(i64::from(i16::from_ne_bytes(array(bytes)))),
        'H' => Value::Int(i64::from(u16::from_ne_bytes(array(bytes)))),
        'i' => Value::Int(i64::from(i32::from_ne_bytes(array(bytes)))),
        'I' => Value::Int(i64::from(u32::from_ne_bytes(array(bytes)))),
        'l' | 'q' => Value::Int(i64::from_ne_bytes(array(bytes))),
        'L' | 'Q' => Value::from_bigint(vm, u64::from_ne_bytes(array(bytes)).into()),
        'f' => Value::Float(f64::from(f32::from_ne_bytes(array(bytes)))),
        'd' => Value::Float(f64::from_ne_bytes(array(bytes))),
        _ => {
            let n = u32::from_ne_bytes(array(bytes));
            let c = crate::text::surrogates::stored_char(n).ok_or_else(|| {
                if crate::text::surrogates::is_reserved(n) {
                    vm.value_error(format!(
                        "character U+{n:x} is not supported: {}",
                        crate::text::surrogates::RESERVED_MESSAGE
                    ))
                } else {
                    vm.value_error(format!(
                        "character U+{n:x} is not in range [U+0000; U+10ffff]"
                    ))
                }
            })?;
            vm.new_str(c.to_string())
        }
    })
}

fn overflow(vm: &Vm, msg: &str) -> PyErr {
    vm.overflow_error(msg.to_string())
}

/// A signed integer item: `__index__`, then the C long conversion,
/// then each narrower range check the typecode goes through.
fn signed(vm: &Vm, v: &Value, checks: &[(i64, i64, &str)], too_big: &str) -> PyResult<i64> {
    let n = vm.index_object(v)?;
    let n = match &n {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        other => as_bigint(other)
            .and_then(|b| b.to_i64())
            .ok_or_else(|| overflow(vm, too_big))?,
    };
    for (lo, hi, what) in checks {
        if n < *lo {
            return Err(overflow(vm, &format!("{what} is less than minimum")));
        }
        if n > *hi {
            return Err(overflow(vm, &format!("{what} is greater than maximum")));
        }
    }
    Ok(n)
}

/// An unsigned 64-bit item: `__index__`, then CPython's unsigned
/// conversion messages.
fn unsigned(vm: &Vm, v: &Value, negative: &str, too_big: &str) -> PyResult<u64> {
    let n = vm.index_object(v)?;
    let big = match &n {
        Value::Int(i) => num_bigint::BigInt::from(*i),
        Value::Bool(b) => num_bigint::BigInt::from(u8::from(*b)),
        other => as_bigint(other).map(|b| b.into_owned()).unwrap_or_default(),
    };
    if big.is_negative() {
        return Err(overflow(vm, negative));
    }
    big.to_u64().ok_or_else(|| overflow(vm, too_big))
}

const LONG: &str = "Python int too large to convert to C long";
const SHORT: (i64, i64, &str) = (i16::MIN as i64, i16::MAX as i64, "signed short integer");
const INT: (i64, i64, &str) = (i32::MIN as i64, i32::MAX as i64, "signed integer");

/// The stored bytes of `v` as an item of `code`.
pub fn pack(vm: &Vm, code: TypeCode, v: &Value) -> PyResult<Vec<u8>> {
    Ok(match code.0 {
        'b' => {
            let n = signed(vm, v, &[SHORT, (-128, 127, "signed char")], LONG)?;
            (n as i8).to_ne_bytes().to_vec()
        }
        'B' => {
            let n = signed(vm, v, &[(0, 255, "unsigned byte integer")], LONG)?;
            (n as u8).to_ne_bytes().to_vec()
        }
        'h' => (signed(vm, v, &[SHORT], LONG)? as i16)
            .to_ne_bytes()
            .to_vec(),
        'H' => {
            let n = signed(vm, v, &[INT, (0, 65535, "unsigned short")], LONG)?;
            (n as u16).to_ne_bytes().to_vec()
        }
        'i' => (signed(vm, v, &[INT], LONG)? as i32).to_ne_bytes().to_vec(),
        'I' => {
            let n = unsigned(
                vm,
                v,
                "can't convert negative value to unsigned int",
                "Python int too large to convert to C unsigned long",
            )?;
            let n = u32::try_from(n)
                .map_err(|_| overflow(vm, "unsigned int is greater than maximum"))?;
            n.to_ne_bytes().to_vec()
        }
        'l' => signed(vm, v, &[], LONG)?.to_ne_bytes().to_vec(),
        'q' => signed(vm, v, &[], "int too big to convert")?
            .to_ne_bytes()
            .to_vec(),
        'L' => unsigned(
            vm,
            v,
            "can't convert negative value to unsigned int",
            "Python int too large to convert to C unsigned long",
        )?
        .to_ne_bytes()
        .to_vec(),
        'Q' => unsigned(
            vm,
            v,
            "can't convert negative int to unsigned",
            "int too big to convert",
        )?
        .to_ne_bytes()
        .to_vec(),
        'f' => (crate::modules::math::real_arg(vm, v)? as f32)
            .to_ne_bytes()
            .to_vec(),
        'd' => crate::modules::math::real_arg(vm, v)?
            .to_ne_bytes()
            .to_vec(),
        _ => {
            let c = v.as_str().and_then(|s| {
                let mut chars = s.as_str().chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            });
            match c {
                Some(c) => crate::text::surrogates::code_point(c)
                    .to_ne_bytes()
                    .to_vec(),
                None => return Err(vm.type_error("array item must be unicode character".into())),
            }
        }
    })
}
