//! Generators, on stackful coroutines.
//!
//! A generator's frame runs on its own small stack (a `corosensei`
//! coroutine), so `yield` can suspend anywhere in the tree walk — inside
//! an expression, a `try`, a `with` — and resume there later. Stacks are
//! pooled. While a generator runs, the runtime's stack guard points at the
//! coroutine's stack, so deep recursion inside it raises RecursionError
//! instead of overflowing.
//!
//! A generator's stack can also be left for a thread switch
//! ([`Suspend::SwitchThread`], see `threads/`): its resume site passes the
//! switch on outwards and then resumes the generator where it was.

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::rc::Rc;

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult};

use garter_runtime::object::Payload;
use garter_runtime::types::exception::exception_data;
use garter_runtime::types::function::FunctionData;
use garter_runtime::types::type_object::{GetSetDef, MethodDef};
use garter_runtime::{Args, ObjRef, PyErr, PyResult, Value, Vm};

use super::frame::Frame;
use super::machine::Machine;
use super::threads::YielderCell;
use super::Interp;

/// What a suspended generator is resumed with.
pub enum Resume {
    Send(Value),
    Throw(PyErr),
}

/// Why a generator's coroutine gave control back.
pub enum Suspend {
    /// `yield` (or `yield from`) produced a value.
    Yielded(Value),
    /// The thread running the generator must switch: the resume site
    /// switches, then resumes the generator with `Send(None)` (or `Throw`
    /// if the switch failed).
    SwitchThread,
}

/// The handle a generator's frame yields through.
pub type Yielder = corosensei::Yielder<Resume, Suspend>;

type GenCoroutine = Coroutine<Resume, Suspend, PyResult<Value>, DefaultStack>;

/// Native stack of each generator (virtual; pages are touched on use).
const GENERATOR_STACK: usize = 1 << 20;

/// Stacks of finished generators, for reuse.
#[derive(Default)]
pub struct StackPool {
    free: RefCell<Vec<DefaultStack>>,
}

impl StackPool {
    fn take(&self) -> Option<DefaultStack> {
        if let Some(s) = self.free.borrow_mut().pop() {
            return Some(s);
        }
        DefaultStack::new(GENERATOR_STACK).ok()
    }

    fn give(&self, s: DefaultStack) {
        let mut free = self.free.borrow_mut();
        if free.len() < 64 {
            free.push(s);
        }
    }
}

/// The data of a generator object.
pub struct GeneratorState {
    /// The coroutine; touched only through `coroutine()` while the
    /// generator is not running (the `running` flag guards re-entry).
    co: std::cell::UnsafeCell<Option<GenCoroutine>>,
    running: Cell<bool>,
    started: Cell<bool>,
    name: RefCell<Value>,
    qualname: RefCell<Value>,
    /// Lowest usable address of the coroutine's stack.
    stack_floor: usize,
    /// The coroutine's yielder, once its body runs (for thread switches).
    yielder: Rc<YielderCell>,
    /// Frames and handled exceptions of the generator while suspended.
    saved_frames: RefCell<Vec<*const Frame>>,
    saved_handling: RefCell<Vec<Value>>,
    interp: Rc<Interp>,
    /// Set instead of the coroutine for a generator that runs as a
    /// statement machine (`machine.rs`).
    machine: Option<Machine>,
}

impl GeneratorState {
    /// The coroutine slot. Callers use it only while the generator is not
    /// running and do not keep the reference across Python code, so no two
    /// references to the slot are alive at once.
    #[allow(clippy::mut_from_ref)]
    fn coroutine(&self) -> &mut Option<GenCoroutine> {
        // SAFETY: see above; `resume` sets `running` before resuming and
        // every other user checks it (a running generator is refused).
        unsafe { &mut *self.co.get() }
    }
}

