//! Integers of every width and big integers ↔ Python `int`.
//!
//! From Python, anything with `__index__` converts (an `int`, a `bool`,
//! an `int` subclass instance), as CPython's C conversions accept; an
//! int outside the Rust type's range raises `OverflowError`.

use garter_runtime::object::Payload;
use garter_runtime::{PyErr, Value, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{FromPy, IntoPy};

/// The Python int for a value, as an i64 when it fits, else big.
enum IntValue {
    Small(i64),
    Big(BigInt),
}

fn int_value(vm: &Vm, value: &Value) -> Result<IntValue, PyErr> {
    if let Value::Int(i) = value {
        return Ok(IntValue::Small(*i));
    }
    match vm.index_object(value)? {
        Value::Int(i) => Ok(IntValue::Small(i)),
        Value::Bool(b) => Ok(IntValue::Small(i64::from(b))),
        other => match other.payload() {
            Some(Payload::Int(n)) => Ok(IntValue::Big(n.clone())),
            _ => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name_of(value)
            ))),
        },
    }
}

/// The OverflowError for an int that does not fit `rust_type`.
fn overflow(vm: &Vm, negative: bool, unsigned: bool, rust_type: &str) -> PyErr {
    if negative && unsigned {
        vm.overflow_error("can't convert negative int to unsigned".into())
    } else {
        vm.overflow_error(format!("Python int too large to convert to {rust_type}"))
    }
}

/// An int as `T`, with OverflowError when it does not fit.
fn int_from_py<T>(vm: &Vm, value: &Value, unsigned: bool, rust_type: &str) -> Result<T, PyErr>
where
    T: TryFrom<i64> + for<'a> TryFrom<&'a BigInt>,
{
    match int_value(vm, value)? {
        IntValue::Small(i) => T::try_from(i).map_err(|_| overflow(vm, i < 0, unsigned, rust_type)),
        IntValue::Big(n) => T::try_from(&n)
            .map_err(|_| overflow(vm, n.sign() == num_bigint::Sign::Minus, unsigned, rust_type)),
    }
}

/// The Python int for any Rust integer.
fn int_into_py<T>(vm: &Vm, n: T) -> Value
where
    T: Copy + TryInto<i64> + Into<BigInt>,
{
    match n.try_into() {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(vm, n.into()),
    }
}

macro_rules! int_conversions {
    ($($t:ty, $unsigned:expr;)*) => {$(
        impl IntoPy for $t {
            fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
                Ok(int_into_py(vm, self))
            }
        }

        impl FromPy for $t {
            fn from_py(vm: &Vm, value: &Value) -> Result<$t, PyErr> {
                int_from_py(vm, value, $unsigned, stringify!($t))
            }
        }
    )*};
}

int_conversions! {
    i8, false; i16, false; i32, false; i64, false; i128, false; isize, false;
    u16, true; u32, true; u64, true; u128, true; usize, true;
}

/// `u8` is an int on its own; a `Vec<u8>` or `&[u8]` is `bytes`.
impl IntoPy for u8 {
    fn into_py(self, _vm: &Vm) -> Result<Value, PyErr> {
        Ok(Value::Int(i64::from(self)))
    }

    fn vec_into_py(items: Vec<u8>, vm: &Vm) -> Result<Value, PyErr> {
        Ok(garter_runtime::types::bytes::new_bytes(vm, items))
    }
}

/// A `Vec<u8>` comes from `bytes` or `bytearray` (or, like other vectors,
/// from a list or tuple of ints).
impl FromPy for u8 {
    fn from_py(vm: &Vm, value: &Value) -> Result<u8, PyErr> {
        int_from_py(vm, value, true, "u8")
    }

    fn vec_from_py(vm: &Vm, value: &Value) -> Result<Vec<u8>, PyErr> {
        match value.payload() {
            Some(Payload::Bytes(b)) => Ok(b.to_vec()),
            Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
            _ => super::collections::sequence_from_py(vm, value),
        }
    }
}

impl IntoPy for BigInt {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        Ok(Value::from_bigint(vm, self))
    }
}

impl IntoPy for &BigInt {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        Ok(match self.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::from_bigint(vm, self.clone()),
        })
    }
}

impl FromPy for BigInt {
    fn from_py(vm: &Vm, value: &Value) -> Result<BigInt, PyErr> {
        Ok(match int_value(vm, value)? {
            IntValue::Small(i) => BigInt::from(i),
            IntValue::Big(n) => n,
        })
    }
}
