//! Generators as resumable statement machines.
//!
//! Most generators yield only at statement level, inside blocks, `if`,
//! `while` and `for`; `lower::resumable` compiles such a body into a flat
//! list of instructions ([`MachineCode`]). The machine runs on the
//! caller's stack: a `yield` records the instruction index, and the
//! iterators of the loops around it stay in slots of the machine's state,
//! so resuming continues at that instruction directly. This avoids the
//! stack switches of the coroutine engine (`generator.rs`), and the walk
//! back down nested statements that a tree-shaped resume would need.

use std::cell::{Cell, RefCell};

use garter_runtime::object::Payload;
use garter_runtime::{PyErr, PyResult, Value, Vm};
use garter_syntax::ast::Span;

use super::frame::Frame;
use super::generator::{delegate, next_item, Resume, Step};
use super::{Flow, Interp};
use crate::ir::{NameRef, Target};
use crate::lower::resumable::{MachineCode, Op};

/// Where a suspended machine is: the instruction it yielded at, the
/// iterators of the `for` loops around it, and the sub-iterator of the
/// `yield from` it is suspended in; `returned` once its run ended with
/// the end of the body or a `return`.
#[derive(Default)]
struct MachineState {
    pc: usize,
    slots: Vec<Option<Value>>,
    delegate: Option<Value>,
    returned: bool,
}

/// The state of a machine generator.
pub struct Machine {
    pub(crate) frame: Frame,
    state: RefCell<MachineState>,
    started: Cell<bool>,
    finished: Cell<bool>,
}

/// What comes after one instruction.
enum Next {
    Go(usize),
    Yield(Value),
    Return(Value),
}

impl Machine {
    pub(crate) fn new(frame: Frame) -> Machine {
        let slots = frame.code.machine.as_ref().map_or(0, |c| c.slots);
        Machine {
            frame,
            state: RefCell::new(MachineState {
                pc: 0,
                slots: vec![None; slots],
                delegate: None,
                returned: false,
            }),
            started: Cell::new(false),
            finished: Cell::new(false),
        }
    }

    pub(crate) fn finished(&self) -> bool {
        self.finished.get()
    }

    pub(crate) fn started(&self) -> bool {
        self.started.get()
    }

    /// Ends the machine without running it further (frees its locals).
    pub(crate) fn finish(&self) {
        self.finished.set(true);
        if let Ok(mut st) = self.state.try_borrow_mut() {
            drop(std::mem::take(&mut *st));
        }
        drop(self.frame.locals.take_vec());
    }
}

impl Interp {
    /// Runs a machine generator until its next yield or its end. The
    /// caller has checked that it is neither running nor finished.
    pub(crate) fn resume_machine(&self, vm: &Vm, m: &Machine, input: Resume) -> PyResult<Step> {
        let v = self.machine_run(vm, m, input)?;
        Ok(if m.finished() {
            Step::Returned(v)
        } else {
            Step::Yielded(v)
        })
    }

    /// `next()` of a machine generator: its next value, `None` once it
    /// returns. The caller has checked that it is neither running nor
    /// finished. (The same as `resume_machine` with `Send(None)`, with the
    /// result in the shape the iteration protocol wants, so that the
    /// value is not repacked on its way out.)
    #[inline]
    pub(crate) fn machine_next(&self, vm: &Vm, m: &Machine) -> PyResult<Option<Value>> {
        let v = self.machine_run(vm, m, Resume::Send(Value::None))?;
        Ok(if m.finished() { None } else { Some(v) })
    }

    /// Runs a machine until its next yield (returning the yielded value)
    /// or its end (returning the return value, with the machine finished).
    #[inline(always)]
    fn machine_run(&self, vm: &Vm, m: &Machine, input: Resume) -> PyResult<Value> {
        let f = &m.frame;
        let Some(code) = f.code.machine.as_ref() else {
            m.finish();
            return Err(corrupt(vm));
        };
        let input = if m.started.replace(true) {
            Some(input)
        } else {
            match input {
                Resume::Throw(e) => {
                    m.finish();
                    return Err(e);
                }
                Resume::Send(_) => None,
            }
        };
        // The state stays borrowed while the machine runs: the generator's
        // `running` flag keeps it from being resumed meanwhile, and
        // `Machine::finish` only tries to borrow it.
        let Ok(mut st) = m.state.try_borrow_mut() else {
            return Err(vm.value_error("generator already executing".into()));
        };
        self.frames.borrow_mut().push(f as *const Frame);
        let result = self.run_machine(vm, f, code, &mut st, input);
        self.frames.borrow_mut().pop();
        if result.is_err() || st.returned {
            drop(st);
            m.finish();
        }
        result
    }

