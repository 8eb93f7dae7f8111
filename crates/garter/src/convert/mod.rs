//! Conversions between Rust values and Python values: [`IntoPy`] (Rust
//! to Python) and [`FromPy`] (Python to Rust), implemented for the
//! standard types in the files beside this one, and for any
//! `Serialize`/`Deserialize` type through the `serde` module (feature
//! `serde`).
//!
//! Conversions from Python check types as CPython's own conversions do
//! and fail with the same exceptions: a `TypeError` for a value of the
//! wrong type, an `OverflowError` for an int out of the target's range.

mod collections;
mod int;
mod scalar;
mod text;

use garter_runtime::{PyErr, Value, Vm};

/// A Rust value that can become a Python value.
///
/// ```
/// let interp = garter::Interpreter::new();
/// interp.set("xs", vec![1u8, 2, 3]).unwrap();
/// interp.set("name", "Ada").unwrap();
/// interp.set("pair", (1.5, Some(true))).unwrap();
/// let text: String = interp.eval("f'{name} {sum(xs)} {pair}'").unwrap();
/// assert_eq!(text, "Ada 6 (1.5, True)");
/// ```
pub trait IntoPy {
    /// The Python value for `self`, made in `vm`.
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr>;

    /// The Python value of a vector of `Self`: a list, except that a
    /// vector of bytes (`u8`) is `bytes`.
    #[doc(hidden)]
    fn vec_into_py(items: Vec<Self>, vm: &Vm) -> Result<Value, PyErr>
    where
        Self: Sized,
    {
        collections::list_into_py(items, vm)
    }
}

/// A Rust value that can be made from a Python value.
///
/// ```
/// use std::collections::HashMap;
/// let interp = garter::Interpreter::new();
/// let m: HashMap<String, Vec<i32>> = interp.eval("{'a': [1, 2], 'b': []}").unwrap();
/// assert_eq!(m["a"], vec![1, 2]);
/// let err = interp.eval::<u8>("300").unwrap_err();
/// assert_eq!(err.type_name(), "OverflowError");
/// ```
pub trait FromPy: Sized {
    /// The Rust value for `value`, or the exception CPython would raise
    /// converting it.
    fn from_py(vm: &Vm, value: &Value) -> Result<Self, PyErr>;

    /// The value for an argument a host function's caller left out:
    /// `None` (the argument is required) except for `Option<T>`.
    fn from_missing() -> Option<Self> {
        None
    }

    /// A vector of `Self` from a list or tuple (and, for `u8`, from
    /// `bytes` or `bytearray`).
    #[doc(hidden)]
    fn vec_from_py(vm: &Vm, value: &Value) -> Result<Vec<Self>, PyErr> {
        collections::sequence_from_py(vm, value)
    }
}

impl IntoPy for Value {
    fn into_py(self, _vm: &Vm) -> Result<Value, PyErr> {
        Ok(self)
    }
}

impl IntoPy for &Value {
    fn into_py(self, _vm: &Vm) -> Result<Value, PyErr> {
        Ok(self.clone())
    }
}

impl FromPy for Value {
    fn from_py(_vm: &Vm, value: &Value) -> Result<Value, PyErr> {
        Ok(value.clone())
    }
}

/// The `TypeError` for a value that is not of the expected Python type.
pub(crate) fn wrong_type(vm: &Vm, expected: &str, value: &Value) -> PyErr {
    vm.type_error(format!(
        "expected {expected}, got {}",
        vm.type_name_of(value)
    ))
}
