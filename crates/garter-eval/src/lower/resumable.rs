//! Which generator bodies can run as a resumable statement machine
//! (`exec::machine`) instead of on a coroutine stack, and their
//! translation into the machine's flat instruction list.
//!
//! A body qualifies when every `yield` is a statement of its own
//! (`yield v`, `x = yield v`, `yield from it`, `x = yield from it`) and
//! the statements around it are only blocks, `if`, `while` and `for`,
//! with no `yield` in their tests, targets or iterables. Such a body
//! becomes a list of instructions with jumps: the statements holding a
//! yield are taken apart into tests, jumps and loop steps, and every
//! statement without a yield stays whole, run by the tree walker. A
//! suspension point is then an instruction index plus the iterators of
//! the loops it is inside, and resuming jumps straight back to it.

use garter_syntax::ast::Span;

use crate::ir::{DictItem, Elt, Expr, ExprKind, KwArg, Stmt, StmtKind, Target};

/// A generator body compiled for the statement machine.
pub struct MachineCode {
    pub(crate) ops: Vec<Instr>,
    /// Where `break` and `continue` of each compiled loop go.
    pub(crate) loops: Vec<LoopExits>,
    /// How many loop iterators can be alive at once (the deepest nesting
    /// of compiled `for` loops).
    pub(crate) slots: usize,
}

/// One instruction, with the span of the statement it comes from (for
/// tracebacks).
pub(crate) struct Instr {
    pub(crate) op: Op,
    pub(crate) span: Span,
}

pub(crate) enum Op {
    /// A statement without a yield; its `break`/`continue` leave the
    /// compiled loop with this index into `MachineCode::loops`.
    Exec(Box<Stmt>, Option<u32>),
    /// Evaluates the test and goes on when true, else jumps. `tick`: the
    /// test of a `while` loop, which is a point where the program can be
    /// interrupted.
    JumpUnless {
        test: Expr,
        to: u32,
        tick: bool,
    },
    Jump(u32),
    /// Evaluates a `for` loop's iterable and keeps its iterator in a slot.
    GetIter(Expr, u32),
    /// Assigns the next item of the slot's iterator to the target, or
    /// empties the slot and jumps when the iterator is exhausted.
    ForIter {
        target: Target,
        slot: u32,
        done: u32,
    },
    /// `yield v` (`targets = yield v`).
    Yield(Option<Expr>, Vec<Target>),
    /// `yield from it` (`targets = yield from it`).
    YieldFrom(Expr, Vec<Target>),
}

/// The exits of a compiled loop.
pub(crate) struct LoopExits {
    pub(crate) break_to: u32,
    pub(crate) continue_to: u32,
    /// A `for` loop's iterator slot, emptied by `break`.
    pub(crate) slot: Option<u32>,
}

/// Splits a function body into what its code keeps as `body` and, for a
/// generator that can run as a statement machine, the machine's code
/// (which then owns the statements).
pub(crate) fn machine_code(
    is_generator: bool,
    body: Vec<Stmt>,
) -> (Vec<Stmt>, Option<MachineCode>) {
    if !is_generator || !is_resumable(&body) {
        return (body, None);
    }
    let mut c = MachineCode {
        ops: Vec::new(),
        loops: Vec::new(),
        slots: 0,
    };
    c.block(body, None, 0);
    (Vec::new(), Some(c))
}

impl MachineCode {
    fn here(&self) -> u32 {
        self.ops.len() as u32
    }

    fn emit(&mut self, op: Op, span: Span) -> usize {
        self.ops.push(Instr { op, span });
        self.ops.len() - 1
    }

    /// Sets the target of the jump at `at` to the next instruction.
    fn land(&mut self, at: usize) {
        let here = self.here();
        if let Some(instr) = self.ops.get_mut(at) {
            match &mut instr.op {
                Op::JumpUnless { to, .. } | Op::Jump(to) | Op::ForIter { done: to, .. } => {
                    *to = here
                }
                _ => {}
            }
        }
    }

    /// Compiles a block inside the compiled loop `lp` (if any), with
    /// `depth` compiled `for` loops around it.
    fn block(&mut self, body: Vec<Stmt>, lp: Option<u32>, depth: u32) {
        for s in body {
            self.stmt(s, lp, depth);
        }
    }

