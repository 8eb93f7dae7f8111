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

/// The saved path, packed so that saving and restoring a point moves
/// plain words: each entry is a mark (the kind in the low three bits, a
/// statement index or branch above them), and the iterators of
/// `ForBody` and `Delegate` entries wait in `values`.
#[derive(Default)]
struct SavedPath {
    marks: Vec<u64>,
    values: Vec<Value>,
}

impl SavedPath {
    #[inline(always)]
    fn push(&mut self, entry: Saved) {
        let mark = match entry {
            Saved::At(i) => (i as u64) << 3,
            Saved::Branch(b) => 1 | (b as u64) << 3,
            Saved::WhileBody => 2,
            Saved::ForBody(it) => {
                self.values.push(it);
                3
            }
            Saved::LoopElse => 4,
            Saved::Delegate(it) => {
                self.values.push(it);
                5
            }
        };
        self.marks.push(mark);
    }

    #[inline(always)]
    fn pop(&mut self) -> Option<Saved> {
        let mark = self.marks.pop()?;
        Some(match mark & 7 {
            0 => Saved::At((mark >> 3) as usize),
            1 => Saved::Branch(mark >> 3 != 0),
            2 => Saved::WhileBody,
            3 => Saved::ForBody(self.values.pop()?),
            4 => Saved::LoopElse,
            5 => Saved::Delegate(self.values.pop()?),
            _ => return None,
        })
    }

    fn clear(&mut self) {
        self.marks.clear();
        self.values.clear();
    }
}

/// How a statement of a machine finished (a yielded value waits in
/// [`Walk::yielded`], so that it does not travel back up every level).
enum MachineFlow {
    Done(Flow),
    Yield,
}

/// One run of a machine: the path being resumed or saved (borrowed from
/// the machine while it runs; the generator's `running` flag keeps
/// anyone else from touching it), what the generator was resumed with
/// (until the yield point takes it), and the value of the yield that
/// suspends it.
struct Walk<'a> {
    saved: &'a mut SavedPath,
    input: Option<Resume>,
    yielded: Value,
}

/// The state of a machine generator.
pub struct Machine {
    pub(crate) frame: Frame,
    saved: RefCell<SavedPath>,
    started: Cell<bool>,
    finished: Cell<bool>,
}

