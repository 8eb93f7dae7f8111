//! `Node`: a borrowed reference to any AST node that can nest, and
//! `push_children`, which lists a node's direct sub-nodes in source order.
//! The checks in this module walk the tree with explicit stacks built on
//! these two, so no walk recurses.

use crate::ast::{Arguments, Comprehension, Expr, ExprKind, Pattern, PatternKind, Stmt, StmtKind};

/// A statement, expression or pattern of the tree.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Pattern(&'a Pattern),
}

/// Appends the expressions that a parameter list evaluates in the
/// enclosing scope: defaults, then keyword-only defaults.
pub(crate) fn push_defaults<'a>(args: &'a Arguments, out: &mut Vec<Node<'a>>) {
    out.extend(args.defaults.iter().map(Node::Expr));
    out.extend(args.kw_defaults.iter().flatten().map(Node::Expr));
}

/// Appends the parameter annotations of `args`, in CPython's order.
pub(crate) fn push_annotations<'a>(args: &'a Arguments, out: &mut Vec<Node<'a>>) {
    let params = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg);
    for param in params {
        if let Some(annotation) = &param.annotation {
            out.push(Node::Expr(annotation));
        }
    }
}

fn push_comprehensions<'a>(generators: &'a [Comprehension], out: &mut Vec<Node<'a>>) {
    for generator in generators {
        out.push(Node::Expr(&generator.target));
        out.push(Node::Expr(&generator.iter));
        out.extend(generator.ifs.iter().map(Node::Expr));
    }
}

/// Appends every direct sub-node of `node`, in source order.
pub(crate) fn push_children<'a>(node: Node<'a>, out: &mut Vec<Node<'a>>) {
    match node {
        Node::Stmt(stmt) => push_stmt_children(stmt, out),
        Node::Expr(expr) => push_expr_children(expr, out),
        Node::Pattern(pattern) => push_pattern_children(pattern, out),
    }
}

fn push_stmts<'a>(body: &'a [Stmt], out: &mut Vec<Node<'a>>) {
    out.extend(body.iter().map(Node::Stmt));
}