    fn stmt(&mut self, s: Stmt, lp: Option<u32>, depth: u32) {
        let span = s.span;
        if !stmt_yields(&s) {
            self.emit(Op::Exec(Box::new(s), lp), span);
            return;
        }
        match s.kind {
            StmtKind::Expr(e) => match e.kind {
                ExprKind::Yield(v) => {
                    self.emit(Op::Yield(v.map(|v| *v), Vec::new()), span);
                }
                ExprKind::YieldFrom(v) => {
                    self.emit(Op::YieldFrom(*v, Vec::new()), span);
                }
                kind => {
                    let s = Stmt {
                        kind: StmtKind::Expr(Expr { kind, span: e.span }),
                        span,
                    };
                    self.emit(Op::Exec(Box::new(s), lp), span);
                }
            },
            StmtKind::Assign(targets, value) => match value.kind {
                ExprKind::Yield(v) => {
                    self.emit(Op::Yield(v.map(|v| *v), targets), span);
                }
                ExprKind::YieldFrom(v) => {
                    self.emit(Op::YieldFrom(*v, targets), span);
                }
                kind => {
                    let value = Expr {
                        kind,
                        span: value.span,
                    };
                    let s = Stmt {
                        kind: StmtKind::Assign(targets, value),
                        span,
                    };
                    self.emit(Op::Exec(Box::new(s), lp), span);
                }
            },
            StmtKind::If(test, body, orelse) => {
                let test_at = self.emit(
                    Op::JumpUnless {
                        test,
                        to: 0,
                        tick: false,
                    },
                    span,
                );
                self.block(body, lp, depth);
                if orelse.is_empty() {
                    self.land(test_at);
                } else {
                    let skip_else = self.emit(Op::Jump(0), span);
                    self.land(test_at);
                    self.block(orelse, lp, depth);
                    self.land(skip_else);
                }
            }
            StmtKind::While(test, body, orelse) => {
                let top = self.here();
                let test_at = self.emit(
                    Op::JumpUnless {
                        test,
                        to: 0,
                        tick: true,
                    },
                    span,
                );
                let this = self.new_loop(top, None);
                self.block(body, Some(this), depth);
                self.emit(Op::Jump(top), span);
                self.land(test_at);
                self.block(orelse, lp, depth);
                self.end_loop(this);
            }
            StmtKind::For(target, iter, body, orelse) => {
                self.slots = self.slots.max(depth as usize + 1);
                self.emit(Op::GetIter(iter, depth), span);
                let top = self.here();
                let next_at = self.emit(
                    Op::ForIter {
                        target,
                        slot: depth,
                        done: 0,
                    },
                    span,
                );
                let this = self.new_loop(top, Some(depth));
                self.block(body, Some(this), depth + 1);
                self.emit(Op::Jump(top), span);
                self.land(next_at);
                self.block(orelse, lp, depth);
                self.end_loop(this);
            }
            StmtKind::Sequence(stmts) => self.block(stmts, lp, depth),
            kind => {
                self.emit(Op::Exec(Box::new(Stmt { kind, span }), lp), span);
            }
        }
    }

    fn new_loop(&mut self, continue_to: u32, slot: Option<u32>) -> u32 {
        self.loops.push(LoopExits {
            break_to: 0,
            continue_to,
            slot,
        });
        (self.loops.len() - 1) as u32
    }

    /// Points the loop's `break` at the next instruction.
    fn end_loop(&mut self, lp: u32) {
        let here = self.here();
        if let Some(l) = self.loops.get_mut(lp as usize) {
            l.break_to = here;
        }
    }
}

/// Whether a generator's body can run as a statement machine.
fn is_resumable(body: &[Stmt]) -> bool {
    let mut blocks: Vec<&[Stmt]> = vec![body];
    while let Some(block) = blocks.pop() {
        for s in block {
            match &s.kind {
                StmtKind::Expr(e) => match &e.kind {
                    ExprKind::Yield(None) => {}
                    ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) if !expr_yields(v) => {}
                    _ if expr_yields(e) => return false,
                    _ => {}
                },
                StmtKind::Assign(targets, value) => {
                    let inner = match &value.kind {
                        ExprKind::Yield(v) => v.as_deref(),
                        ExprKind::YieldFrom(v) => Some(&**v),
                        _ => Some(value),
                    };
                    if inner.is_some_and(expr_yields) || targets.iter().any(target_yields) {
                        return false;
                    }
                }
                StmtKind::If(test, body, orelse) | StmtKind::While(test, body, orelse) => {
                    if expr_yields(test) {
                        return false;
                    }
                    blocks.push(body);
                    blocks.push(orelse);
                }
                StmtKind::For(target, iter, body, orelse) => {
                    if target_yields(target) || expr_yields(iter) {
                        return false;
                    }
                    blocks.push(body);
                    blocks.push(orelse);
                }
                StmtKind::Sequence(stmts) => blocks.push(stmts),
                _ if stmt_yields(s) => return false,
                _ => {}
            }
        }
    }
    true
}

