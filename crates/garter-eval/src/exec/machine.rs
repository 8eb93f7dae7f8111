//! Generators as resumable statement machines.
//!
//! Most generators yield only at statement level, inside blocks, `if`,
//! `while` and `for` (`lower::resumable` decides). Such a generator runs
//! on the caller's stack: a `yield` unwinds the statements around it, each
//! recording where it was ([`Saved`]: a statement index, a branch, a loop's
//! iterator, a `yield from` sub-iterator), and resuming walks back down
//! that path. This avoids the stack switches of the coroutine engine
//! (`generator.rs`), which cost far more than the walk.

use std::cell::{Cell, RefCell};

use garter_runtime::{PyErr, PyResult, Value, Vm};

use super::frame::Frame;
use super::generator::{delegate, Resume, Step};
use super::{Flow, Interp};
use crate::ir::{Expr, ExprKind, Stmt, StmtKind, Target};

/// Where a suspended machine was, one entry per enclosing statement,
/// innermost first (so resuming pops the outermost first).
enum Saved {
    /// The index of the statement in its block.
    At(usize),
    /// The branch of an `if`.
    Branch(bool),
    /// Inside a `while` loop's body.
    WhileBody,
    /// Inside a `for` loop's body, with its iterator.
    ForBody(Value),
    /// Inside a loop's `else` block.
    LoopElse,
    /// Inside `yield from`, with the sub-iterator.
    Delegate(Value),
}

/// How a statement of a machine finished.
enum MachineFlow {
    Done(Flow),
    Yield(Value),
}

/// The state of a machine generator.
pub struct Machine {
    pub(crate) frame: Frame,
    saved: RefCell<Vec<Saved>>,
    started: Cell<bool>,
    finished: Cell<bool>,
}

