//! Garter's object model: values, types, dunder dispatch, exceptions,
//! builtins and native modules.
//!
//! Start at [`Value`] (what a variable holds), [`object::Object`] (the
//! heap header and payloads) and [`Vm`] (one interpreter's runtime, whose
//! methods in `ops/` implement attribute access, calls, operators and the
//! object protocols). Each builtin type lives in its own file in `types/`.

pub mod args;
pub mod buffer;
pub mod builtins;
pub mod dunder;
pub mod error;
pub mod format;
pub mod modules;
pub mod number;
pub mod object;
pub mod ops;
pub mod table;
#[cfg(test)]
mod testdata;
pub mod text;
pub mod types;
pub mod value;
mod vm;

pub use args::Args;
pub use error::{PyErr, PyResult};
pub use value::{ObjRef, Value};
pub use vm::{
    CancelHandle, Capabilities, Capability, CompileMode, DepthGuard, Evaluator, MeteredAllocator,
    Vm,
};
