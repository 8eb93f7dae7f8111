//! Host functions: functions whose body is a Rust closure supplied by the
//! program embedding the interpreter (the `garter` crate's host functions
//! and host object methods).
//!
//! They are `builtin_function_or_method` objects like the runtime's own
//! builtins, and go through the same call dispatch ([`Vm::call`]), but
//! carry a reference-counted closure and an owned name instead of a plain
//! `fn` pointer and a static name.

use std::rc::Rc;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::Payload;
use crate::types::type_object::MethodKind;
use crate::value::Value;
use crate::Vm;

/// The body of a host function.
pub type HostFn = Rc<dyn Fn(&Vm, Args) -> PyResult<Value>>;

/// A function written by the host program as a Rust closure.
pub struct HostFunction {
    pub name: Box<str>,
    /// The owning type's name, for methods of host types.
    pub owner: Option<Box<str>>,
    /// `Method` binds to the instance it is looked up on; anything else
    /// is called as it is.
    pub kind: MethodKind,
    pub func: HostFn,
}

impl HostFunction {
    /// `owner.name` for methods, `name` otherwise.
    pub fn qualname(&self) -> String {
        match &self.owner {
            Some(owner) => format!("{owner}.{}", self.name),
            None => self.name.to_string(),
        }
    }
}

impl Vm {
    /// The class registered for the host's Rust type `id`.
    pub fn host_class(&self, id: std::any::TypeId) -> Option<crate::value::ObjRef> {
        self.host_classes
            .borrow()
            .iter()
            .find(|(t, _)| *t == id)
            .map(|(_, c)| c.clone())
    }
}

/// The host function a value is, if it is one.
pub fn host_function(v: &Value) -> Option<&HostFunction> {
    match v.payload() {
        Some(Payload::HostFunction(h)) => Some(h),
        _ => None,
    }
}

impl Vm {
    /// A new host function. With `owner` and [`MethodKind::Method`] it is a
    /// method of a host type (a `method_descriptor`, bound on lookup
    /// through an instance).
    pub fn new_host_function(
        &self,
        name: &str,
        owner: Option<&str>,
        kind: MethodKind,
        func: HostFn,
    ) -> Value {
        let class = match (kind, owner) {
            (MethodKind::Method, Some(_)) => &self.types.method_descriptor,
            _ => &self.types.builtin_function,
        };
        self.new_object(
            class.clone(),
            Payload::HostFunction(Box::new(HostFunction {
                name: name.into(),
                owner: owner.map(Into::into),
                kind,
                func,
            })),
        )
    }
}
