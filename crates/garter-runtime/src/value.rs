//! `Value`: what a Python variable holds.
//!
//! Layout (16 bytes): a tag and one machine word.
//!
//! | variant      | Python value                                     |
//! |--------------|--------------------------------------------------|
//! | `None`       | `None`                                           |
//! | `Bool(b)`    | `True` / `False`                                 |
//! | `Int(i)`     | an exact `int` that fits in an `i64`             |
//! | `Float(f)`   | an exact `float`                                 |
//! | `Obj(rc)`    | everything else, on the heap (see [`Object`])    |
//!
//! Immediate values need no allocation. An `int` outside the `i64` range,
//! and instances of subclasses of `int` or `float`, are heap objects with
//! an `Int`/`Float` payload; arithmetic normalises results back to the
//! immediate form whenever the value fits ([`Value::from_bigint`]).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::{Object, Payload};

/// A shared reference to a heap object.
pub type ObjRef = Rc<Object>;

/// A Python value. The tag is a full word so that copying a value is
/// two plain word moves.
#[derive(Clone)]
#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    /// The heap object, if this value is one.
    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of a heap value.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// `a is b`.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// An int value from a big integer, immediate when it fits.
    pub fn from_bigint(vm: &crate::Vm, n: BigInt) -> Value {
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => vm.new_object(vm.types.int.clone(), Payload::Int(n)),
        }
    }

    /// The str payload, if this is a str (or str subclass) instance.
    #[inline]
    pub fn as_str(&self) -> Option<&crate::types::str::PyStr> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// The object pointer identity used by `id()` and identity hashing.
    pub fn identity(&self) -> usize {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            Value::None => 1,
            Value::Bool(b) => 2 + *b as usize,
            Value::Int(i) => *i as usize,
            Value::Float(f) => f.to_bits() as usize,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn values_stay_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
        assert_eq!(std::mem::size_of::<crate::PyResult<Value>>(), 16);
    }
}