    /// Runs instructions from the saved point (first handing `input` to
    /// the yield suspended there) until a yield (returning its value) or
    /// the end (returning the return value, with `returned` set).
    fn run_machine(
        &self,
        vm: &Vm,
        f: &Frame,
        code: &MachineCode,
        st: &mut MachineState,
        input: Option<Resume>,
    ) -> PyResult<Value> {
        let mut pc = st.pc;
        if let Some(input) = input {
            let Some(instr) = code.ops.get(pc) else {
                return Err(corrupt(vm));
            };
            match self.machine_resume_at(vm, f, st, &instr.op, input) {
                Ok(Some(v)) => return Ok(v),
                Ok(None) => pc += 1,
                Err(e) => return Err(self.machine_error(vm, f, instr.span, e)),
            }
        }
        while let Some(instr) = code.ops.get(pc) {
            if let Op::Yield(Some(e), _) = &instr.op {
                // `yield e` evaluates straight into this function's result
                // (going through `Next` would copy the value once more).
                st.pc = pc;
                return self
                    .eval(vm, f, e)
                    .map_err(|err| self.machine_error(vm, f, instr.span, err));
            }
            match self.machine_op(vm, f, code, st, pc, &instr.op) {
                Ok(Next::Go(to)) => pc = to,
                Ok(Next::Yield(v)) => {
                    st.pc = pc;
                    return Ok(v);
                }
                Ok(Next::Return(v)) => {
                    st.returned = true;
                    return Ok(v);
                }
                Err(e) => return Err(self.machine_error(vm, f, instr.span, e)),
            }
        }
        st.returned = true;
        Ok(Value::None)
    }

    /// Runs one instruction at `pc`.
    #[inline(always)]
    fn machine_op(
        &self,
        vm: &Vm,
        f: &Frame,
        code: &MachineCode,
        st: &mut MachineState,
        pc: usize,
        op: &Op,
    ) -> PyResult<Next> {
        match op {
            Op::Exec(s, lp) => match self.exec_stmt(vm, f, s)? {
                Flow::Normal => Ok(Next::Go(pc + 1)),
                Flow::Return(v) => Ok(Next::Return(v)),
                flow => {
                    let Some(exits) = lp.and_then(|l| code.loops.get(l as usize)) else {
                        return Err(corrupt(vm));
                    };
                    if matches!(flow, Flow::Continue) {
                        return Ok(Next::Go(exits.continue_to as usize));
                    }
                    if let Some(slot) = exits.slot.and_then(|s| st.slots.get_mut(s as usize)) {
                        *slot = None;
                    }
                    Ok(Next::Go(exits.break_to as usize))
                }
            },
            Op::JumpUnless { test, to, tick } => {
                if *tick {
                    vm.check_interrupt()?;
                }
                let t = self.eval(vm, f, test)?;
                // The common test results decided here, as `vm.truthy`
                // decides them, without the call.
                let go_on = match t {
                    Value::Bool(b) => b,
                    Value::Int(i) => i != 0,
                    _ => vm.truthy(&t)?,
                };
                Ok(Next::Go(if go_on { pc + 1 } else { *to as usize }))
            }
            Op::Jump(to) => Ok(Next::Go(*to as usize)),
            Op::GetIter(iterable, slot) => {
                let v = self.eval(vm, f, iterable)?;
                let it = vm.iter(&v)?;
                match st.slots.get_mut(*slot as usize) {
                    Some(s) => *s = Some(it),
                    None => return Err(corrupt(vm)),
                }
                Ok(Next::Go(pc + 1))
            }
            Op::ForIter { target, slot, done } => {
                let item = match st.slots.get(*slot as usize) {
                    Some(Some(it)) => next_item(vm, it)?,
                    _ => return Err(corrupt(vm)),
                };
                match item {
                    Some(item) => {
                        match target {
                            // A local variable, stored right here (what
                            // `assign` does for it, without the call).
                            Target::Name(NameRef::Local(i), ..) => {
                                drop(f.locals.set(*i as usize, Some(item)));
                            }
                            _ => self.assign(vm, f, target, item)?,
                        }
                        Ok(Next::Go(pc + 1))
                    }
                    None => {
                        if let Some(s) = st.slots.get_mut(*slot as usize) {
                            *s = None;
                        }
                        Ok(Next::Go(*done as usize))
                    }
                }
            }
            Op::Yield(value, _) => Ok(Next::Yield(match value {
                Some(e) => self.eval(vm, f, e)?,
                None => Value::None,
            })),
            Op::YieldFrom(iterable, targets) => {
                let v = self.eval(vm, f, iterable)?;
                let it = vm.iter(&v)?;
                self.machine_delegate(vm, f, st, it, Resume::Send(Value::None), targets, pc)
            }
        }
    }

