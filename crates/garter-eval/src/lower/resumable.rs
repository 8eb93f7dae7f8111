//! Which generator bodies can run as a resumable statement machine
//! (`exec::machine`) instead of on a coroutine stack.
//!
//! A body qualifies when every `yield` is a statement of its own
//! (`yield v`, `x = yield v`, `yield from it`, `x = yield from it`) and
//! the statements around it are only blocks, `if`, `while` and `for`,
//! with no `yield` in their tests, targets or iterables. Then a
//! suspension point is described by statement indices, branches and loop
//! iterators, and resuming needs no native stack of its own.

use crate::ir::{DictItem, Elt, Expr, ExprKind, KwArg, Stmt, StmtKind, Target};

/// Whether a generator's body can run as a statement machine.
pub(crate) fn is_resumable(body: &[Stmt]) -> bool {
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