/// A generator freed while suspended is closed, as CPython closes it
/// when freeing it: its state moves to a new generator object whose
/// `close()` runs at the next statement boundary (see the runtime's
/// `buffer::release`), since `Drop` may not run Python code.
impl Drop for GeneratorState {
    fn drop(&mut self) {
        if !self.started.get() || self.running.get() || self.is_finished() {
            return;
        }
        let Some(vm) = self.interp.vm() else {
            return;
        };
        let orphan = GeneratorState {
            co: std::cell::UnsafeCell::new(self.co.get_mut().take()),
            running: Cell::new(false),
            // Set again when the orphan is closed; a queue dropped
            // unrun then frees it without queueing it again.
            started: Cell::new(false),
            name: RefCell::new(std::mem::replace(self.name.get_mut(), Value::None)),
            qualname: RefCell::new(std::mem::replace(self.qualname.get_mut(), Value::None)),
            stack_floor: self.stack_floor,
            yielder: self.yielder.clone(),
            saved_frames: RefCell::new(std::mem::take(self.saved_frames.get_mut())),
            saved_handling: RefCell::new(std::mem::take(self.saved_handling.get_mut())),
            interp: self.interp.clone(),
            machine: self.machine.take(),
        };
        vm.pending_releases
            .push_finalizer(Box::new(move |vm| close_orphan(vm, orphan)));
    }
}

impl GeneratorState {
    /// Whether the body has returned or raised.
    fn is_finished(&self) -> bool {
        match &self.machine {
            Some(m) => m.finished(),
            None => self.coroutine().as_ref().is_none_or(|c| c.done()),
        }
    }
}

/// Closes the state of a generator freed while suspended; an error is
/// reported as CPython reports exceptions it cannot raise.
fn close_orphan(vm: &Vm, orphan: GeneratorState) {
    orphan.started.set(true);
    let generator_type = orphan.interp.generator_type.clone();
    let generator = vm.new_object(generator_type, Payload::Native(Box::new(orphan)));
    if let Err(err) = gen_close(vm, Args::positional(std::slice::from_ref(&generator))) {
        let repr = vm
            .repr_string(&generator)
            .unwrap_or_else(|_| "<generator object>".into());
        let report = format!(
            "Exception ignored in: {repr}\n{}",
            super::traceback::format_unraisable(vm, &err)
        );
        vm.flush_stdout();
        let _ = vm.stderr.borrow_mut().write_all(report.as_bytes());
    }
}

/// How one step of a generator ended.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

/// The generator behind a value, if it is one.
pub(crate) fn state(v: &Value) -> Option<&GeneratorState> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<GeneratorState>(),
        _ => None,
    }
}

impl Interp {
    /// A generator object running `frame` (a generator function's call).
    pub(crate) fn make_generator(
        &self,
        vm: &Vm,
        frame: Frame,
        data: &FunctionData,
    ) -> PyResult<Value> {
        let name = data.name.borrow().clone();
        let qualname = data.qualname.borrow().clone();
        self.make_generator_named(vm, frame, name, qualname)
    }

    pub(crate) fn make_generator_named(
        &self,
        vm: &Vm,
        frame: Frame,
        name: Value,
        qualname: Value,
    ) -> PyResult<Value> {
        let (Some(rc_vm), Some(interp)) = (self.vm(), self.self_rc()) else {
            return Err(vm.runtime_error("interpreter is shutting down".into()));
        };
        let yielder: Rc<YielderCell> = Rc::new(Cell::new(None));
        let state = |co, stack_floor, machine, yielder| GeneratorState {
            yielder,
            co: std::cell::UnsafeCell::new(co),
            running: Cell::new(false),
            started: Cell::new(false),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            stack_floor,
            saved_frames: RefCell::new(Vec::new()),
            saved_handling: RefCell::new(Vec::new()),
            interp: interp.clone(),
            machine,
        };
        if frame.code.machine.is_some() {
            let state = state(None, 0, Some(Machine::new(frame)), yielder);
            return Ok(vm.new_object(
                self.generator_type.clone(),
                Payload::Native(Box::new(state)),
            ));
        }
        let Some(stack) = self.stacks.take() else {
            return Err(vm.memory_error());
        };
        let floor = stack.limit().get();
        let body_interp = interp.clone();
        let body_yielder = yielder.clone();
        let co = Coroutine::with_stack(
            stack,
            move |y: &Yielder, first: Resume| -> PyResult<Value> {
                body_yielder.set(Some(y as *const Yielder));
                if let Resume::Throw(e) = first {
                    return Err(e);
                }
                frame.yielder.set(Some(y as *const Yielder));
                body_interp.run_frame(&rc_vm, &frame)
            },
        );
        let state = state(Some(co), floor, None, yielder);
        Ok(vm.new_object(
            self.generator_type.clone(),
            Payload::Native(Box::new(state)),
        ))
    }

