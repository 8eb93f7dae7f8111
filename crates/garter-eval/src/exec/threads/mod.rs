//! Python threads on Garter's own scheduler: green threads inside one OS
//! thread.
//!
//! Each thread other than the main one runs on its own `corosensei`
//! coroutine (a native stack of its own). The main thread runs on the
//! interpreter's main stack and is also the scheduler: when it gives up
//! its turn it resumes the other runnable threads one after another, round
//! robin, until its own turn comes back. Another thread gives up its turn
//! by suspending its coroutine, which lands back in that loop.
//!
//! A thread gives up its turn when [`Vm::switch_ticks`] runs out (counted
//! down at calls and loop iterations, a slice at a time by the limits'
//! check, like CPython's switch interval; off while only the main thread
//! exists) and whenever it
//! blocks (a lock, `time.sleep`). Blocking marks the thread blocked, with
//! an optional deadline, and whoever can unblock it (a lock's release)
//! marks it runnable again; every blocking operation re-checks its
//! condition after waking, so an early wake-up is harmless. When nothing is
//! runnable the OS thread sleeps until the earliest deadline; when nothing
//! can ever wake, the main thread gets a RuntimeError naming the deadlock.
//!
//! What belongs to the running thread rather than to the interpreter (the
//! frame list, the exceptions being handled, the coroutine generators being
//! run, reprs in progress, the recursion depth and the stack guard) is
//! saved and restored at each switch ([`Context`]).
//!
//! An interrupt (Ctrl-C, [`Vm::interrupt`]) is raised in the main thread
//! only, as in CPython: another thread that sees it switches out, and the
//! scheduler loop raises it in the main thread even while that one waits.
//!
//! A thread inside a generator that runs on its own coroutine cannot
//! suspend its thread coroutine from the generator's stack: it suspends
//! the generator instead with [`Suspend::SwitchThread`], and the
//! generator's resume site passes the request on outwards (through nested
//! generators), switches, and resumes the generator afterwards.

pub(crate) mod lock;
pub(crate) mod thread_module;
pub(crate) mod time_module;

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult};

use garter_runtime::{ObjRef, PyErr, PyResult, Value, Vm};

use super::frame::Frame;
use super::generator::{Resume, Suspend, Yielder};
use super::Interp;

type ThreadYielder = corosensei::Yielder<(), ()>;
type ThreadCoroutine = Coroutine<(), (), (), DefaultStack>;

/// Native stack of each thread (virtual; pages are touched on use).
const THREAD_STACK: usize = 16 << 20;

/// Check points a thread runs before it must give the others a turn.
const SWITCH_INTERVAL: u32 = 2000;

/// The main thread's ident.
pub(crate) const MAIN_IDENT: u64 = 1;

/// Where the yielder of a running coroutine generator is kept (set by the
/// generator's body when it first runs).
pub(crate) type YielderCell = Cell<Option<*const Yielder>>;

/// Whether a thread can run.
#[derive(Clone, Copy, PartialEq)]
enum Wait {
    Runnable,
    /// Blocked until woken, or until the deadline passes.
    Blocked(Option<Instant>),
}

/// What a thread keeps in the interpreter, put aside while others run.
#[derive(Default)]
struct Context {
    frames: Vec<*const Frame>,
    handling: Vec<Value>,
    generators: Vec<Rc<YielderCell>>,
    repr_active: Vec<usize>,
    depth: u32,
    stack_floor: usize,
}

/// One Python thread.
pub(crate) struct PyThread {
    ident: u64,
    /// The thread's coroutine (none for the main thread); taken out while
    /// it runs.
    co: RefCell<Option<ThreadCoroutine>>,
    /// The coroutine's yielder, set when its body starts.
    yielder: Rc<Cell<Option<*const ThreadYielder>>>,
    wait: Cell<Wait>,
    context: RefCell<Context>,
}

/// The threads of one interpreter.
pub struct Scheduler {
    /// Live threads, the main thread first.
    threads: RefCell<Vec<Rc<PyThread>>>,
    /// Runnable threads waiting for their turn, in order.
    queue: RefCell<VecDeque<Rc<PyThread>>>,
    current: RefCell<Rc<PyThread>>,
    next_ident: Cell<u64>,
    /// The coroutine generators being run by the current thread,
    /// innermost last.
    pub(crate) generators: RefCell<Vec<Rc<YielderCell>>>,
    /// The `_thread.lock` type.
    pub(crate) lock_type: ObjRef,
    /// Zero of `time.monotonic()` and `time.perf_counter()`.
    pub(crate) clock_base: Instant,
}

