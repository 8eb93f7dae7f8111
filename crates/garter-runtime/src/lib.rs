//! Garter's object model: values, types, dunder dispatch, exceptions,
//! builtins and native modules.
//!
//! Nothing lives here yet; the evaluator issue fills it in. See
//! ARCHITECTURE.md for where each builtin type and native module will go.
