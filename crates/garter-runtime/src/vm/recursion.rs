//! The recursion limit and the native-stack guard.
//!
//! Python-level depth (calls, and recursive `repr`/`==`/`hash` of nested
//! data) counts against `sys.getrecursionlimit()`, raising RecursionError
//! as CPython does. Independently, every guarded entry checks how much of
//! the native stack is left (`stack_floor`, set by whoever owns the stack
//! the interpreter runs on), so no program can overflow the Rust stack.
//!
//! The same check points count down [`Vm::switch_ticks`] while several
//! Python threads exist, so the evaluator's scheduler can switch threads.

use std::sync::atomic::Ordering;

use crate::error::PyResult;
use crate::Vm;

/// Native stack kept in reserve below the guard (bytes).
const STACK_RESERVE: usize = 64 * 1024;

/// Leaves one level of depth when dropped.
pub struct DepthGuard<'a> {
    vm: &'a Vm,
}

impl Drop for DepthGuard<'_> {
    fn drop(&mut self) {
        self.vm.depth.set(self.vm.depth.get().saturating_sub(1));
    }
}

/// The current native stack position.
#[inline(always)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

impl Vm {
    /// Enters one level of Python recursion; `what` completes CPython's
    /// message ("maximum recursion depth exceeded{what}").
    #[inline]
    pub fn enter(&self, what: &str) -> PyResult<DepthGuard<'_>> {
        let depth = self.depth.get() + 1;
        if depth > self.recursion_limit.get() || self.stack_exhausted() {
            return Err(self.recursion_error(format!("maximum recursion depth exceeded{what}")));
        }
        self.check_interrupt()?;
        self.depth.set(depth);
        Ok(DepthGuard { vm: self })
    }

    /// Gives other Python threads a turn (when several exist).
    #[cold]
    pub(crate) fn switch_threads(&self) -> PyResult<()> {
        self.evaluator()?.switch_threads(self)
    }

    /// Raises a pending KeyboardInterrupt now, not at the next slow check
    /// of the limits: for operations that waited (a sleep, a read).
    pub fn check_interrupt_now(&self) -> PyResult<()> {
        if self.interrupt.load(Ordering::Relaxed) {
            return Err(self.interrupted());
        }
        Ok(())
    }

    /// The KeyboardInterrupt for a set [`Vm::interrupt`] flag (clearing it).
    #[cold]
    pub fn interrupted(&self) -> crate::PyErr {
        self.interrupt.store(false, Ordering::Relaxed);
        self.new_exception(&self.exc.keyboard_interrupt, Vec::new())
    }

    /// Whether the native stack is nearly used up.
    #[inline]
    pub fn stack_exhausted(&self) -> bool {
        let floor = self.stack_floor.get();
        floor != 0 && stack_position() < floor + STACK_RESERVE
    }

    /// The lowest address of the stack code is running on (0: unknown).
    pub fn stack_floor(&self) -> usize {
        self.stack_floor.get()
    }

    /// Sets the lowest usable native stack address (0: unknown), returning
    /// the previous one. Whoever switches stacks (coroutines) sets it.
    /// The outermost switch (from no stack to one, and back) is where a
    /// run begins and ends, for the limits and the memory count.
    pub fn set_stack_floor(&self, floor: usize) -> usize {
        let old = self.stack_floor.replace(floor);
        if old == 0 && floor != 0 {
            self.begin_run_limits();
            self.begin_run_memory();
        } else if old != 0 && floor == 0 {
            self.end_run_memory();
            self.end_run_limits();
        }
        old
    }

    pub fn recursion_limit(&self) -> u32 {
        self.recursion_limit.get()
    }

    pub fn set_recursion_limit(&self, limit: u32) {
        self.recursion_limit.set(limit);
    }

    /// The current Python depth.
    pub fn depth(&self) -> u32 {
        self.depth.get()
    }

    /// Restores a depth saved before switching to another stack.
    pub fn set_depth(&self, depth: u32) {
        self.depth.set(depth);
    }
}
