//! Any `Serialize` type to a Python value and any `Deserialize` type from
//! one (feature `serde`): structs and maps are dicts, sequences are
//! lists, tuples are tuples, enums are externally tagged as in JSON
//! (`"Unit"`, `{"Variant": content}`).
//!
//! ```
//! use garter::serde::Serde;
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Serialize, Deserialize, Debug, PartialEq)]
//! struct Rule {
//!     name: String,
//!     threshold: f64,
//!     tags: Vec<String>,
//! }
//!
//! let interp = garter::Interpreter::new();
//! let rule = Rule { name: "cpu".into(), threshold: 0.9, tags: vec!["ops".into()] };
//! interp.set("rule", Serde(rule)).unwrap();
//! interp.exec("rule['threshold'] /= 2\nrule['tags'].append('new')\n", "edit.py").unwrap();
//! let Serde(edited): Serde<Rule> = interp.get("rule").unwrap();
//! assert_eq!(edited.threshold, 0.45);
//! assert_eq!(edited.tags, ["ops", "new"]);
//!
//! let err = interp.eval::<Serde<Rule>>("{'name': 1}").unwrap_err();
//! assert_eq!(err.to_string(), "TypeError: invalid type: integer `1`, expected a string");
//! ```

mod de;
mod ser;

use std::fmt;

use garter_runtime::{PyErr, Value, Vm};

use crate::{FromPy, IntoPy};

pub use de::from_value;
pub use ser::to_value;

/// A wrapper converting its contents through serde: `Serde<T>` is
/// [`IntoPy`] when `T: Serialize` and [`FromPy`] when `T: Deserialize`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Serde<T>(pub T);

impl<T: serde::Serialize> IntoPy for Serde<T> {
    fn into_py(self, vm: &Vm) -> Result<Value, PyErr> {
        to_value(vm, &self.0)
    }
}

impl<T: serde::de::DeserializeOwned> FromPy for Serde<T> {
    fn from_py(vm: &Vm, value: &Value) -> Result<Serde<T>, PyErr> {
        from_value(vm, value).map(Serde)
    }
}

/// Why a serde conversion failed; it becomes a Python exception.
pub(crate) enum SerdeError {
    /// A value of the wrong kind (a TypeError).
    Type(String),
    /// A value of the right kind but not fitting (a ValueError).
    Value(String),
    /// A Python exception, from building or reading a Python value.
    Python(PyErr),
}

impl SerdeError {
    /// The Python exception.
    pub(crate) fn into_py_err(self, vm: &Vm) -> PyErr {
        match self {
            SerdeError::Type(m) => vm.type_error(m),
            SerdeError::Value(m) => vm.value_error(m),
            SerdeError::Python(e) => e,
        }
    }
}

impl From<PyErr> for SerdeError {
    fn from(e: PyErr) -> SerdeError {
        SerdeError::Python(e)
    }
}

impl fmt::Display for SerdeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SerdeError::Type(m) | SerdeError::Value(m) => f.write_str(m),
            SerdeError::Python(_) => f.write_str("a Python exception was raised"),
        }
    }
}

impl fmt::Debug for SerdeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for SerdeError {}

impl serde::ser::Error for SerdeError {
    fn custom<T: fmt::Display>(msg: T) -> SerdeError {
        SerdeError::Value(msg.to_string())
    }
}

impl serde::de::Error for SerdeError {
    fn custom<T: fmt::Display>(msg: T) -> SerdeError {
        SerdeError::Value(msg.to_string())
    }

    fn invalid_type(unexp: serde::de::Unexpected, exp: &dyn serde::de::Expected) -> SerdeError {
        SerdeError::Type(format!("invalid type: {unexp}, expected {exp}"))
    }
}