impl Scheduler {
    pub fn new(vm: &Vm) -> Scheduler {
        let main = Rc::new(PyThread {
            ident: MAIN_IDENT,
            co: RefCell::new(None),
            yielder: Rc::new(Cell::new(None)),
            wait: Cell::new(Wait::Runnable),
            context: RefCell::new(Context::default()),
        });
        Scheduler {
            threads: RefCell::new(vec![main.clone()]),
            queue: RefCell::new(VecDeque::new()),
            current: RefCell::new(main),
            next_ident: Cell::new(MAIN_IDENT + 1),
            generators: RefCell::new(Vec::new()),
            lock_type: lock::make_lock_type(vm),
            clock_base: Instant::now(),
        }
    }

    /// The running thread.
    pub(crate) fn current(&self) -> Rc<PyThread> {
        self.current.borrow().clone()
    }

    /// The running thread's ident.
    pub(crate) fn current_ident(&self) -> u64 {
        self.current.borrow().ident
    }

    /// Whether threads other than the main one exist.
    pub(crate) fn several(&self) -> bool {
        self.threads.borrow().len() > 1
    }

    /// How many threads are alive.
    pub(crate) fn count(&self) -> usize {
        self.threads.borrow().len()
    }

    /// Makes a blocked thread runnable (no effect on a runnable one).
    pub(crate) fn wake(&self, thread: &Rc<PyThread>) {
        if let Wait::Blocked(_) = thread.wait.get() {
            thread.wait.set(Wait::Runnable);
            self.queue.borrow_mut().push_back(thread.clone());
        }
    }

    /// Wakes the threads whose deadline has passed; returns the earliest
    /// deadline still ahead, if any.
    fn wake_expired(&self) -> Option<Instant> {
        let now = Instant::now();
        let threads = self.threads.borrow().clone();
        let mut earliest: Option<Instant> = None;
        for t in &threads {
            if let Wait::Blocked(Some(when)) = t.wait.get() {
                if when <= now {
                    self.wake(t);
                } else if earliest.is_none_or(|e| when < e) {
                    earliest = Some(when);
                }
            }
        }
        earliest
    }
}

impl Interp {
    /// Starts a thread running `func(*args)` with keyword names `kwnames`
    /// (the last values of `args`); returns its ident.
    pub(crate) fn start_thread(
        &self,
        vm: &Vm,
        func: Value,
        args: Vec<Value>,
        kwnames: Vec<Value>,
    ) -> PyResult<u64> {
        let Some(rc_vm) = self.vm() else {
            return Err(vm.runtime_error("interpreter is shutting down".into()));
        };
        let Ok(stack) = DefaultStack::new(THREAD_STACK) else {
            return Err(vm.runtime_error("can't start new thread".into()));
        };
        let s = &self.threads;
        let ident = s.next_ident.get();
        s.next_ident.set(ident + 1);
        let floor = stack.limit().get();
        let yielder = Rc::new(Cell::new(None));
        let body_yielder = yielder.clone();
        let co = Coroutine::with_stack(stack, move |y: &ThreadYielder, ()| {
            body_yielder.set(Some(y as *const ThreadYielder));
            let args = garter_runtime::Args {
                values: &args,
                kwnames: &kwnames,
            };
            if let Err(e) = rc_vm.call(&func, args) {
                if !rc_vm.err_matches(&e, &rc_vm.exc.system_exit) {
                    thread_module::print_exception(&rc_vm, "Unhandled exception in thread:", &e);
                }
            }
        });
        let thread = Rc::new(PyThread {
            ident,
            co: RefCell::new(Some(co)),
            yielder,
            wait: Cell::new(Wait::Runnable),
            context: RefCell::new(Context {
                stack_floor: floor,
                ..Context::default()
            }),
        });
        s.threads.borrow_mut().push(thread.clone());
        s.queue.borrow_mut().push_back(thread);
        if vm.switch_ticks.get() == 0 {
            vm.switch_ticks.set(SWITCH_INTERVAL);
        }
        Ok(ident)
    }

