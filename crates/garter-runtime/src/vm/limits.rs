//! Limits on one run: time, steps, a cancel handle, and the memory
//! ceiling (its accounting is in `memory.rs`).
//!
//! Every call (`Vm::enter`), `while` iteration and step of an iterator
//! (`Vm::next`, so `for` loops and native consumers such as `sum` too) is
//! a *tick* (`Vm::check_interrupt`). A tick only counts down one `Cell`;
//! every `SLICE` ticks (or sooner, when the step limit is near) the slow
//! check runs: the interrupt flag, the cancel handle, the step count, the
//! clock and the memory in use. A limit that has run out is *sticky*: from
//! then on every tick raises again until the run ends, so a script cannot
//! swallow it with `except BaseException` and go on. A run (the outermost
//! stack switch, see `Vm::set_stack_floor`) starts the clock and step
//! count afresh and clears what tripped, so the interpreter is usable
//! again afterwards.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::error::{PyErr, PyResult};
use crate::Vm;

/// Ticks between two slow checks.
const SLICE: u32 = 1024;

/// A handle another thread uses to stop a running script: the script
/// raises KeyboardInterrupt at its next tick, and again at every tick
/// after, until the run ends.
#[derive(Clone, Debug)]
pub struct CancelHandle(Arc<AtomicBool>);

impl CancelHandle {
    /// Stops the script that is running (or the next one to start, if
    /// none is).
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// What stopped the run, once a limit ran out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tripped {
    Time,
    Steps,
    Cancelled,
}

/// One interpreter's limits and the state of the current run.
pub struct Limits {
    /// Fast ticks left before the next slow check.
    countdown: Cell<u32>,
    /// The length of the slice the countdown started from.
    slice: Cell<u32>,
    /// Ticks of this run before the current slice.
    steps: Cell<u64>,
    max_steps: Cell<Option<u64>>,
    max_time: Cell<Option<Duration>>,
    deadline: Cell<Option<Instant>>,
    tripped: Cell<Option<Tripped>>,
    cancelled: Arc<AtomicBool>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            countdown: Cell::new(SLICE),
            slice: Cell::new(SLICE),
            steps: Cell::new(0),
            max_steps: Cell::new(None),
            max_time: Cell::new(None),
            deadline: Cell::new(None),
            tripped: Cell::new(None),
            cancelled: Arc::new(AtomicBool::new(false)),
        }
    }
}

impl Vm {
    /// One tick (a call or a loop iteration): raises KeyboardInterrupt
    /// when interrupted or cancelled, TimeoutError past the time or step
    /// limit, MemoryError above the memory ceiling.
    #[inline]
    pub fn check_interrupt(&self) -> PyResult<()> {
        let left = self.limits.countdown.get();
        if left == 0 {
            return self.slow_check();
        }
        self.limits.countdown.set(left - 1);
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn slow_check(&self) -> PyResult<()> {
        let l = &self.limits;
        let ticked = l.slice.get();
        let steps = l.steps.get() + u64::from(ticked);
        l.steps.set(steps);
        self.start_slice(steps);
        if self.interrupt.load(Ordering::Relaxed) {
            // With several Python threads, the scheduler raises it in the
            // main thread.
            if self.switch_ticks.get() != 0 {
                return self.switch_threads();
            }
            return Err(self.interrupted());
        }
        if l.tripped.get().is_none() {
            if l.cancelled.load(Ordering::Relaxed) {
                l.tripped.set(Some(Tripped::Cancelled));
            } else if l.max_steps.get().is_some_and(|max| steps >= max) {
                l.tripped.set(Some(Tripped::Steps));
            } else if l.deadline.get().is_some_and(|d| Instant::now() >= d) {
                l.tripped.set(Some(Tripped::Time));
            }
        }
        if let Some(what) = l.tripped.get() {
            // Sticky: the next tick comes straight back here.
            l.countdown.set(0);
            l.slice.set(1);
            return Err(self.limit_error(what));
        }
        let switch_in = self.switch_ticks.get();
        if switch_in != 0 {
            if switch_in <= ticked {
                self.switch_threads()?;
            } else {
                self.switch_ticks.set(switch_in - ticked);
            }
        }
        self.check_memory_in_use()
    }

    /// Starts the next slice of fast ticks, ending early enough for the
    /// step limit to be exact.
    fn start_slice(&self, steps: u64) {
        let l = &self.limits;
        let room = l
            .max_steps
            .get()
            .map_or(u64::from(SLICE), |max| max.saturating_sub(steps));
        let slice = room.clamp(1, u64::from(SLICE)) as u32;
        l.slice.set(slice);
        l.countdown.set(slice - 1);
    }

    fn limit_error(&self, what: Tripped) -> PyErr {
        let l = &self.limits;
        match what {
            Tripped::Cancelled => self.new_exception(&self.exc.keyboard_interrupt, Vec::new()),
            Tripped::Steps => self.new_error(
                &self.exc.timeout_error,
                format!(
                    "the limit of {} steps was exceeded",
                    l.max_steps.get().unwrap_or(0)
                ),
            ),
            Tripped::Time => self.new_error(
                &self.exc.timeout_error,
                format!(
                    "the time limit of {} seconds was exceeded",
                    garter_syntax::literal::repr::float_repr(
                        l.max_time.get().unwrap_or_default().as_secs_f64()
                    )
                ),
            ),
        }
    }

    /// A handle that stops the running script from another thread.
    pub fn cancel_handle(&self) -> CancelHandle {
        CancelHandle(self.limits.cancelled.clone())
    }

    /// Limits each run to `max` of wall-clock time (`None`: no limit).
    pub fn set_max_time(&self, max: Option<Duration>) {
        self.limits.max_time.set(max);
    }

    pub fn max_time(&self) -> Option<Duration> {
        self.limits.max_time.get()
    }

    /// Limits each run to `max` ticks: calls and loop iterations (`None`:
    /// no limit).
    pub fn set_max_steps(&self, max: Option<u64>) {
        self.limits.max_steps.set(max);
    }

    pub fn max_steps(&self) -> Option<u64> {
        self.limits.max_steps.get()
    }

    /// A run starts: the clock and the step count start afresh.
    pub(crate) fn begin_run_limits(&self) {
        let l = &self.limits;
        l.steps.set(0);
        l.tripped.set(None);
        l.deadline
            .set(l.max_time.get().and_then(|t| Instant::now().checked_add(t)));
        l.countdown.set(0);
        l.slice.set(0);
    }

    /// The run is over: nothing stays tripped for the next one.
    pub(crate) fn end_run_limits(&self) {
        let l = &self.limits;
        l.tripped.set(None);
        l.deadline.set(None);
        l.cancelled.store(false, Ordering::Relaxed);
        l.countdown.set(SLICE);
        l.slice.set(SLICE);
    }
}