/// Whether a statement contains a `yield` of this frame anywhere.
fn stmt_yields(s: &Stmt) -> bool {
    let mut exprs: Vec<&Expr> = Vec::new();
    let mut targets: Vec<&Target> = Vec::new();
    let mut stmts: Vec<&Stmt> = vec![s];
    while let Some(s) = stmts.pop() {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Annotate(_, e) => exprs.push(e),
            StmtKind::Assign(ts, e) => {
                targets.extend(ts);
                exprs.push(e);
            }
            StmtKind::AugAssign(t, _, e, _) => {
                targets.push(t);
                exprs.push(e);
            }
            StmtKind::Return(e) => exprs.extend(e),
            StmtKind::If(e, a, b) | StmtKind::While(e, a, b) => {
                exprs.push(e);
                stmts.extend(a.iter().chain(b));
            }
            StmtKind::For(t, e, a, b) => {
                targets.push(t);
                exprs.push(e);
                stmts.extend(a.iter().chain(b));
            }
            StmtKind::Raise(a, b) => exprs.extend(a.iter().chain(b)),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                stmts.extend(body.iter().chain(orelse).chain(finalbody));
                for h in handlers {
                    exprs.extend(&h.type_);
                    targets.extend(&h.name);
                    stmts.extend(&h.body);
                }
            }
            StmtKind::With(items, body) => {
                for item in items {
                    exprs.push(&item.context);
                    targets.extend(&item.target);
                }
                stmts.extend(body);
            }
            StmtKind::Delete(ts) => targets.extend(ts),
            StmtKind::Assert(e, m) => {
                exprs.push(e);
                exprs.extend(m);
            }
            StmtKind::FunctionDef(def, decorators, t) => {
                exprs.extend(decorators.iter().chain(&def.defaults));
                exprs.extend(def.kwdefaults.iter().map(|(_, e)| e));
                exprs.extend(def.annotations.iter().map(|(_, e)| e));
                targets.push(t);
            }
            StmtKind::ClassDef(def, decorators, t) => {
                exprs.extend(decorators);
                exprs.extend(elts(&def.bases));
                exprs.extend(kwargs(&def.keywords));
                targets.push(t);
            }
            StmtKind::Sequence(body) => stmts.extend(body),
            StmtKind::Import(names) => targets.extend(names.iter().map(|n| &n.target)),
            StmtKind::ImportFrom { names, .. } => targets.extend(names.iter().map(|(_, t)| t)),
            StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Pass
            | StmtKind::ImportStar { .. }
            | StmtKind::Unsupported(_) => {}
        }
    }
    exprs.into_iter().any(expr_yields) || targets.into_iter().any(target_yields)
}

/// Whether an assignment target evaluates a `yield`.
fn target_yields(t: &Target) -> bool {
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        match t {
            Target::Name(..) => {}
            Target::Attr(e, ..) => {
                if expr_yields(e) {
                    return true;
                }
            }
            Target::Subscript(a, b) => {
                if expr_yields(a) || expr_yields(b) {
                    return true;
                }
            }
            Target::Unpack(ts, _) => stack.extend(ts),
        }
    }
    false
}

/// Whether an expression contains a `yield` of this frame (nested
/// functions and comprehension bodies are frames of their own; only
/// what runs here counts).
fn expr_yields(e: &Expr) -> bool {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => return true,
            ExprKind::Const(_)
            | ExprKind::Local(..)
            | ExprKind::Global(..)
            | ExprKind::Name(..)
            | ExprKind::ConstSet(_)
            | ExprKind::Unsupported(_) => {}
            ExprKind::BinOp(_, a, b) | ExprKind::Subscript(a, b) => {
                stack.push(a);
                stack.push(b);
            }
            ExprKind::Unary(_, a) | ExprKind::Attr(a, ..) => stack.push(a),
            ExprKind::And(v) | ExprKind::Or(v) | ExprKind::JoinedStr(v) => stack.extend(v),
            ExprKind::Compare(a, rest) => {
                stack.push(a);
                stack.extend(rest.iter().map(|(_, e)| e));
            }
            ExprKind::IfExp(a, b, c) => stack.extend([&**a, &**b, &**c]),
            ExprKind::Call {
                func,
                args,
                kwargs: kw,
            } => {
                stack.push(func);
                stack.extend(elts(args));
                stack.extend(kwargs(kw));
            }
            ExprKind::MethodCall {
                obj,
                args,
                kwargs: kw,
                ..
            } => {
                stack.push(obj);
                stack.extend(elts(args));
                stack.extend(kwargs(kw));
            }
            ExprKind::Slice(a, b, c) => stack.extend([a, b, c].into_iter().flatten().map(|x| &**x)),
            ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Set(v) => stack.extend(elts(v)),
            ExprKind::Dict(items) => {
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => stack.extend([k, v]),
                        DictItem::Spread(m) => stack.push(m),
                    }
                }
            }
            ExprKind::Function(def) => {
                stack.extend(&def.defaults);
                stack.extend(def.kwdefaults.iter().map(|(_, e)| e));
                stack.extend(def.annotations.iter().map(|(_, e)| e));
            }
            ExprKind::Comprehension(_, _, first, _) => stack.push(first),
            ExprKind::NamedExpr(t, v) => {
                if target_yields(t) {
                    return true;
                }
                stack.push(v);
            }
            ExprKind::FormattedValue { value, spec, .. } => {
                stack.push(value);
                stack.extend(spec.as_deref());
            }
            ExprKind::CompAppend(_, a, b) => {
                stack.push(a);
                stack.extend(b.as_deref());
            }
        }
    }
    false
}

fn elts(v: &[Elt]) -> impl Iterator<Item = &Expr> {
    v.iter().map(|e| match e {
        Elt::One(x) | Elt::Star(x) => x,
    })
}

fn kwargs(v: &[KwArg]) -> impl Iterator<Item = &Expr> {
    v.iter().map(|k| match k {
        KwArg::Named(_, x) | KwArg::Spread(x) => x,
    })
}
