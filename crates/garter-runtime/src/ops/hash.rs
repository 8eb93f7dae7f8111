//! `hash()`: CPython's values for numbers and tuples, a fast string hash,
//! identity hashes, and `__hash__` dispatch for everything else.

use crate::dunder::Dunder;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::Vm;

/// The modulus of CPython's numeric hash: 2**61 - 1.
pub const MODULUS: i64 = (1 << 61) - 1;

/// `hash(s)` for a str. CPython randomises string hashes per process, so
/// programs cannot depend on the values; this one is FNV-1a, cached.
#[inline]
pub fn str_hash(s: &PyStr) -> i64 {
    s.cached_hash(|text| bytes_hash(text.as_bytes()))
}

/// `hash(b)` for bytes: FNV-1a over the bytes, so an ASCII str and the
/// bytes of the same text hash equal, as in CPython; empty ones hash 0.
pub fn bytes_hash(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub use crate::number::hash::{
    hash_float as float_hash, hash_i64 as int_hash, hash_int as bigint_hash,
};

impl Vm {
    /// `hash(v)`, with CPython's TypeError for unhashable values.
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(int_hash(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::None => Ok(0x5f3759df),
            Value::Float(f) => Ok(float_hash(*f).unwrap_or_else(|| v.identity() as i64)),
            Value::Obj(o) => {
                if crate::types::dict::is_builtin(o) {
                    match &o.payload {
                        Payload::Str(s) => return Ok(str_hash(s)),
                        Payload::Bytes(data) => return Ok(bytes_hash(data)),
                        Payload::Int(n) => return Ok(bigint_hash(n)),
                        Payload::Tuple(items) => {
                            let _guard = self.enter("")?;
                            return crate::types::tuple::tuple_hash(self, items);
                        }
                        _ => {}
                    }
                }
                let cls = self.class_of(v);
                match cls.as_type().and_then(|t| t.dunder(Dunder::Hash)) {
                    Some(Value::None) | None => {
                        Err(self.type_error(format!("unhashable type: '{}'", self.type_name_of(v))))
                    }
                    Some(f) => {
                        let r = self.call(&f, crate::Args::positional(std::slice::from_ref(v)))?;
                        self.hash_result(r)
                    }
                }
            }
        }
    }

    /// Converts what a `__hash__` returned into a hash value.
    fn hash_result(&self, r: Value) -> PyResult<i64> {
        match r {
            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(ref o) => match &o.payload {
                Payload::Int(n) => Ok(bigint_hash(n)),
                _ => Err(self.type_error("__hash__ method should return an integer".into())),
            },
            _ => Err(self.type_error("__hash__ method should return an integer".into())),
        }
    }
}