    /// Preemption: the running thread has used its check points, or an
    /// interrupt came (it is raised in the main thread only; another
    /// thread lets the main thread run to take it).
    pub(crate) fn preempt(&self, vm: &Vm) -> PyResult<()> {
        let interrupted = vm.interrupt.load(Ordering::Relaxed);
        if !self.threads.several() {
            vm.switch_ticks.set(0);
            return if interrupted {
                Err(vm.interrupted())
            } else {
                Ok(())
            };
        }
        if interrupted && self.threads.current_ident() == MAIN_IDENT {
            return Err(vm.interrupted());
        }
        vm.switch_ticks.set(SWITCH_INTERVAL);
        self.switch_out(vm)
    }

    /// The running thread lets the others run (`time.sleep(0)`).
    pub(crate) fn yield_thread(&self, vm: &Vm) -> PyResult<()> {
        if !self.threads.several() {
            return Ok(());
        }
        self.switch_out(vm)
    }

    /// Blocks the running thread until something wakes it or `deadline`
    /// passes (its caller then checks again what it waits for).
    pub(crate) fn block_thread(&self, vm: &Vm, deadline: Option<Instant>) -> PyResult<()> {
        let current = self.threads.current();
        current.wait.set(Wait::Blocked(deadline));
        let result = self.switch_out(vm);
        current.wait.set(Wait::Runnable);
        result
    }

    /// Gives other threads their turn; comes back when this thread's turn
    /// comes again (its `wait` says whether it is runnable meanwhile).
    pub(crate) fn switch_out(&self, vm: &Vm) -> PyResult<()> {
        let s = &self.threads;
        let current = s.current();
        if current.ident == MAIN_IDENT {
            return self.run_others(vm, &current);
        }
        let innermost = s.generators.borrow().last().and_then(|c| c.get());
        if let Some(y) = innermost {
            // SAFETY: the generator is on the list only while it runs, so
            // its yielder is alive on its stack; the generator's resume
            // site passes the request on (`generator::resume_state`).
            return match unsafe { &*y }.suspend(Suspend::SwitchThread) {
                Resume::Send(_) => Ok(()),
                Resume::Throw(e) => Err(e),
            };
        }
        let Some(y) = current.yielder.get() else {
            return Err(vm.runtime_error("thread switch outside a thread".into()));
        };
        // SAFETY: the yielder lives on the thread's coroutine stack, which
        // is the stack running this code.
        unsafe { &*y }.suspend(());
        Ok(())
    }

    /// The main thread's side of a switch: runs the other threads until
    /// the main thread is due again.
    fn run_others(&self, vm: &Vm, main: &Rc<PyThread>) -> PyResult<()> {
        let s = &self.threads;
        if main.wait.get() == Wait::Runnable {
            s.queue.borrow_mut().push_back(main.clone());
        }
        *main.context.borrow_mut() = self.save_context(vm);
        let outcome = loop {
            if vm.interrupt.load(Ordering::Relaxed) {
                s.queue.borrow_mut().retain(|t| t.ident != MAIN_IDENT);
                break Err(vm.interrupted());
            }
            let earliest = s.wake_expired();
            let next = s.queue.borrow_mut().pop_front();
            match next {
                Some(t) if t.ident == MAIN_IDENT => break Ok(()),
                Some(t) => self.run_slice(vm, &t),
                None => match earliest {
                    Some(when) => sleep_until(vm, when),
                    None => break Err(deadlock(vm)),
                },
            }
        };
        *s.current.borrow_mut() = main.clone();
        let saved = std::mem::take(&mut *main.context.borrow_mut());
        self.restore_context(vm, saved);
        vm.switch_ticks
            .set(if s.several() { SWITCH_INTERVAL } else { 0 });
        outcome
    }

    /// Runs one thread until it gives up its turn or ends.
    fn run_slice(&self, vm: &Vm, thread: &Rc<PyThread>) {
        let s = &self.threads;
        let Some(mut co) = thread.co.borrow_mut().take() else {
            s.threads.borrow_mut().retain(|t| !Rc::ptr_eq(t, thread));
            return;
        };
        *s.current.borrow_mut() = thread.clone();
        let context = std::mem::take(&mut *thread.context.borrow_mut());
        self.restore_context(vm, context);
        vm.switch_ticks.set(SWITCH_INTERVAL);
        let result = co.resume(());
        *thread.context.borrow_mut() = self.save_context(vm);
        match result {
            CoroutineResult::Yield(()) => {
                *thread.co.borrow_mut() = Some(co);
                if thread.wait.get() == Wait::Runnable {
                    s.queue.borrow_mut().push_back(thread.clone());
                }
            }
            CoroutineResult::Return(()) => {
                s.threads.borrow_mut().retain(|t| !Rc::ptr_eq(t, thread));
                drop(co);
            }
        }
    }