impl Machine {
    pub(crate) fn new(frame: Frame) -> Machine {
        Machine {
            frame,
            saved: RefCell::new(SavedPath::default()),
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
        let mut saved = m.saved.borrow_mut();
        let mut walk = Walk {
            saved: &mut saved,
            input,
            yielded: Value::None,
        };
        self.frames.borrow_mut().push(f as *const Frame);
        let result = self.machine_block(vm, f, &f.code.body, &mut walk);
        self.frames.borrow_mut().pop();
        let yielded = walk.yielded;
        drop(saved);
        match result {
            Ok(MachineFlow::Yield) => Ok(Step::Yielded(yielded)),
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
        walk: &mut Walk<'_>,
    ) -> PyResult<MachineFlow> {
        let start = match walk.input {
            Some(_) => match walk.saved.pop() {
                Some(Saved::At(i)) => i,
                _ => return Err(corrupt(vm)),
            },
            None => 0,
        };
        for (i, s) in body.iter().enumerate().skip(start) {
            match self.machine_stmt(vm, f, s, walk) {
                Ok(MachineFlow::Done(Flow::Normal)) => {}
                Ok(MachineFlow::Yield) => {
                    walk.saved.push(Saved::At(i));
                    return Ok(MachineFlow::Yield);
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

    fn machine_stmt(&self, vm: &Vm, f: &Frame, s: &Stmt, walk: &mut Walk) -> PyResult<MachineFlow> {
        match &s.kind {
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Yield(v) => self.machine_yield(vm, f, v.as_deref(), &[], walk),
                ExprKind::YieldFrom(v) => self.machine_yield_from(vm, f, v, &[], walk),
                _ => self.exec_stmt_in_machine(vm, f, s),
            },
            StmtKind::Assign(targets, value) => match &value.kind {
                ExprKind::Yield(v) => self.machine_yield(vm, f, v.as_deref(), targets, walk),
                ExprKind::YieldFrom(v) => self.machine_yield_from(vm, f, v, targets, walk),
                _ => self.exec_stmt_in_machine(vm, f, s),
            },
            StmtKind::If(test, body, orelse) => {
                let branch = match walk.input {
                    Some(_) => match walk.saved.pop() {
                        Some(Saved::Branch(b)) => b,
                        _ => return Err(corrupt(vm)),
                    },
                    None => {
                        let t = self.eval(vm, f, test)?;
                        vm.truthy(&t)?
                    }
                };
                let block = if branch { body } else { orelse };
                let r = self.machine_block(vm, f, block, walk)?;
                if matches!(r, MachineFlow::Yield) {
                    walk.saved.push(Saved::Branch(branch));
                }
                Ok(r)
            }
            StmtKind::While(test, body, orelse) => {
                if walk.input.is_some() {
                    match walk.saved.pop() {
                        Some(Saved::WhileBody) => {}
                        Some(Saved::LoopElse) => return self.machine_else(vm, f, orelse, walk),
                        _ => return Err(corrupt(vm)),
                    }
                } else {
                    vm.check_interrupt()?;
                    let t = self.eval(vm, f, test)?;
                    if !vm.truthy(&t)? {
                        return self.machine_else(vm, f, orelse, walk);
                    }
                }
                loop {
                    match self.machine_block(vm, f, body, walk)? {
                        MachineFlow::Yield => {
                            walk.saved.push(Saved::WhileBody);
                            return Ok(MachineFlow::Yield);
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
                        return self.machine_else(vm, f, orelse, walk);
                    }
                }
            }
            StmtKind::For(target, iter, body, orelse) => {
                let it = if walk.input.is_some() {
                    match walk.saved.pop() {
                        Some(Saved::ForBody(it)) => {
                            if let Some(r) = self.machine_loop_body(vm, f, body, &it, walk)? {
                                return Ok(r);
                            }
                            it
                        }
                        Some(Saved::LoopElse) => return self.machine_else(vm, f, orelse, walk),
                        _ => return Err(corrupt(vm)),
                    }
                } else {
                    let iterable = self.eval(vm, f, iter)?;
                    vm.iter(&iterable)?
                };
                while let Some(item) = vm.next(&it)? {
                    self.assign(vm, f, target, item)?;
                    if let Some(r) = self.machine_loop_body(vm, f, body, &it, walk)? {
                        return Ok(r);
                    }
                }
                self.machine_else(vm, f, orelse, walk)
            }
            StmtKind::Sequence(stmts) => self.machine_block(vm, f, stmts, walk),
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
        walk: &mut Walk<'_>,
    ) -> PyResult<Option<MachineFlow>> {
        Ok(match self.machine_block(vm, f, body, walk)? {
            MachineFlow::Yield => {
                walk.saved.push(Saved::ForBody(it.clone()));
                Some(MachineFlow::Yield)
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
        walk: &mut Walk<'_>,
    ) -> PyResult<MachineFlow> {
        let r = self.machine_block(vm, f, orelse, walk)?;
        if matches!(r, MachineFlow::Yield) {
            walk.saved.push(Saved::LoopElse);
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
        walk: &mut Walk<'_>,
    ) -> PyResult<MachineFlow> {
        match walk.input.take() {
            None => {
                walk.yielded = match value {
                    Some(e) => self.eval(vm, f, e)?,
                    None => Value::None,
                };
                Ok(MachineFlow::Yield)
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
        walk: &mut Walk<'_>,
    ) -> PyResult<MachineFlow> {
        let (it, sent) = match walk.input.take() {
            Some(sent) => match walk.saved.pop() {
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
                walk.saved.push(Saved::Delegate(it));
                walk.yielded = v;
                Ok(MachineFlow::Yield)
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
