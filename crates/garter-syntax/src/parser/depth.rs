//! The nesting limit on expressions. The LR parser keeps its stack on the
//! heap, but a tree nested tens of thousands of levels deep (`-----x`,
//! `1+1+...+1`) would overflow the Rust stack in anything that recurses
//! over it, dropping included. Like CPython, which gives up near 3000
//! levels, an expression nested deeper than [`MAX_EXPR_DEPTH`] is an error:
//! the `RecursionError` of `crate::validate::depth`.
//!
//! Every expression node the grammar builds passes through [`limit`],
//! which knows each node's depth in O(1): nodes are built bottom-up, and
//! the deepest node built so far that starts at a given offset is the one
//! a new parent can have as a child there. A node that would be too deep
//! is replaced by a leaf (its parts taken apart without recursion), so no
//! tree ever gets deeper than the limit, and the parse reports the error
//! when it ends.

use crate::ast::{Arguments, Comprehension, Constant, Expr, ExprKind, Keyword, Span};
use crate::SyntaxError;
use std::cell::RefCell;

/// The deepest expression accepted, counted in nodes down to a leaf (about
/// as deep as CPython 3.11 goes before failing).
pub const MAX_EXPR_DEPTH: usize = 2986;

/// The depths seen by one parse (nested parses, such as f-string fields
/// parsed while their string is built, get their own).
struct Session {
    /// Offsets in `depths` count from here.
    base: usize,
    /// The greatest depth of a node starting at each offset.
    depths: Vec<u16>,
    /// Whether a node was too deep.
    too_deep: bool,
}

thread_local! {
    static SESSIONS: RefCell<Vec<Session>> = const { RefCell::new(Vec::new()) };
}

/// Runs one parse whose node offsets start at `base` (and may run a
/// little before it), failing if it built an expression nested too deeply.
pub fn with_limit<T>(
    base: usize,
    parse: impl FnOnce() -> Result<T, SyntaxError>,
) -> Result<T, SyntaxError> {
    SESSIONS.with(|sessions| {
        sessions.borrow_mut().push(Session {
            base: base.saturating_sub(1),
            depths: Vec::new(),
            too_deep: false,
        })
    });
    let result = parse();
    let too_deep =
        SESSIONS.with(|sessions| sessions.borrow_mut().pop().is_some_and(|s| s.too_deep));
    if too_deep {
        return Err(crate::validate::depth::recursion_error());
    }
    result
}

/// Records a newly built node's depth; a node too deep comes back as a
/// leaf with the same span.
pub fn limit(mut expr: Expr) -> Expr {
    SESSIONS.with(|sessions| {
        let mut sessions = sessions.borrow_mut();
        let Some(session) = sessions.last_mut() else {
            return expr;
        };
        let mut deepest_child = 0u16;
        expr_children(&mut expr.kind, &mut |child| {
            let at = (child.span.start as usize).wrapping_sub(session.base);
            let depth = session.depths.get(at).copied().unwrap_or(0);
            deepest_child = deepest_child.max(depth);
        });
        let depth = usize::from(deepest_child) + 1;
        if depth > MAX_EXPR_DEPTH {
            session.too_deep = true;
            let span = expr.span;
            dismantle(expr);
            return Expr {
                span,
                kind: ExprKind::Constant {
                    value: Constant::None,
                    kind: None,
                },
            };
        }
        let at = (expr.span.start as usize).wrapping_sub(session.base);
        if at < (1 << 31) {
            if session.depths.len() <= at {
                session.depths.resize(at + 1, 0);
            }
            if let Some(slot) = session.depths.get_mut(at) {
                *slot = (*slot).max(depth as u16);
            }
        }
        expr
    })
}

/// Takes an expression apart one level at a time, so dropping it never
/// recurses deeply.
fn dismantle(expr: Expr) {
    let mut pending = vec![expr];
    while let Some(mut expr) = pending.pop() {
        expr_children(&mut expr.kind, &mut |child| {
            pending.push(std::mem::replace(child, leaf()));
        });
    }
}

fn leaf() -> Expr {
    Expr {
        span: Span::default(),
        kind: ExprKind::Constant {
            value: Constant::None,
            kind: None,
        },
    }
}

/// Calls `f` on each direct sub-expression of an expression.
fn expr_children<'a>(kind: &'a mut ExprKind, f: &mut dyn FnMut(&'a mut Expr)) {
    match kind {
        ExprKind::BoolOp { values, .. } => values.iter_mut().for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, body } => {
            arguments_parts(args, f);
            f(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter_mut().flatten().for_each(&mut *f);
            values.iter_mut().for_each(f);
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter_mut().for_each(f)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            generators_parts(generators, f);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            f(key);
            f(value);
            generators_parts(generators, f);
        }
        ExprKind::Await { value }
        | ExprKind::YieldFrom { value }
        | ExprKind::Attribute { value, .. }
        | ExprKind::Starred { value, .. } => f(value),
        ExprKind::Yield { value } => {
            if let Some(value) = value {
                f(value);
            }
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter_mut().for_each(f);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter_mut().for_each(&mut *f);
            keywords_parts(keywords, f);
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            f(value);
            if let Some(spec) = format_spec {
                f(spec);
            }
        }
        ExprKind::JoinedStr { values } => values.iter_mut().for_each(f),
        ExprKind::Subscript { value, slice, .. } => {
            f(value);
            f(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                f(part);
            }
        }
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}

fn arguments_parts<'a>(args: &'a mut Arguments, f: &mut dyn FnMut(&'a mut Expr)) {
    let params = args
        .posonlyargs
        .iter_mut()
        .chain(&mut args.args)
        .chain(&mut args.vararg)
        .chain(&mut args.kwonlyargs)
        .chain(&mut args.kwarg);
    for param in params {
        if let Some(annotation) = &mut param.annotation {
            f(annotation);
        }
    }
    args.kw_defaults.iter_mut().flatten().for_each(&mut *f);
    args.defaults.iter_mut().for_each(f);
}

fn generators_parts<'a>(generators: &'a mut [Comprehension], f: &mut dyn FnMut(&'a mut Expr)) {
    for generator in generators {
        f(&mut generator.target);
        f(&mut generator.iter);
        generator.ifs.iter_mut().for_each(&mut *f);
    }
}

fn keywords_parts<'a>(keywords: &'a mut [Keyword], f: &mut dyn FnMut(&'a mut Expr)) {
    for keyword in keywords {
        f(&mut keyword.value);
    }
}