    /// `yield v` inside a generator frame: suspends, then returns what
    /// the generator is resumed with.
    pub(crate) fn yield_value(&self, vm: &Vm, f: &Frame, v: Value) -> PyResult<Value> {
        let Some(y) = f.yielder.get() else {
            return Err(vm.runtime_error("yield outside a running generator".into()));
        };
        // SAFETY: the yielder lives on the coroutine's stack for as long
        // as the frame runs inside it, and only that frame yields.
        let resumed = unsafe { &*y }.suspend(Suspend::Yielded(v));
        match resumed {
            Resume::Send(x) => Ok(x),
            Resume::Throw(e) => Err(e),
        }
    }

    /// `yield from iterable`: delegates until the sub-iterator finishes,
    /// returning its return value.
    pub(crate) fn yield_from(&self, vm: &Vm, f: &Frame, iterable: Value) -> PyResult<Value> {
        let it = vm.iter(&iterable)?;
        let mut pending = Resume::Send(Value::None);
        loop {
            let step = delegate(vm, &it, pending)?;
            match step {
                Step::Returned(v) => return Ok(v),
                Step::Yielded(v) => {
                    let Some(y) = f.yielder.get() else {
                        return Err(vm.runtime_error("yield outside a running generator".into()));
                    };
                    // SAFETY: as in `yield_value`.
                    pending = unsafe { &*y }.suspend(Suspend::Yielded(v));
                }
            }
        }
    }

    fn self_rc(&self) -> Option<Rc<Interp>> {
        self.self_weak.upgrade()
    }
}

/// One step of a sub-iterator for `yield from`.
pub(crate) fn delegate(vm: &Vm, it: &Value, input: Resume) -> PyResult<Step> {
    if state(it).is_some() {
        return resume(vm, it, input);
    }
    let builtin = matches!(it.payload(), Some(Payload::Iterator(_)));
    match input {
        Resume::Send(v) if v.is_none() && builtin => Ok(match vm.next(it)? {
            Some(v) => Step::Yielded(v),
            None => Step::Returned(Value::None),
        }),
        Resume::Send(v) if v.is_none() => match vm.call_method(it, "__next__", &[]) {
            Ok(v) => Ok(Step::Yielded(v)),
            Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
                Ok(Step::Returned(stop_value(vm, &e)))
            }
            Err(e) => Err(e),
        },
        Resume::Send(v) => match vm.call_method(it, "send", &[v]) {
            Ok(v) => Ok(Step::Yielded(v)),
            Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
                Ok(Step::Returned(stop_value(vm, &e)))
            }
            Err(e) => Err(e),
        },
        Resume::Throw(e) => {
            if vm.err_matches(&e, &vm.exc.generator_exit) {
                if let Some(close) = vm.lookup_attr(it, &vm.intern("close"))? {
                    vm.call(&close, Args::positional(&[]))?;
                }
                return Err(e);
            }
            match vm.lookup_attr(it, &vm.intern("throw"))? {
                Some(throw) => match vm.call(&throw, Args::positional(&[e.value()])) {
                    Ok(v) => Ok(Step::Yielded(v)),
                    Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
                        Ok(Step::Returned(stop_value(vm, &e)))
                    }
                    Err(e) => Err(e),
                },
                None => Err(e),
            }
        }
    }
}

