//! What the host program gives scripts: functions ([`Function`]),
//! modules ([`Module`]) and classes of Rust values ([`Class`],
//! [`HostObject`]).

pub(crate) mod function;
mod module;
mod object;

pub use function::{Function, HostError, HostReturn, IntoHostFunction};
pub use module::Module;
pub use object::{Class, HostObject, IntoHostMethod};