    fn save_context(&self, vm: &Vm) -> Context {
        let stack_floor = vm.set_stack_floor(0);
        vm.set_stack_floor(stack_floor);
        Context {
            frames: std::mem::take(&mut *self.frames.borrow_mut()),
            handling: std::mem::take(&mut *vm.handling.borrow_mut()),
            generators: std::mem::take(&mut *self.threads.generators.borrow_mut()),
            repr_active: std::mem::take(&mut *vm.repr_active.borrow_mut()),
            depth: vm.depth(),
            stack_floor,
        }
    }

    fn restore_context(&self, vm: &Vm, c: Context) {
        *self.frames.borrow_mut() = c.frames;
        *vm.handling.borrow_mut() = c.handling;
        *self.threads.generators.borrow_mut() = c.generators;
        *vm.repr_active.borrow_mut() = c.repr_active;
        vm.set_depth(c.depth);
        vm.set_stack_floor(c.stack_floor);
    }

    /// The end of the program: waits for the threads that are not daemons
    /// (`threading._shutdown`), then drops the daemon threads left.
    pub(crate) fn finish_threads(&self, vm: &Vm) -> PyResult<()> {
        let threading = garter_runtime::types::dict::obj_dict_table(&vm.modules)
            .and_then(|t| t.borrow().get_str(&vm.intern("threading")));
        let result = match threading {
            Some(threading) if self.threads.several() => {
                vm.call_method(&threading, "_shutdown", &[]).map(|_| ())
            }
            _ => Ok(()),
        };
        self.drop_threads(vm);
        result
    }

    /// Drops every thread but the main one (their stacks unwind).
    fn drop_threads(&self, vm: &Vm) {
        let s = &self.threads;
        let others: Vec<Rc<PyThread>> = s
            .threads
            .borrow()
            .iter()
            .filter(|t| t.ident != MAIN_IDENT)
            .cloned()
            .collect();
        if others.is_empty() {
            return;
        }
        let saved = self.save_context(vm);
        s.queue.borrow_mut().clear();
        s.threads.borrow_mut().retain(|t| t.ident == MAIN_IDENT);
        for t in others {
            let co = t.co.borrow_mut().take();
            drop(co);
        }
        self.restore_context(vm, saved);
        vm.switch_ticks.set(0);
    }
}

/// The native modules of this part: `_thread` and `time`.
pub(crate) fn native_module(vm: &Vm, name: &str) -> Option<Value> {
    match name {
        "_thread" => Some(thread_module::make(vm)),
        "time" => Some(time_module::make(vm)),
        _ => None,
    }
}

/// Runs `f` with the evaluator of `vm` (for native functions).
pub(crate) fn with_interp<R>(vm: &Vm, f: impl FnOnce(&Interp) -> PyResult<R>) -> PyResult<R> {
    let evaluator = vm.evaluator()?;
    match evaluator.as_any().downcast_ref::<Interp>() {
        Some(interp) => f(interp),
        None => Err(vm.runtime_error("threads need Garter's evaluator".into())),
    }
}

/// The error the main thread gets when no thread can ever run again.
fn deadlock(vm: &Vm) -> PyErr {
    vm.runtime_error(
        "deadlock: every thread is blocked waiting for another and none can ever wake".into(),
    )
}

/// Sleeps the OS thread until `when`, or until an interrupt comes.
pub(crate) fn sleep_until(vm: &Vm, when: Instant) {
    const SLICE: Duration = Duration::from_millis(20);
    loop {
        let left = when.saturating_duration_since(Instant::now());
        if left.is_zero() || vm.interrupt.load(Ordering::Relaxed) {
            return;
        }
        std::thread::sleep(left.min(SLICE));
    }
}

/// A deadline `seconds` from now (`None` if it is too far to represent).
pub(crate) fn deadline_after(seconds: f64) -> Option<Instant> {
    Duration::try_from_secs_f64(seconds.max(0.0))
        .ok()
        .and_then(|d| Instant::now().checked_add(d))
}
