//! `String`, `&str` and `char` ↔ `str`.

use garter_runtime::{PyErr, Value, Vm};

use super::{wrong_type, FromPy, IntoPy};

impl IntoPy for String {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        Ok(vm.new_str(self))
    }
}

impl IntoPy for &str {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        Ok(vm.new_str(self.to_string()))
    }
}

impl IntoPy for &String {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        Ok(vm.new_str(self.clone()))
    }
}

impl IntoPy for char {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        Ok(vm.char_value(self))
    }
}

/// A `str` (or `str` subclass instance) only; other values are not
/// turned into text (use `str()` in Python for that).
impl FromPy for String {
    fn from_py(vm: &Vm, value: &Value) -> Result<String, PyErr> {
        match value.as_str() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(wrong_type(vm, "str", value)),
        }
    }
}

/// A `str` of exactly one character.
impl FromPy for char {
    fn from_py(vm: &Vm, value: &Value) -> Result<char, PyErr> {
        let Some(s) = value.as_str() else {
            return Err(wrong_type(vm, "str", value));
        };
        let mut chars = s.as_str().chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.type_error(format!(
                "expected a character, but string of length {} found",
                s.char_len()
            ))),
        }
    }
}
