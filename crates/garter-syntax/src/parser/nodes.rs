//! Node constructors the grammar actions call: spans from byte offsets,
//! literal decoding, and the statements whose shape the grammar cannot
//! build directly (`if`/`elif` chains, `try`, assignments, decorators).

use super::targets::{self, TargetUse};
use crate::ast::{
    self, CmpOp, Constant, ExceptHandler, Expr, ExprContext, ExprKind, Identifier, Operator, Span,
    Stmt, StmtKind,
};
use crate::literal::{number, strings};
use crate::SyntaxError;

/// `first` followed by `rest`, as one vector.
pub fn prepend<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut items = Vec::with_capacity(rest.len() + 1);
    items.push(first);
    items.extend(rest);
    items
}

/// An identifier as the AST stores it (NFKC-normalised).
pub fn ident(text: &str) -> Identifier {
    crate::lexer::normalize_identifier(text)
}

pub fn expr(l: usize, r: usize, kind: ExprKind) -> Expr {
    Expr {
        span: Span::new(l, r),
        kind,
    }
}

pub fn stmt(l: usize, r: usize, kind: StmtKind) -> Stmt {
    Stmt {
        span: Span::new(l, r),
        kind,
    }
}

pub fn name(l: usize, r: usize, id: Identifier) -> Expr {
    name_with_ctx(l, r, id, ExprContext::Load)
}

pub fn name_with_ctx(l: usize, r: usize, id: Identifier, ctx: ExprContext) -> Expr {
    expr(l, r, ExprKind::Name { id, ctx })
}

pub fn constant(l: usize, r: usize, value: Constant) -> Expr {
    expr(l, r, ExprKind::Constant { value, kind: None })
}

pub fn attribute(l: usize, r: usize, value: Expr, attr: Identifier) -> Expr {
    expr(
        l,
        r,
        ExprKind::Attribute {
            value: Box::new(value),
            attr,
            ctx: ExprContext::Load,
        },
    )
}

pub fn tuple(elts: Vec<Expr>, l: usize, r: usize) -> Expr {
    expr(
        l,
        r,
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        },
    )
}

pub fn bin_op(l: usize, r: usize, left: Expr, op: Operator, right: Expr) -> Expr {
    expr(
        l,
        r,
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
    )
}

pub fn compare(l: usize, r: usize, left: Expr, rest: Vec<(CmpOp, Expr)>) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    expr(
        l,
        r,
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
    )
}

/// `a.b.c` in an import, as one identifier.
pub fn dotted_name(first: &str, rest: &[&str]) -> Identifier {
    let mut text = ident(first).into_string();
    for part in rest {
        text.push('.');
        text.push_str(&ident(part));
    }
    text.into_boxed_str()
}

pub fn int(text: &str, start: usize) -> Result<Constant, SyntaxError> {
    number::parse_int(text, start)
}

pub fn float(text: &str) -> Constant {
    Constant::Float(number::parse_float(text))
}

pub fn imag(text: &str) -> Constant {
    number::parse_imag(text)
}

/// One or more adjacent string tokens, concatenated.
pub fn strings(parts: &[(usize, &str, usize)]) -> Result<Expr, SyntaxError> {
    strings::parse_string_literals(parts)
}

/// `(e)`: the expression itself, which may not be a bare starred one.
pub fn parenthesized(e: Expr) -> Result<Expr, SyntaxError> {
    if let ExprKind::Starred { .. } = e.kind {
        return Err(SyntaxError::new(
            "cannot use starred expression here",
            e.span,
        ));
    }
    Ok(e)
}

/// The slice of `a[s]` with a single subscript: `a[*b]` still makes a tuple.
pub fn single_subscript(s: Expr) -> Expr {
    match s.kind {
        ExprKind::Starred { .. } => {
            let span = s.span;
            tuple(vec![s], span.start as usize, span.end as usize)
        }
        _ => s,
    }
}

/// A dict display from its `key: value` and `**mapping` entries.
pub fn dict(l: usize, r: usize, entries: Vec<(Option<Expr>, Expr)>) -> Expr {
    let (keys, values) = entries.into_iter().unzip();
    expr(l, r, ExprKind::Dict { keys, values })
}

/// A parameter: its name's span runs to the end of its annotation.
pub fn arg(l: usize, r: usize, name: Identifier, annotation: Option<Expr>) -> ast::Arg {
    ast::Arg {
        span: Span::new(l, r),
        arg: name,
        annotation: annotation.map(Box::new),
    }
}

/// The statements of a block, and where its last token ends (a final
/// `;` included, as CPython counts it in the enclosing statement's span).
#[derive(Debug, Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub end: usize,
}

