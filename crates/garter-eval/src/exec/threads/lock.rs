//! The native lock (`_thread.lock`, `threading.Lock`): acquire with
//! `blocking`/`timeout`, release, `locked`, and the context manager.
//! A blocked acquirer is woken by `release` (all waiters are; each checks
//! again) or by its deadline.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Instant;

use garter_runtime::object::Payload;
use garter_runtime::types::type_object::MethodDef;
use garter_runtime::{Args, ObjRef, PyResult, Value, Vm};

use super::{deadline_after, with_interp, PyThread};
use crate::exec::Interp;

/// The largest timeout accepted, in seconds (as CPython's `TIMEOUT_MAX`).
pub(crate) const TIMEOUT_MAX: f64 = 9223372036.0;

/// The state of one lock.
#[derive(Default)]
pub(crate) struct LockState {
    locked: Cell<bool>,
    /// Threads blocked in `acquire`.
    waiters: RefCell<Vec<Rc<PyThread>>>,
}

/// A new unlocked lock object.
pub(crate) fn new_lock(vm: &Vm, interp: &Interp) -> Value {
    vm.new_object(
        interp.threads.lock_type.clone(),
        Payload::Native(Box::new(LockState::default())),
    )
}

fn state(v: &Value) -> Option<&LockState> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<LockState>(),
        _ => None,
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a LockState)> {
    match args.values.first() {
        Some(v) => match state(v) {
            Some(s) => Ok((v, s)),
            None => Err(vm.type_error("descriptor requires a '_thread.lock' object".into())),
        },
        None => Err(vm.type_error("descriptor requires a '_thread.lock' object".into())),
    }
}

/// A timeout argument in seconds.
pub(crate) fn seconds(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) => Ok(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Ok(*f),
            Payload::Int(n) => garter_runtime::types::int::int_to_f64(vm, n),
            _ => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name_of(v)
            ))),
        },
        Value::None => {
            Err(vm.type_error("'NoneType' object cannot be interpreted as an integer".into()))
        }
    }
}

impl Interp {
    /// Acquires `lock`, blocking (until `deadline`, if any) when asked.
    pub(crate) fn acquire_lock(
        &self,
        vm: &Vm,
        lock: &LockState,
        blocking: bool,
        deadline: Option<Instant>,
    ) -> PyResult<bool> {
        loop {
            if !lock.locked.get() {
                lock.locked.set(true);
                return Ok(true);
            }
            if !blocking || deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
            lock.waiters.borrow_mut().push(self.threads.current());
            self.block_thread(vm, deadline)?;
        }
    }
}

fn lock_acquire(vm: &Vm, args: Args) -> PyResult<Value> {
    let [_, blocking, timeout] = args.bind(vm, "acquire", ["self", "blocking", "timeout"], 3)?;
    let (_, lock) = this(vm, &args)?;
    let blocking = match blocking {
        Some(b) => vm.truthy(&b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => seconds(vm, &t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call".into()));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive".into()));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large".into()));
    }
    let deadline = if timeout >= 0.0 {
        deadline_after(timeout)
    } else {
        None
    };
    with_interp(vm, |interp| {
        interp
            .acquire_lock(vm, lock, blocking, deadline)
            .map(Value::Bool)
    })
}

/// Releases `lock`, waking the threads waiting for it.
pub(crate) fn release(vm: &Vm, interp: &Interp, lock: &LockState) -> PyResult<()> {
    if !lock.locked.get() {
        return Err(vm.runtime_error("release unlocked lock".into()));
    }
    lock.locked.set(false);
    let waiters = std::mem::take(&mut *lock.waiters.borrow_mut());
    for t in &waiters {
        interp.threads.wake(t);
    }
    Ok(())
}

fn lock_release(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "release", 1, 1)?;
    let (_, lock) = this(vm, &args)?;
    with_interp(vm, |interp| release(vm, interp, lock))?;
    Ok(Value::None)
}

fn lock_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, lock) = this(vm, &args)?;
    with_interp(vm, |interp| release(vm, interp, lock))?;
    Ok(Value::None)
}

fn lock_locked(vm: &Vm, args: Args) -> PyResult<Value> {
    args.count(vm, "locked", 1, 1)?;
    let (_, lock) = this(vm, &args)?;
    Ok(Value::Bool(lock.locked.get()))
}

fn lock_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let (v, lock) = this(vm, &args)?;
    let state = if lock.locked.get() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(vm.new_str(format!(
        "<{state} _thread.lock object at {:#x}>",
        v.identity()
    )))
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("acquire", lock_acquire),
    MethodDef::method("acquire_lock", lock_acquire),
    MethodDef::method("__enter__", lock_acquire),
    MethodDef::method("release", lock_release),
    MethodDef::method("release_lock", lock_release),
    MethodDef::method("__exit__", lock_exit),
    MethodDef::method("locked", lock_locked),
    MethodDef::method("locked_lock", lock_locked),
    MethodDef::method("__repr__", lock_repr),
];

/// Makes the `_thread.lock` type.
pub(crate) fn make_lock_type(vm: &Vm) -> ObjRef {
    vm.new_native_type_in("_thread", "lock", METHODS, &[])
}