/// `StopIteration.value`.
fn stop_value(vm: &Vm, e: &PyErr) -> Value {
    let v = e.value();
    match exception_data(&v) {
        Some(d) => vm
            .tuple_items(&d.args.borrow())
            .into_iter()
            .next()
            .unwrap_or(Value::None),
        None => Value::None,
    }
}

/// `next(gen)` for the runtime's iteration: `None` if `v` is not a
/// generator.
pub fn native_next(vm: &Vm, v: &Value) -> Option<PyResult<Option<Value>>> {
    let g = state(v)?;
    Some(generator_next(vm, g))
}

/// `vm.next(it)` for the evaluator's own loops: a generator is resumed
/// directly (the same steps as `Vm::next` taking its `native_next` hook,
/// without the detour through the runtime).
#[inline]
pub(crate) fn next_item(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    match state(it) {
        Some(g) => {
            vm.check_interrupt()?;
            generator_next(vm, g)
        }
        None => vm.next(it),
    }
}

/// The next item of a generator, `None` when it is exhausted.
#[inline]
fn generator_next(vm: &Vm, g: &GeneratorState) -> PyResult<Option<Value>> {
    if let Some(m) = &g.machine {
        // `resume_state` with `Send(None)` for a machine, with the result
        // kept in the shape `next` returns.
        if g.running.get() {
            return Err(vm.value_error("generator already executing".into()));
        }
        if m.finished() {
            return Ok(None);
        }
        g.started.set(true);
        let _guard = vm.enter("")?;
        g.running.set(true);
        let result = g.interp.machine_next(vm, m);
        g.running.set(false);
        return result.map_err(|e| replace_stop_iteration(vm, e));
    }
    match resume_state(vm, g, Resume::Send(Value::None)) {
        Ok(Step::Yielded(v)) => Ok(Some(v)),
        Ok(Step::Returned(_)) => Ok(None),
        Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Resumes a generator with `input`.
pub fn resume(vm: &Vm, gen: &Value, input: Resume) -> PyResult<Step> {
    let Some(g) = state(gen) else {
        return Err(vm.type_error("not a generator".into()));
    };
    resume_state(vm, g, input)
}

/// Resumes the generator whose state is `g`.
fn resume_state(vm: &Vm, g: &GeneratorState, input: Resume) -> PyResult<Step> {
    if g.running.get() {
        return Err(vm.value_error("generator already executing".into()));
    }
    if g.is_finished() {
        return match input {
            Resume::Throw(e) => Err(e),
            Resume::Send(_) => Err(vm.stop_iteration(None)),
        };
    }
    if !g.started.get() {
        if let Resume::Send(v) = &input {
            if !v.is_none() {
                return Err(
                    vm.type_error("can't send non-None value to a just-started generator".into())
                );
            }
        }
    }
    g.started.set(true);
    let _guard = vm.enter("")?;
    if let Some(m) = &g.machine {
        g.running.set(true);
        let result = g.interp.resume_machine(vm, m, input);
        g.running.set(false);
        return match result {
            Ok(step) => Ok(step),
            Err(e) => Err(replace_stop_iteration(vm, e)),
        };
    }
    let Some(co) = g.coroutine().as_mut() else {
        return Err(vm.stop_iteration(None));
    };
    let interp = &g.interp;
    let mut input = input;
    g.running.set(true);
    let result = loop {
        match run_coroutine(vm, g, co, input) {
            CoroutineResult::Yield(Suspend::SwitchThread) => {
                input = match interp.switch_out(vm) {
                    Ok(()) => Resume::Send(Value::None),
                    Err(e) => Resume::Throw(e),
                };
            }
            CoroutineResult::Yield(Suspend::Yielded(v)) => break CoroutineResult::Yield(v),
            CoroutineResult::Return(r) => break CoroutineResult::Return(r),
        }
    };
    g.running.set(false);
    match result {
        CoroutineResult::Yield(v) => Ok(Step::Yielded(v)),
        CoroutineResult::Return(r) => {
            g.saved_frames.borrow_mut().clear();
            g.saved_handling.borrow_mut().clear();
            if let Some(done) = g.coroutine().take() {
                interp.stacks.give(done.into_stack());
            }
            match r {
                Ok(v) => Ok(Step::Returned(v)),
                Err(e) => Err(replace_stop_iteration(vm, e)),
            }
        }
    }
}

/// One resumption of a generator's coroutine, with the generator's frames,
/// handled exceptions, stack guard and place on the running-generator list
/// put in place for it and taken back afterwards.
fn run_coroutine(
    vm: &Vm,
    g: &GeneratorState,
    co: &mut GenCoroutine,
    input: Resume,
) -> CoroutineResult<Suspend, PyResult<Value>> {
    let interp = &g.interp;
    let frame_base = interp.frames.borrow().len();
    interp
        .frames
        .borrow_mut()
        .append(&mut g.saved_frames.borrow_mut());
    let handling_base = vm.handling.borrow().len();
    if !g.saved_handling.borrow().is_empty() {
        vm.handling
            .borrow_mut()
            .append(&mut g.saved_handling.borrow_mut());
    }
    let depth = vm.depth();
    let floor = vm.set_stack_floor(g.stack_floor);
    interp
        .threads
        .generators
        .borrow_mut()
        .push(g.yielder.clone());
    let result = co.resume(input);
    interp.threads.generators.borrow_mut().pop();
    vm.set_stack_floor(floor);
    vm.set_depth(depth);
    {
        let mut all = interp.frames.borrow_mut();
        let at = frame_base.min(all.len());
        g.saved_frames.borrow_mut().extend(all.drain(at..));
    }
    {
        let mut all = vm.handling.borrow_mut();
        if all.len() > handling_base {
            g.saved_handling
                .borrow_mut()
                .extend(all.drain(handling_base..));
        }
    }
    result
}

/// PEP 479: a StopIteration escaping a generator becomes RuntimeError.
fn replace_stop_iteration(vm: &Vm, e: PyErr) -> PyErr {
    if !vm.err_matches(&e, &vm.exc.stop_iteration) {
        return e;
    }
    let err = vm.runtime_error("generator raised StopIteration".into());
    if let Some(d) = exception_data(&err.value()) {
        *d.cause.borrow_mut() = e.value();
        *d.context.borrow_mut() = e.value();
        d.suppress_context.set(true);
    }
    err
}

fn this(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.values.first() {
        Some(v) if state(v).is_some() => Ok(v.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object".into())),
    }
}

fn step_to_next(vm: &Vm, step: Step) -> PyResult<Value> {
    match step {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => Err(vm.stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

fn gen_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let step = resume(vm, &g, Resume::Send(Value::None))?;
    step_to_next(vm, step)
}

fn gen_send(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let a = args.count(vm, "send", 2, 2)?;
    let step = resume(vm, &g, Resume::Send(a[1].clone()))?;
    step_to_next(vm, step)
}

/// The exception `throw(typ, val)` raises.
fn thrown(vm: &Vm, typ: &Value, val: Option<&Value>) -> PyResult<PyErr> {
    if let Some(cls) = typ.as_obj().filter(|o| o.as_type().is_some()) {
        if !garter_runtime::types::type_object::is_subtype(cls, &vm.exc.base_exception) {
            return Err(vm.type_error(
                "exceptions must be classes or instances deriving from BaseException, not type"
                    .into(),
            ));
        }
        let inst = match val {
            Some(v) if vm.is_instance_of(v, cls) => v.clone(),
            Some(v) if !v.is_none() => vm.call(typ, Args::positional(std::slice::from_ref(v)))?,
            _ => vm.call(typ, Args::positional(&[]))?,
        };
        return Ok(garter_runtime::PyErr::new(
            inst.as_obj().cloned().unwrap_or_else(|| cls.clone()),
        ));
    }
    if exception_data(typ).is_some() {
        if val.is_some_and(|v| !v.is_none()) {
            return Err(vm.type_error("instance exception may not have a separate value".into()));
        }
        return Ok(garter_runtime::PyErr::new(
            typ.as_obj()
                .cloned()
                .unwrap_or_else(|| vm.types.object.clone()),
        ));
    }
    Err(vm.type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        vm.type_name_of(typ)
    )))
}

fn gen_throw(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let a = args.count(vm, "throw", 2, 4)?;
    let err = thrown(vm, &a[1], a.get(2))?;
    let step = resume(vm, &g, Resume::Throw(err))?;
    step_to_next(vm, step)
}

fn gen_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let Some(s) = state(&g) else {
        return Ok(Value::None);
    };
    if !s.started.get() {
        *s.coroutine() = None;
        if let Some(m) = &s.machine {
            m.finish();
        }
        return Ok(Value::None);
    }
    let exit = vm.new_exception(&vm.exc.generator_exit, Vec::new());
    match resume(vm, &g, Resume::Throw(exit)) {
        Ok(Step::Yielded(_)) => Err(vm.runtime_error("generator ignored GeneratorExit".into())),
        Ok(Step::Returned(_)) => Ok(Value::None),
        Err(e)
            if vm.err_matches(&e, &vm.exc.generator_exit)
                || vm.err_matches(&e, &vm.exc.stop_iteration) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn gen_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)
}

fn gen_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let q = state(&g)
        .map(|s| s.qualname.borrow().clone())
        .unwrap_or(Value::None);
    let q = q
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    Ok(vm.new_str(format!("<generator object {q} at {:#x}>", g.identity())))
}

fn get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(state(v)
        .map(|s| s.name.borrow().clone())
        .unwrap_or(Value::None))
    .and_then(|n| {
        if n.is_none() {
            Err(vm.type_error("not a generator".into()))
        } else {
            Ok(n)
        }
    })
}