/// The lines of an indented block as one block.
pub fn join_blocks(lines: Vec<Block>) -> Block {
    let end = lines.last().map_or(0, |line| line.end);
    let stmts = lines.into_iter().flat_map(|line| line.stmts).collect();
    Block { stmts, end }
}

/// The statements of an optional block (`else:`, `finally:`).
pub fn stmts(block: Option<Block>) -> Vec<Stmt> {
    block.map(|b| b.stmts).unwrap_or_default()
}

/// Where a compound statement with an optional `else` block ends.
pub fn block_end(body: &Block, orelse: &Option<Block>) -> usize {
    orelse.as_ref().map_or(body.end, |b| b.end)
}

/// Attaches decorators to a function or class definition.
pub fn decorate(decorators: Vec<Expr>, mut def: Stmt) -> Stmt {
    match &mut def.kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    def
}

/// `if` with its `elif` clauses (each `(start, test, body)`) and `else`:
/// each `elif` becomes an `If` nested in the previous one's `orelse`.
/// Built from the innermost clause outwards, so no recursion.
pub fn if_chain(
    l: usize,
    test: Expr,
    body: Block,
    elifs: Vec<(usize, Expr, Block)>,
    orelse: Option<Block>,
) -> Stmt {
    let mut end = orelse.as_ref().map(|b| b.end);
    let mut orelse = stmts(orelse);
    for (start, test, body) in elifs.into_iter().rev() {
        let r = *end.get_or_insert(body.end);
        let kind = StmtKind::If {
            test: Box::new(test),
            body: body.stmts,
            orelse,
        };
        orelse = vec![stmt(start, r, kind)];
    }
    let r = end.unwrap_or(body.end);
    stmt(
        l,
        r,
        StmtKind::If {
            test: Box::new(test),
            body: body.stmts,
            orelse,
        },
    )
}

pub fn except_handler(
    l: usize,
    type_: Option<Expr>,
    name: Option<Identifier>,
    body: Block,
) -> ExceptHandler {
    ExceptHandler {
        span: Span::new(l, body.end),
        type_,
        name,
        body: body.stmts,
    }
}

/// A `try` statement; handlers carry whether they were `except*`.
pub fn try_statement(
    l: usize,
    body: Block,
    handlers: Vec<(bool, ExceptHandler)>,
    orelse: Option<Block>,
    finalbody: Option<Block>,
) -> Result<Stmt, SyntaxError> {
    let is_star = handlers.first().is_some_and(|(star, _)| *star);
    if let Some((_, mixed)) = handlers.iter().find(|(star, _)| *star != is_star) {
        let keyword_len = if is_star { 6 } else { 7 };
        let start = mixed.span.start as usize;
        return Err(SyntaxError::new(
            "cannot have both 'except' and 'except*' on the same 'try'",
            Span::new(start, start + keyword_len),
        ));
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|(_, h)| h).collect();
    let r = [&finalbody, &orelse]
        .into_iter()
        .find_map(|block| block.as_ref().map(|b| b.end))
        .or(handlers.last().map(|h| h.span.end as usize))
        .unwrap_or(body.end);
    let node = Box::new(ast::Try {
        body: body.stmts,
        handlers,
        orelse: stmts(orelse),
        finalbody: stmts(finalbody),
    });
    Ok(stmt(
        l,
        r,
        if is_star {
            StmtKind::TryStar(node)
        } else {
            StmtKind::Try(node)
        },
    ))
}

/// An expression statement or assignment: `first` then each `= value`
/// with the offset where that value starts. `source` lets the check for
/// CPython's "Maybe you meant '=='" hint look at how the value begins.
pub fn assignment(
    source: &str,
    stmt_start: usize,
    first: Expr,
    rest: Vec<(usize, Expr)>,
) -> Result<StmtKind, SyntaxError> {
    let mut values = rest;
    let Some((value_start, value)) = values.pop() else {
        return Ok(StmtKind::Expr {
            value: Box::new(first),
        });
    };
    if values.is_empty() {
        targets::check_comparison_typo(source, stmt_start, &first, value_start)?;
    }
    let mut all_targets = Vec::with_capacity(values.len() + 1);
    all_targets.push((stmt_start, first));
    all_targets.extend(values);
    for (start, target) in &all_targets {
        let unparenthesized_yield = matches!(
            target.kind,
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
        ) && target.span.start as usize == *start;
        if unparenthesized_yield {
            return Err(SyntaxError::new(
                "assignment to yield expression not possible",
                target.span,
            ));
        }
    }
    let all_targets = all_targets.into_iter().map(|(_, target)| target).collect();
    Ok(StmtKind::Assign {
        targets: targets::convert_all(all_targets, TargetUse::Assign)?,
        value: Box::new(value),
    })
}
