//! Garter's object model: values, types, dunder dispatch, exceptions,
//! builtins and native modules.

pub mod format;
pub mod number;
pub mod table;
pub mod text;