    /// Hands what the generator was resumed with to the yield it is
    /// suspended at: `Some` when it stays suspended there (a `yield from`
    /// whose sub-iterator yielded again).
    fn machine_resume_at(
        &self,
        vm: &Vm,
        f: &Frame,
        st: &mut MachineState,
        op: &Op,
        input: Resume,
    ) -> PyResult<Option<Value>> {
        match op {
            Op::Yield(_, targets) => match input {
                Resume::Throw(e) => Err(e),
                Resume::Send(v) => {
                    if !targets.is_empty() {
                        self.assign_all(vm, f, targets, v)?;
                    }
                    Ok(None)
                }
            },
            Op::YieldFrom(_, targets) => {
                if let (Resume::Send(Value::None), Some(it)) = (&input, &st.delegate) {
                    if matches!(it.payload(), Some(Payload::Iterator(_))) {
                        // `next()` of a builtin iterator, which is what
                        // `delegate` does for it, with the iterator left
                        // in place while it still yields.
                        if let Some(v) = vm.next(it)? {
                            return Ok(Some(v));
                        }
                        st.delegate = None;
                        self.assign_all(vm, f, targets, Value::None)?;
                        return Ok(None);
                    }
                }
                let Some(it) = st.delegate.take() else {
                    return Err(corrupt(vm));
                };
                let pc = st.pc;
                match self.machine_delegate(vm, f, st, it, input, targets, pc)? {
                    Next::Yield(v) => Ok(Some(v)),
                    _ => Ok(None),
                }
            }
            _ => Err(corrupt(vm)),
        }
    }

    /// One step of `yield from it`: yields what the sub-iterator yields
    /// (keeping it for the next resume), or assigns its return value and
    /// goes on.
    #[allow(clippy::too_many_arguments)]
    fn machine_delegate(
        &self,
        vm: &Vm,
        f: &Frame,
        st: &mut MachineState,
        it: Value,
        input: Resume,
        targets: &[Target],
        pc: usize,
    ) -> PyResult<Next> {
        match delegate(vm, &it, input)? {
            Step::Yielded(v) => {
                st.delegate = Some(it);
                Ok(Next::Yield(v))
            }
            Step::Returned(v) => {
                self.assign_all(vm, f, targets, v)?;
                Ok(Next::Go(pc + 1))
            }
        }
    }

    fn assign_all(&self, vm: &Vm, f: &Frame, targets: &[Target], v: Value) -> PyResult<()> {
        for t in targets {
            self.assign(vm, f, t, v.clone())?;
        }
        Ok(())
    }

    /// An error leaving the statement at `span`: chained to the exception
    /// being handled, and tagged with the statement's position.
    #[cold]
    #[inline(never)]
    fn machine_error(&self, vm: &Vm, f: &Frame, span: Span, e: PyErr) -> PyErr {
        self.chain_context(vm, &e);
        self.at(f, span, e)
    }
}

/// A resumption point that does not fit the code (cannot happen while
/// machines are resumed only through `resume_machine`).
fn corrupt(vm: &Vm) -> PyErr {
    vm.runtime_error("generator resumed at an unknown point".into())
}
