//! The embedding API of Garter, a small Python interpreter written in Rust.
//!
//! The full embedding API (globals, conversions, host functions, limits)
//! is still to come. Today this crate gives the front end and a way to run
//! a program as `__main__`:
//!
//! ```
//! let module = garter::parse_module("x = 1 + 2\n").unwrap();
//! assert_eq!(module.body.len(), 1);
//!
//! let err = garter::parse_module("x = (1,\n").unwrap_err();
//! assert_eq!(err.msg, "'(' was never closed");
//!
//! let interp = garter::Interpreter::new();
//! assert!(interp.run_main("total = sum(range(10))\n".into(), "<example>").is_ok());
//! ```

pub use garter_eval::{Interpreter, RunError};
pub use garter_syntax::{ast, parse_module, SyntaxError};
