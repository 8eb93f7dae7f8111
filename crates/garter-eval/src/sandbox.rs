//! The host's controls over what a script may do: capabilities (an
//! embedded interpreter starts with none) and the limits of each run
//! (memory, time, steps, recursion depth, a cancel handle). The runtime
//! enforces them (`vm/sandbox.rs`, `vm/limits.rs`, `vm/memory.rs` in
//! garter-runtime); these are the `Interpreter`-level switches.

use std::time::Duration;

use garter_runtime::{CancelHandle, Capabilities, Capability};

use crate::Interpreter;

impl Interpreter {
    /// Grants one capability to scripts run by this interpreter.
    pub fn grant(&self, capability: Capability) {
        self.vm.grant(capability);
    }

    /// Takes one capability away.
    pub fn revoke(&self, capability: Capability) {
        self.vm.revoke(capability);
    }

    /// Replaces the set of capabilities (`Capabilities::ALL` is what the
    /// `garter` command grants).
    pub fn set_capabilities(&self, capabilities: Capabilities) {
        self.vm.set_capabilities(capabilities);
    }

    /// The capabilities granted now.
    pub fn capabilities(&self) -> Capabilities {
        self.vm.capabilities()
    }

    /// Caps the memory a script holds, in bytes (`None`: no limit).
    /// Going over raises MemoryError. Live counting needs the host to use
    /// `garter_runtime::MeteredAllocator` as its global allocator;
    /// without it only single oversized requests are refused.
    pub fn set_max_memory(&self, bytes: Option<usize>) {
        self.vm.set_max_memory(bytes);
    }

    /// Caps the wall-clock time of each run (`None`: no limit); going over
    /// raises TimeoutError.
    pub fn set_max_time(&self, time: Option<Duration>) {
        self.vm.set_max_time(time);
    }

    /// Caps the steps (calls and loop iterations) of each run (`None`: no
    /// limit); going over raises TimeoutError.
    pub fn set_max_steps(&self, steps: Option<u64>) {
        self.vm.set_max_steps(steps);
    }

    /// Caps the Python recursion depth (`sys.setrecursionlimit`);
    /// deeper calls raise RecursionError.
    pub fn set_max_recursion(&self, depth: u32) {
        self.vm.set_recursion_limit(depth);
    }

    /// A handle another thread can use to stop the running script with
    /// KeyboardInterrupt (which the script cannot swallow: it is raised
    /// again at every step until the run ends).
    pub fn cancel_handle(&self) -> CancelHandle {
        self.vm.cancel_handle()
    }
}
