//! The embedding API of Garter, a small Python interpreter written in Rust.
//!
//! At this stage Garter only parses: [`parse_module`] turns Python source
//! into an AST, or a [`SyntaxError`] that says where the source went wrong.
//!
//! ```
//! let module = garter::parse_module("x = 1 + 2\n").unwrap();
//! assert_eq!(module.body.len(), 1);
//!
//! let err = garter::parse_module("x = (1,\n").unwrap_err();
//! assert_eq!(err.msg, "'(' was never closed");
//! ```

pub use garter_syntax::{ast, parse_module, SyntaxError};
