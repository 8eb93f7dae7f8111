//! Embed Garter, a Python 3.11 interpreter written in Rust, in a Rust
//! program: run rules, configuration, plugins and untrusted code with
//! host values and host functions.
//!
//! ```
//! use garter::{Function, Interpreter, OutputBuffer};
//!
//! let out = OutputBuffer::new();
//! let interp = Interpreter::builder()
//!     .stdout(out.clone())
//!     .function(Function::new("greet", |name: String| format!("Hello, {name}!")))
//!     .build().unwrap();
//! interp.set("user", "Ada").unwrap();
//! interp.exec("print(greet(user))\nscore = len(user) * 10\n", "script.py").unwrap();
//! assert_eq!(out.contents(), "Hello, Ada!\n");
//! assert_eq!(interp.get::<i64>("score").unwrap(), 30);
//! assert_eq!(interp.eval::<i64>("score + 1").unwrap(), 31);
//! ```
//!
//! - [`Interpreter`] runs code (`exec`, `eval`), reads and writes globals
//!   (`get`, `set`), imports modules and calls Python callables (`call`,
//!   `call_kw`); [`Builder`] sets its options.
//! - [`IntoPy`] and [`FromPy`] convert Rust values to Python values and
//!   back: integers of every width and `BigInt`, floats, `bool`, strings,
//!   bytes (`Vec<u8>`), vectors, tuples, maps, sets, `Option` and `()`;
//!   with the `serde` feature, any `Serialize`/`Deserialize` type
//!   through the `serde` module.
//! - [`Function`], [`Module`] and [`Class`] give scripts host functions,
//!   importable host modules and objects backed by Rust values.
//! - Failures come back as [`Error`], carrying the Python exception and
//!   its traceback, and usable as a [`miette::Diagnostic`].
//! - Scripts are sandboxed: no file system, environment, clock or process
//!   access unless granted ([`Capability`]), and limits on memory, time,
//!   steps and recursion, with a [`CancelHandle`] for another thread.
//! - Python code makes many small, short-lived objects: with the
//!   `mimalloc` feature, `garter::Mimalloc` is the allocator the `garter`
//!   command uses (making an interpreter takes about 40% less time with
//!   it than with the system allocator); wrap it in [`MeteredAllocator`]
//!   so memory limits count exactly.
//!
//! Interpreters share nothing: several may live in one thread, and each
//! thread may have its own.

#![warn(missing_docs)]

mod args;
mod builder;
mod convert;
mod error;
mod host;
mod interpreter;
#[cfg(feature = "mimalloc")]
mod mimalloc;
mod output;
mod sandbox;
#[cfg(feature = "serde")]
pub mod serde;
mod teardown;

pub use args::IntoArgs;
pub use builder::Builder;
pub use convert::{FromPy, IntoPy};
pub use error::Error;
pub use host::{
    Class, Function, HostError, HostObject, HostReturn, IntoHostFunction, IntoHostMethod, Module,
};
pub use interpreter::Interpreter;
#[cfg(feature = "mimalloc")]
pub use mimalloc::Mimalloc;
pub use output::OutputBuffer;

pub use garter_runtime::{
    Args, CancelHandle, Capabilities, Capability, MeteredAllocator, PyErr, Value, Vm,
};
pub use garter_syntax::{ast, parse_module, SyntaxError};
pub use num_bigint::BigInt;