fn set_name(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    match (state(v), new) {
        (Some(s), Some(n)) if n.as_str().is_some() => {
            *s.name.borrow_mut() = n;
            Ok(())
        }
        _ => Err(vm.type_error("__name__ must be set to a string object".into())),
    }
}

fn get_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    state(v)
        .map(|s| s.qualname.borrow().clone())
        .ok_or_else(|| vm.type_error("not a generator".into()))
}

fn get_running(vm: &Vm, v: &Value) -> PyResult<Value> {
    state(v)
        .map(|s| Value::Bool(s.running.get()))
        .ok_or_else(|| vm.type_error("not a generator".into()))
}

fn get_suspended(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = state(v).ok_or_else(|| vm.type_error("not a generator".into()))?;
    if s.running.get() {
        return Ok(Value::Bool(false));
    }
    let live = match &s.machine {
        Some(m) => m.started() && !m.finished(),
        None => s
            .coroutine()
            .as_ref()
            .is_some_and(|c| c.started() && !c.done()),
    };
    Ok(Value::Bool(live))
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", gen_iter),
    MethodDef::method("__next__", gen_next),
    MethodDef::method("send", gen_send),
    MethodDef::method("throw", gen_throw),
    MethodDef::method("close", gen_close),
    MethodDef::method("__repr__", gen_repr),
];

const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: get_name,
        set: Some(set_name),
    },
    GetSetDef {
        name: "__qualname__",
        get: get_qualname,
        set: None,
    },
    GetSetDef {
        name: "gi_running",
        get: get_running,
        set: None,
    },
    GetSetDef {
        name: "gi_suspended",
        get: get_suspended,
        set: None,
    },
];

/// Makes the `generator` type.
pub fn make_generator_type(vm: &Vm) -> ObjRef {
    vm.new_native_type("generator", METHODS, GETSETS)
}
