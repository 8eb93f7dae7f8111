//! What an embedded script may reach and how much it may use: the
//! [`Interpreter`]'s capability and limit switches. An interpreter starts
//! with no capability (no files, environment, clock or process) and no
//! limit; the runtime enforces both (see ARCHITECTURE.md, "Sandbox").
//!
//! ```
//! use std::time::Duration;
//! use garter::{Capability, Interpreter};
//!
//! let interp = Interpreter::builder()
//!     .max_steps(100_000)
//!     .max_time(Duration::from_secs(2))
//!     .build().unwrap();
//! let err = interp.exec("while True:\n    pass\n", "loop.py").unwrap_err();
//! assert_eq!(err.type_name(), "TimeoutError");
//! let err = interp.exec("open('secret.txt')\n", "peek.py").unwrap_err();
//! assert_eq!(err.type_name(), "PermissionError");
//! interp.grant(Capability::Clock);
//! assert!(interp.eval::<f64>("__import__('time').time()").unwrap() > 0.0);
//! ```

use std::time::Duration;

use garter_runtime::{CancelHandle, Capabilities, Capability};

use crate::Interpreter;

impl Interpreter {
    /// Grants one capability to the scripts this interpreter runs.
    pub fn grant(&self, capability: Capability) {
        self.inner().grant(capability);
    }

    /// Takes one capability away.
    pub fn revoke(&self, capability: Capability) {
        self.inner().revoke(capability);
    }

    /// Replaces the set of capabilities (`Capabilities::ALL` is what the
    /// `garter` command grants).
    pub fn set_capabilities(&self, capabilities: Capabilities) {
        self.inner().set_capabilities(capabilities);
    }

    /// The capabilities granted now.
    pub fn capabilities(&self) -> Capabilities {
        self.inner().capabilities()
    }

    /// Caps the memory a script holds, in bytes (`None`: no limit); going
    /// over raises MemoryError. Counting what a script holds needs the
    /// host to use [`garter::MeteredAllocator`](crate::MeteredAllocator)
    /// as its global allocator; without it, only single oversized
    /// requests (`"x" * 10**10`) are refused.
    pub fn set_max_memory(&self, bytes: Option<usize>) {
        self.inner().set_max_memory(bytes);
    }

    /// Caps the wall-clock time of each run (`None`: no limit); going over
    /// raises TimeoutError, which the script cannot swallow.
    pub fn set_max_time(&self, time: Option<Duration>) {
        self.inner().set_max_time(time);
    }

    /// Caps the steps (calls, loop iterations, iterator steps) of each run
    /// (`None`: no limit); going over raises TimeoutError.
    pub fn set_max_steps(&self, steps: Option<u64>) {
        self.inner().set_max_steps(steps);
    }

    /// A handle another thread can use to stop the running script with
    /// KeyboardInterrupt, raised again at every step until the run ends.
    pub fn cancel_handle(&self) -> CancelHandle {
        self.inner().cancel_handle()
    }
}