fn push_stmt_children<'a>(stmt: &'a Stmt, out: &mut Vec<Node<'a>>) {
    match &stmt.kind {
        StmtKind::FunctionDef(def) | StmtKind::AsyncFunctionDef(def) => {
            out.extend(def.decorator_list.iter().map(Node::Expr));
            push_defaults(&def.args, out);
            push_annotations(&def.args, out);
            out.extend(def.returns.iter().map(Node::Expr));
            push_stmts(&def.body, out);
        }
        StmtKind::ClassDef(class) => {
            out.extend(class.decorator_list.iter().map(Node::Expr));
            out.extend(class.bases.iter().map(Node::Expr));
            out.extend(class.keywords.iter().map(|k| Node::Expr(&k.value)));
            push_stmts(&class.body, out);
        }
        StmtKind::Return { value } => out.extend(value.iter().map(|v| Node::Expr(v))),
        StmtKind::Delete { targets } => out.extend(targets.iter().map(Node::Expr)),
        StmtKind::Assign { targets, value } => {
            out.extend(targets.iter().map(Node::Expr));
            out.push(Node::Expr(value));
        }
        StmtKind::AugAssign { target, value, .. } => {
            out.push(Node::Expr(target));
            out.push(Node::Expr(value));
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            out.push(Node::Expr(target));
            out.push(Node::Expr(annotation));
            out.extend(value.iter().map(|v| Node::Expr(v)));
        }
        StmtKind::For(for_) | StmtKind::AsyncFor(for_) => {
            out.push(Node::Expr(&for_.target));
            out.push(Node::Expr(&for_.iter));
            push_stmts(&for_.body, out);
            push_stmts(&for_.orelse, out);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            out.push(Node::Expr(test));
            push_stmts(body, out);
            push_stmts(orelse, out);
        }
        StmtKind::With(with) | StmtKind::AsyncWith(with) => {
            for item in &with.items {
                out.push(Node::Expr(&item.context_expr));
                out.extend(item.optional_vars.iter().map(Node::Expr));
            }
            push_stmts(&with.body, out);
        }
        StmtKind::Match { subject, cases } => {
            out.push(Node::Expr(subject));
            for case in cases {
                out.push(Node::Pattern(&case.pattern));
                out.extend(case.guard.iter().map(Node::Expr));
                push_stmts(&case.body, out);
            }
        }
        StmtKind::Raise { exc, cause } => {
            out.extend(exc.iter().map(|e| Node::Expr(e)));
            out.extend(cause.iter().map(|e| Node::Expr(e)));
        }
        StmtKind::Try(try_) | StmtKind::TryStar(try_) => {
            push_stmts(&try_.body, out);
            for handler in &try_.handlers {
                out.extend(handler.type_.iter().map(Node::Expr));
                push_stmts(&handler.body, out);
            }
            push_stmts(&try_.orelse, out);
            push_stmts(&try_.finalbody, out);
        }
        StmtKind::Assert { test, msg } => {
            out.push(Node::Expr(test));
            out.extend(msg.iter().map(|m| Node::Expr(m)));
        }
        StmtKind::Expr { value } => out.push(Node::Expr(value)),
        StmtKind::Import { .. }
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global { .. }
        | StmtKind::Nonlocal { .. }
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

fn push_expr_children<'a>(expr: &'a Expr, out: &mut Vec<Node<'a>>) {
    match &expr.kind {
        ExprKind::BoolOp { values, .. } => out.extend(values.iter().map(Node::Expr)),
        ExprKind::NamedExpr { target, value } => {
            out.push(Node::Expr(target));
            out.push(Node::Expr(value));
        }
        ExprKind::BinOp { left, right, .. } => {
            out.push(Node::Expr(left));
            out.push(Node::Expr(right));
        }
        ExprKind::UnaryOp { operand, .. } => out.push(Node::Expr(operand)),
        ExprKind::Lambda { args, body } => {
            push_defaults(args, out);
            out.push(Node::Expr(body));
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push(Node::Expr(test));
            out.push(Node::Expr(body));
            out.push(Node::Expr(orelse));
        }
        ExprKind::Dict { keys, values } => {
            for (key, value) in keys.iter().zip(values) {
                out.extend(key.iter().map(Node::Expr));
                out.push(Node::Expr(value));
            }
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            out.extend(elts.iter().map(Node::Expr))
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            out.push(Node::Expr(elt));
            push_comprehensions(generators, out);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push(Node::Expr(key));
            out.push(Node::Expr(value));
            push_comprehensions(generators, out);
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => out.push(Node::Expr(value)),
        ExprKind::Yield { value } => out.extend(value.iter().map(|v| Node::Expr(v))),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push(Node::Expr(left));
            out.extend(comparators.iter().map(Node::Expr));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            out.push(Node::Expr(func));
            out.extend(args.iter().map(Node::Expr));
            out.extend(keywords.iter().map(|k| Node::Expr(&k.value)));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            out.push(Node::Expr(value));
            out.extend(format_spec.iter().map(|f| Node::Expr(f)));
        }
        ExprKind::JoinedStr { values } => out.extend(values.iter().map(Node::Expr)),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
            out.push(Node::Expr(value))
        }
        ExprKind::Subscript { value, slice, .. } => {
            out.push(Node::Expr(value));
            out.push(Node::Expr(slice));
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                out.push(Node::Expr(part));
            }
        }
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}

fn push_pattern_children<'a>(pattern: &'a Pattern, out: &mut Vec<Node<'a>>) {
    match &pattern.kind {
        PatternKind::MatchValue { value } => out.push(Node::Expr(value)),
        PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
            out.extend(patterns.iter().map(Node::Pattern))
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            out.extend(keys.iter().map(Node::Expr));
            out.extend(patterns.iter().map(Node::Pattern));
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            out.push(Node::Expr(cls));
            out.extend(patterns.iter().map(Node::Pattern));
            out.extend(kwd_patterns.iter().map(Node::Pattern));
        }
        PatternKind::MatchAs { pattern, .. } => {
            out.extend(pattern.iter().map(|p| Node::Pattern(p)))
        }
    }
}
