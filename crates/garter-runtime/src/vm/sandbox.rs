//! Capabilities: what a script may reach outside the interpreter.
//!
//! An embedded interpreter starts with none; the host grants each one it
//! wants the script to have (the `garter` command grants them all, as
//! python3 has them). Every native operation that touches the outside
//! world asks first, with [`Vm::require`]:
//!
//! ```ignore
//! vm.require(Capability::Clock, "time.time")?;
//! ```
//!
//! which raises PermissionError naming the operation and the capability
//! when it is missing. The check sits in the native function itself, so
//! no Python-level route (a type found through `__subclasses__`, a
//! module's `__globals__`, `__import__`) gets around it.

use std::cell::Cell;

use crate::error::PyResult;
use crate::Vm;

/// One thing outside the interpreter a script may be allowed to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Capability {
    /// Files and directories: `open`, `os.listdir`, `os.getcwd`, ...
    Filesystem,
    /// Environment variables: `os.environ`, `os.getenv`.
    Environment,
    /// The clocks: `time.time`, `time.monotonic`, `time.sleep`, ...
    Clock,
    /// The process and its neighbours: `os.getpid`, ...
    Process,
}

impl Capability {
    /// Every capability.
    pub const ALL: [Capability; 4] = [
        Capability::Filesystem,
        Capability::Environment,
        Capability::Clock,
        Capability::Process,
    ];

    /// The capability's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Capability::Filesystem => "filesystem",
            Capability::Environment => "environment",
            Capability::Clock => "clock",
            Capability::Process => "process",
        }
    }

    fn bit(self) -> u8 {
        match self {
            Capability::Filesystem => 1,
            Capability::Environment => 2,
            Capability::Clock => 4,
            Capability::Process => 8,
        }
    }
}

/// A set of capabilities.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Capabilities(u8);

impl Capabilities {
    /// No capability: an embedded interpreter's default.
    pub const NONE: Capabilities = Capabilities(0);
    /// Every capability: what the `garter` command grants.
    pub const ALL: Capabilities = Capabilities(15);

    /// This set with `c` added.
    pub fn with(self, c: Capability) -> Capabilities {
        Capabilities(self.0 | c.bit())
    }

    /// This set with `c` taken out.
    pub fn without(self, c: Capability) -> Capabilities {
        Capabilities(self.0 & !c.bit())
    }

    pub fn contains(self, c: Capability) -> bool {
        self.0 & c.bit() != 0
    }
}

impl FromIterator<Capability> for Capabilities {
    fn from_iter<I: IntoIterator<Item = Capability>>(iter: I) -> Capabilities {
        iter.into_iter()
            .fold(Capabilities::NONE, |set, c| set.with(c))
    }
}

/// The capabilities one `Vm` holds.
#[derive(Default)]
pub struct Granted(Cell<Capabilities>);

impl Vm {
    /// The capabilities this interpreter holds.
    pub fn capabilities(&self) -> Capabilities {
        self.granted.0.get()
    }

    /// Replaces the capabilities this interpreter holds.
    pub fn set_capabilities(&self, set: Capabilities) {
        self.granted.0.set(set);
    }

    /// Grants one capability.
    pub fn grant(&self, c: Capability) {
        self.set_capabilities(self.capabilities().with(c));
    }

    /// Takes one capability away.
    pub fn revoke(&self, c: Capability) {
        self.set_capabilities(self.capabilities().without(c));
    }

    pub fn has_capability(&self, c: Capability) -> bool {
        self.capabilities().contains(c)
    }

    /// Checks that `operation` (as the script would name it: `open`,
    /// `os.listdir`, `time.time`) may run: PermissionError otherwise.
    #[inline]
    pub fn require(&self, c: Capability, operation: &str) -> PyResult<()> {
        if self.has_capability(c) {
            return Ok(());
        }
        Err(self.capability_missing(c, operation))
    }

    #[cold]
    fn capability_missing(&self, c: Capability, operation: &str) -> crate::PyErr {
        self.new_error(
            &self.exc.permission_error,
            format!(
                "{operation} needs the '{}' capability, which this interpreter was not granted",
                c.name()
            ),
        )
    }
}
