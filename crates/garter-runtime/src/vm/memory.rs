//! The memory ceiling: live accounting of what a run allocates, and the
//! checks that refuse a script's allocation before it is made.
//!
//! Accounting is by allocation: a host (the `garter` command does) installs
//! [`MeteredAllocator`] as its global allocator, which adds every block's
//! size to a per-thread counter while a run of an interpreter is on that
//! thread, and subtracts it when the block is freed, so memory given back
//! is credited. The counter belongs to one interpreter at a time: a run
//! loads the `Vm`'s count into it and stores it back when it ends (runs of
//! different interpreters on one thread nest, each saving the one it
//! interrupts). Blocks freed outside any run (a host dropping values) are
//! not credited, and blocks from before a run freed inside one credit it:
//! the count errs by that much, never below zero.
//!
//! Sizes the script controls (`"x" * n`, `[0] * n`, `list(range(n))`,
//! growing a list, big powers and shifts) are checked *before* allocating
//! with [`Vm::reserve_memory`]: MemoryError if the request would take the
//! count over the ceiling. Growth in small steps is caught at the next
//! slow tick (`limits.rs`), at most a slice of ticks later. Without the
//! metered allocator the count stays near zero and only single requests
//! above the ceiling are refused.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

use crate::error::PyResult;
use crate::Vm;

thread_local! {
    /// Bytes live for the interpreter running on this thread.
    static LIVE: Cell<usize> = const { Cell::new(0) };
    /// Whether an interpreter's run is counting on this thread.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}

#[inline]
fn charge(size: usize) {
    if COUNTING.with(Cell::get) {
        LIVE.with(|l| l.set(l.get().saturating_add(size)));
    }
}

#[inline]
fn credit(size: usize) {
    if COUNTING.with(Cell::get) {
        LIVE.with(|l| l.set(l.get().saturating_sub(size)));
    }
}

/// A global allocator that counts, for the interpreter running on the
/// allocating thread, the bytes it holds (wrap the allocator you use:
/// `MeteredAllocator(std::alloc::System)`).
pub struct MeteredAllocator<A>(pub A);

// SAFETY: every call is passed on unchanged to the wrapped allocator; the
// counting only touches const-initialised thread-locals without
// destructors, which never allocate.
unsafe impl<A: GlobalAlloc> GlobalAlloc for MeteredAllocator<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc(layout);
        if !p.is_null() {
            charge(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc_zeroed(layout);
        if !p.is_null() {
            charge(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.0.dealloc(ptr, layout);
        credit(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = self.0.realloc(ptr, layout, new_size);
        if !p.is_null() {
            credit(layout.size());
            charge(new_size);
        }
        p
    }
}

/// One interpreter's memory ceiling and count.
#[derive(Default)]
pub struct MemoryMeter {
    /// The ceiling in bytes (`None`: no limit).
    max: Cell<Option<usize>>,
    /// Bytes counted for this interpreter while no run is on.
    live: Cell<usize>,
    /// What the thread's counter held before this interpreter's run
    /// started (another interpreter's run it nests in), to put back.
    saved: Cell<Option<(bool, usize)>>,
}

impl Vm {
    /// Sets the memory ceiling in bytes (`None`: no limit).
    pub fn set_max_memory(&self, max: Option<usize>) {
        self.memory.max.set(max);
    }

    pub fn max_memory(&self) -> Option<usize> {
        self.memory.max.get()
    }

    /// Bytes counted for this interpreter now (see the module docs).
    pub fn memory_in_use(&self) -> usize {
        if self.memory.saved.get().is_some() {
            LIVE.with(Cell::get)
        } else {
            self.memory.live.get()
        }
    }

    /// Checks, before allocating, that `bytes` more fit under the
    /// ceiling: MemoryError if not.
    #[inline]
    pub fn reserve_memory(&self, bytes: usize) -> PyResult<()> {
        match self.memory.max.get() {
            Some(max) if self.memory_in_use().saturating_add(bytes) > max => {
                Err(self.memory_limit_error(max))
            }
            _ => Ok(()),
        }
    }

    /// MemoryError if more than the ceiling is in use (the slow tick).
    pub(crate) fn check_memory_in_use(&self) -> PyResult<()> {
        match self.memory.max.get() {
            Some(max) if self.memory_in_use() > max => Err(self.memory_limit_error(max)),
            _ => Ok(()),
        }
    }

    #[cold]
    fn memory_limit_error(&self, max: usize) -> crate::PyErr {
        self.new_error(
            &self.exc.memory_error,
            format!("the memory limit of {max} bytes was exceeded"),
        )
    }

    /// A run starts on this thread: count for this interpreter.
    pub(crate) fn begin_run_memory(&self) {
        let before = (COUNTING.with(Cell::get), LIVE.with(Cell::get));
        self.memory.saved.set(Some(before));
        LIVE.with(|l| l.set(self.memory.live.get()));
        COUNTING.with(|c| c.set(true));
    }

    /// The run is over: keep the count, give the thread's counter back.
    pub(crate) fn end_run_memory(&self) {
        let Some((counting, live)) = self.memory.saved.take() else {
            return;
        };
        self.memory.live.set(LIVE.with(Cell::get));
        LIVE.with(|l| l.set(live));
        COUNTING.with(|c| c.set(counting));
    }
}