impl Machine {
    pub(crate) fn new(frame: Frame) -> Machine {
        Machine {
            frame,
            saved: RefCell::new(Vec::new()),
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
        self.saved.borrow_mut().clear();
        drop(self.frame.locals.take_vec());
    }
}

impl Interp {
    /// Runs a machine generator until its next yield or its end. The
    /// caller has checked that it is neither running nor finished.
    pub(crate) fn resume_machine(&self, vm: &Vm, m: &Machine, input: Resume) -> PyResult<Step> {
        let f = &m.frame;
        let mut saved = std::mem::take(&mut *m.saved.borrow_mut());
        let mut input = if m.started.replace(true) {
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
        self.frames.borrow_mut().push(f as *const Frame);
        let result = self.machine_block(vm, f, &f.code.body, &mut saved, &mut input);
        self.frames.borrow_mut().pop();
        match result {
            Ok(MachineFlow::Yield(v)) => {
                *m.saved.borrow_mut() = saved;
                Ok(Step::Yielded(v))
            }
            Ok(MachineFlow::Done(flow)) => {
                m.finish();
                Ok(Step::Returned(match flow {
                    Flow::Return(v) => v,
                    _ => Value::None,
                }))
            }
            Err(e) => {
                m.finish();
                Err(e)
            }
        }
    }

    /// Runs a block; when `input` is set, resumes it at the saved point.
    fn machine_block(
        &self,
        vm: &Vm,
        f: &Frame,
        body: &[Stmt],
        saved: &mut Vec<Saved>,
        input: &mut Option<Resume>,
    ) -> PyResult<MachineFlow> {
        let start = match input {
            Some(_) => match saved.pop() {
                Some(Saved::At(i)) => i,
                _ => return Err(corrupt(vm)),
            },
            None => 0,
        };
        for (i, s) in body.iter().enumerate().skip(start) {
            match self.machine_stmt(vm, f, s, saved, input) {
                Ok(MachineFlow::Done(Flow::Normal)) => {}
                Ok(MachineFlow::Yield(v)) => {
                    saved.push(Saved::At(i));
                    return Ok(MachineFlow::Yield(v));
                }
                Ok(done) => return Ok(done),
                Err(e) => {
                    self.chain_context(vm, &e);
                    return Err(self.at(f, s.span, e));
                }
            }
        }
        Ok(MachineFlow::Done(Flow::Normal))
    }

    fn machine_stmt(
        &self,
        vm: &Vm,
        f: &Frame,
        s: &Stmt,
        saved: &mut Vec<Saved>,
        input: &mut Option<Resume>,
    ) -> PyResult<MachineFlow> {
        match &s.kind {
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Yield(v) => self.machine_yield(vm, f, v.as_deref(), &[], input),
                ExprKind::YieldFrom(v) => self.machine_yield_from(vm, f, v, &[], saved, input),
                _ => self.exec_stmt_in_machine(vm, f, s),
            },
            StmtKind::Assign(targets, value) => match &value.kind {
                ExprKind::Yield(v) => self.machine_yield(vm, f, v.as_deref(), targets, input),
                ExprKind::YieldFrom(v) => self.machine_yield_from(vm, f, v, targets, saved, input),
                _ => self.exec_stmt_in_machine(vm, f, s),
            },
            StmtKind::If(test, body, orelse) => {
                let branch = match input {
                    Some(_) => match saved.pop() {
                        Some(Saved::Branch(b)) => b,
                        _ => return Err(corrupt(vm)),
                    },
                    None => {
                        let t = self.eval(vm, f, test)?;
                        vm.truthy(&t)?
                    }
                };
                let block = if branch { body } else { orelse };
                let r = self.machine_block(vm, f, block, saved, input)?;
                if matches!(r, MachineFlow::Yield(_)) {
                    saved.push(Saved::Branch(branch));
                }
                Ok(r)
            }
            StmtKind::While(test, body, orelse) => {
                if input.is_some() {
                    match saved.pop() {
                        Some(Saved::WhileBody) => {}
                        Some(Saved::LoopElse) => {
                            return self.machine_else(vm, f, orelse, saved, input)
                        }
                        _ => return Err(corrupt(vm)),
                    }
                } else {
                    vm.check_interrupt()?;
                    let t = self.eval(vm, f, test)?;
                    if !vm.truthy(&t)? {
                        return self.machine_else(vm, f, orelse, saved, input);
                    }
                }
                loop {
                    match self.machine_block(vm, f, body, saved, input)? {
                        MachineFlow::Yield(v) => {
                            saved.push(Saved::WhileBody);
                            return Ok(MachineFlow::Yield(v));
                        }
                        MachineFlow::Done(Flow::Break) => {
                            return Ok(MachineFlow::Done(Flow::Normal))
                        }
                        MachineFlow::Done(Flow::Return(v)) => {
                            return Ok(MachineFlow::Done(Flow::Return(v)))
                        }
                        MachineFlow::Done(Flow::Normal | Flow::Continue) => {}
                    }
                    vm.check_interrupt()?;
                    let t = self.eval(vm, f, test)?;
                    if !vm.truthy(&t)? {
                        return self.machine_else(vm, f, orelse, saved, input);
                    }
                }
            }
            StmtKind::For(target, iter, body, orelse) => {
                let it = if input.is_some() {
                    match saved.pop() {
                        Some(Saved::ForBody(it)) => {
                            if let Some(r) =
                                self.machine_loop_body(vm, f, body, &it, saved, input)?
                            {
                                return Ok(r);
                            }
                            it
                        }
                        Some(Saved::LoopElse) => {
                            return self.machine_else(vm, f, orelse, saved, input)
                        }
                        _ => return Err(corrupt(vm)),
                    }
                } else {
                    let iterable = self.eval(vm, f, iter)?;
                    vm.iter(&iterable)?
                };
                while let Some(item) = vm.next(&it)? {
                    vm.check_interrupt()?;
                    self.assign(vm, f, target, item)?;
                    if let Some(r) = self.machine_loop_body(vm, f, body, &it, saved, input)? {
                        return Ok(r);
                    }
                }
                self.machine_else(vm, f, orelse, saved, input)
            }
            StmtKind::Sequence(stmts) => self.machine_block(vm, f, stmts, saved, input),
            _ => self.exec_stmt_in_machine(vm, f, s),
        }
    }

