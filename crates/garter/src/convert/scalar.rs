//! `f64`/`f32` ↔ `float`, `bool` ↔ `bool`, `()` ↔ `None`, and
//! `Option<T>` ↔ a value or `None`.

use garter_runtime::object::Payload;
use garter_runtime::{PyErr, Value, Vm};
use num_traits::ToPrimitive;

use super::{wrong_type, FromPy, IntoPy};

impl IntoPy for f64 {
    fn into_py(self, _vm: &Vm) -> Result<Value, PyErr> {
        Ok(Value::Float(self))
    }
}

impl IntoPy for f32 {
    fn into_py(self, _vm: &Vm) -> Result<Value, PyErr> {
        Ok(Value::Float(f64::from(self)))
    }
}

/// A float from a float, an int or a bool (as `float(x)` takes numbers).
impl FromPy for f64 {
    fn from_py(vm: &Vm, value: &Value) -> Result<f64, PyErr> {
        match value {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(f64::from(u8::from(*b))),
            _ => match value.payload() {
                Some(Payload::Float(f)) => Ok(*f),
                Some(Payload::Int(n)) => n
                    .to_f64()
                    .filter(|f| f.is_finite())
                    .ok_or_else(|| vm.overflow_error("int too large to convert to float".into())),
                _ => Err(vm.type_error(format!(
                    "must be real number, not {}",
                    vm.type_name_of(value)
                ))),
            },
        }
    }
}

impl FromPy for f32 {
    fn from_py(vm: &Vm, value: &Value) -> Result<f32, PyErr> {
        f64::from_py(vm, value).map(|f| f as f32)
    }
}

impl IntoPy for bool {
    fn into_py(self, _vm: &Vm) -> Result<Value, PyErr> {
        Ok(Value::Bool(self))
    }
}

/// Only `True` and `False` convert: a bool is not taken from the truth of
/// an arbitrary value.
impl FromPy for bool {
    fn from_py(vm: &Vm, value: &Value) -> Result<bool, PyErr> {
        match value {
            Value::Bool(b) => Ok(*b),
            _ => Err(wrong_type(vm, "bool", value)),
        }
    }
}

impl IntoPy for () {
    fn into_py(self, _vm: &Vm) -> Result<Value, PyErr> {
        Ok(Value::None)
    }
}

impl FromPy for () {
    fn from_py(vm: &Vm, value: &Value) -> Result<(), PyErr> {
        match value {
            Value::None => Ok(()),
            _ => Err(wrong_type(vm, "None", value)),
        }
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        match self {
            Some(v) => v.into_py(vm),
            None => Ok(Value::None),
        }
    }
}

impl<T: FromPy> FromPy for Option<T> {
    fn from_py(vm: &Vm, value: &Value) -> Result<Option<T>, PyErr> {
        match value {
            Value::None => Ok(None),
            _ => T::from_py(vm, value).map(Some),
        }
    }

    fn from_missing() -> Option<Option<T>> {
        Some(None)
    }
}
