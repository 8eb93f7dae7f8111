//! `PyErr`: a raised Python exception travelling up through `Result`.
//!
//! Every failure in the runtime and the evaluator is a `PyErr` holding the
//! exception instance, so Rust code propagates Python exceptions with `?`
//! and nothing panics. Constructors for the common cases live on `Vm`
//! (`vm.type_error(msg)` and friends, in `vm/errors.rs`).

use crate::value::{ObjRef, Value};

/// A raised exception: the exception instance.
#[derive(Clone)]
pub struct PyErr {
    pub exc: ObjRef,
}

impl PyErr {
    pub fn new(exc: ObjRef) -> PyErr {
        PyErr { exc }
    }

    /// The exception instance as a value.
    pub fn value(&self) -> Value {
        Value::Obj(self.exc.clone())
    }
}

/// The result of anything that can raise.
pub type PyResult<T = Value> = Result<T, PyErr>;
