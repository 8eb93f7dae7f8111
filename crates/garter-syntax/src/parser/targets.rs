//! Assignment targets: the grammar parses them as expressions, and this
//! module turns them into targets (ctx `Store` or `Del`) or raises
//! CPython's message for what cannot be assigned to or deleted.

use crate::ast::{Constant, Expr, ExprContext, ExprKind, Span, StmtKind, UnaryOp};
use crate::SyntaxError;

/// Where a target appears; it decides the context and the wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetUse {
    Assign,
    For,
    With,
    Comprehension,
    Delete,
}

/// What CPython calls an expression in its target error messages.
pub fn expr_name(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

fn invalid_target(kind: &ExprKind, span: Span, use_: TargetUse) -> SyntaxError {
    let verb = if use_ == TargetUse::Delete {
        "delete"
    } else {
        "assign to"
    };
    SyntaxError::new(format!("cannot {verb} {}", expr_name(kind)), span)
}

/// Converts one target, walking nested tuples and lists with an explicit
/// stack so deep nesting cannot overflow. The first invalid part in
/// source order is reported.
pub fn convert(mut target: Expr, use_: TargetUse) -> Result<Expr, SyntaxError> {
    let ctx = if use_ == TargetUse::Delete {
        ExprContext::Del
    } else {
        ExprContext::Store
    };
    let mut pending: Vec<&mut Expr> = vec![&mut target];
    while let Some(node) = pending.pop() {
        let span = node.span;
        let kind = &mut node.kind;
        if use_ == TargetUse::Delete && matches!(kind, ExprKind::Starred { .. }) {
            return Err(invalid_target(kind, span, use_));
        }
        match kind {
            ExprKind::Name { ctx: c, .. }
            | ExprKind::Attribute { ctx: c, .. }
            | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
            ExprKind::Starred { value, ctx: c } => {
                *c = ctx;
                pending.push(value);
            }
            ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
                *c = ctx;
                pending.extend(elts.iter_mut().rev());
            }
            other => return Err(invalid_target(other, span, use_)),
        }
    }
    Ok(target)
}

/// Converts several targets in order.
pub fn convert_all(targets: Vec<Expr>, use_: TargetUse) -> Result<Vec<Expr>, SyntaxError> {
    targets.into_iter().map(|t| convert(t, use_)).collect()
}

/// The target of `x += value`: a name, attribute or subscript only.
pub fn convert_aug_target(target: Expr) -> Result<Expr, SyntaxError> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            convert(target, TargetUse::Assign)
        }
        ref other => Err(SyntaxError::new(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(other)
            ),
            target.span,
        )),
    }
}

/// `target: annotation [= value]`; `start` is where the statement starts
/// and `colon` where its `:` is.
pub fn annotated_assignment(
    source: &str,
    start: usize,
    colon: usize,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
) -> Result<StmtKind, SyntaxError> {
    let error = match &target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple { elts, .. } => {
            let parenthesized = source.as_bytes().get(target.span.start as usize) == Some(&b'(');
            let span = match elts.first() {
                Some(first) if !parenthesized => first.span,
                _ => target.span,
            };
            Some(SyntaxError::new(
                "only single target (not tuple) can be annotated",
                span,
            ))
        }
        ExprKind::List { .. } => Some(SyntaxError::new(
            "only single target (not list) can be annotated",
            target.span,
        )),
        ExprKind::Starred { .. } => Some(SyntaxError::new(
            "invalid syntax",
            Span::new(colon, colon + 1),
        )),
        _ => Some(SyntaxError::new(
            "illegal target for annotation",
            target.span,
        )),
    };
    if let Some(error) = error {
        return Err(error);
    }
    let simple =
        matches!(target.kind, ExprKind::Name { .. }) && target.span.start as usize == start;
    Ok(StmtKind::AnnAssign {
        target: Box::new(convert(target, TargetUse::Assign)?),
        annotation: Box::new(annotation),
        value: value.map(Box::new),
        simple,
    })
}

/// CPython's hint for `f() = 1` style statements (one `=`, an invalid
/// target that is a plain operand, a value starting with an operand):
/// "cannot assign to function call here. Maybe you meant '==' instead of
/// '='?". `value_start` is where the value's text begins.
pub fn check_comparison_typo(
    source: &str,
    stmt_start: usize,
    target: &Expr,
    value_start: usize,
) -> Result<(), SyntaxError> {
    let parenthesized = target.span.start as usize != stmt_start;
    let operand_level = parenthesized
        || !matches!(
            target.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
                | ExprKind::Lambda { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Yield { .. }
                | ExprKind::YieldFrom { .. }
        );
    let excluded = matches!(
        target.kind,
        ExprKind::Name { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. }
            | ExprKind::Starred { .. }
            | ExprKind::List { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant {
                value: Constant::None | Constant::Bool(_),
                ..
            }
    );
    if !operand_level || excluded || !starts_operand(source.get(value_start..).unwrap_or("")) {
        return Ok(());
    }
    Err(SyntaxError::new(
        format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(&target.kind)
        ),
        target.span,
    ))
}

/// Whether `text` starts with an operand of a binary operator, rather
/// than `not`, `lambda`, `yield` or a starred expression.
fn starts_operand(text: &str) -> bool {
    if text.starts_with('*') {
        return false;
    }
    ["not", "lambda", "yield"].iter().all(|word| {
        !text.starts_with(word)
            || text[word.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == '_' || c.is_alphanumeric())
    })
}