    /// One pass of a `for` body; `Some` when the loop is left (break,
    /// return, or a yield that suspends it).
    fn machine_loop_body(
        &self,
        vm: &Vm,
        f: &Frame,
        body: &[Stmt],
        it: &Value,
        saved: &mut Vec<Saved>,
        input: &mut Option<Resume>,
    ) -> PyResult<Option<MachineFlow>> {
        Ok(match self.machine_block(vm, f, body, saved, input)? {
            MachineFlow::Yield(v) => {
                saved.push(Saved::ForBody(it.clone()));
                Some(MachineFlow::Yield(v))
            }
            MachineFlow::Done(Flow::Break) => Some(MachineFlow::Done(Flow::Normal)),
            MachineFlow::Done(Flow::Return(v)) => Some(MachineFlow::Done(Flow::Return(v))),
            MachineFlow::Done(Flow::Normal | Flow::Continue) => None,
        })
    }

    /// A loop's `else` block (or resuming inside it).
    fn machine_else(
        &self,
        vm: &Vm,
        f: &Frame,
        orelse: &[Stmt],
        saved: &mut Vec<Saved>,
        input: &mut Option<Resume>,
    ) -> PyResult<MachineFlow> {
        let r = self.machine_block(vm, f, orelse, saved, input)?;
        if matches!(r, MachineFlow::Yield(_)) {
            saved.push(Saved::LoopElse);
        }
        Ok(r)
    }

    /// A statement without a yield inside a machine.
    fn exec_stmt_in_machine(&self, vm: &Vm, f: &Frame, s: &Stmt) -> PyResult<MachineFlow> {
        self.exec_stmt(vm, f, s).map(MachineFlow::Done)
    }

    /// `yield v` (or `targets = yield v`): yields, or on resumption
    /// takes what the generator was resumed with.
    fn machine_yield(
        &self,
        vm: &Vm,
        f: &Frame,
        value: Option<&Expr>,
        targets: &[Target],
        input: &mut Option<Resume>,
    ) -> PyResult<MachineFlow> {
        match input.take() {
            None => {
                let v = match value {
                    Some(e) => self.eval(vm, f, e)?,
                    None => Value::None,
                };
                Ok(MachineFlow::Yield(v))
            }
            Some(Resume::Throw(e)) => Err(e),
            Some(Resume::Send(v)) => {
                self.assign_all(vm, f, targets, v)?;
                Ok(MachineFlow::Done(Flow::Normal))
            }
        }
    }

    /// `yield from it` (or `targets = yield from it`).
    fn machine_yield_from(
        &self,
        vm: &Vm,
        f: &Frame,
        iterable: &Expr,
        targets: &[Target],
        saved: &mut Vec<Saved>,
        input: &mut Option<Resume>,
    ) -> PyResult<MachineFlow> {
        let (it, sent) = match input.take() {
            Some(sent) => match saved.pop() {
                Some(Saved::Delegate(it)) => (it, sent),
                _ => return Err(corrupt(vm)),
            },
            None => {
                let v = self.eval(vm, f, iterable)?;
                (vm.iter(&v)?, Resume::Send(Value::None))
            }
        };
        match delegate(vm, &it, sent)? {
            Step::Yielded(v) => {
                saved.push(Saved::Delegate(it));
                Ok(MachineFlow::Yield(v))
            }
            Step::Returned(v) => {
                self.assign_all(vm, f, targets, v)?;
                Ok(MachineFlow::Done(Flow::Normal))
            }
        }
    }

    fn assign_all(&self, vm: &Vm, f: &Frame, targets: &[Target], v: Value) -> PyResult<()> {
        for t in targets {
            self.assign(vm, f, t, v.clone())?;
        }
        Ok(())
    }
}

/// A resumption path that does not fit the code (cannot happen while
/// machines are resumed only through `resume_machine`).
fn corrupt(vm: &Vm) -> PyErr {
    vm.runtime_error("generator resumed at an unknown point".into())
}
