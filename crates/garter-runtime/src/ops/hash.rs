//! `hash()`: CPython's values for numbers and tuples, a fast string hash,
//! identity hashes, and `__hash__` dispatch for everything else.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

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
    s.cached_hash(|text| {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in text.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        let h = h as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    })
}

/// `hash(n)` for an int that fits in an i64.
#[inline]
pub fn int_hash(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS as u64) as i64;
    let h = if n < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for a big int.
pub fn bigint_hash(n: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (n.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    let h = if n < &BigInt::zero() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for a float, `None` for NaN (hashed by identity).
pub fn float_hash(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { 314159 } else { -314159 });
    }
    if x.fract() == 0.0 && x.abs() < 9.0e18 {
        return Some(int_hash(x as i64));
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    let modulus = MODULUS as u64;
    while m != 0.0 {
        h = ((h << 28) & modulus) | (h >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= modulus {
            h -= modulus;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    } as u32;
    h = ((h << e) & modulus) | (h >> (61 - e));
    let h = if x < 0.0 { -(h as i64) } else { h as i64 };
    Some(if h == -1 { -2 } else { h })
}

/// Splits a finite positive float into a mantissa in [0.5, 1) and an exponent.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exp - 1022)
}

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
