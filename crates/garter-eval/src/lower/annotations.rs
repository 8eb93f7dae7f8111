//! PEP 563 (`from __future__ import annotations`): annotations are kept as
//! strings, written as `ast.unparse` writes them, instead of evaluated.
//! The common forms of hints (names, attributes, subscripts, tuples,
//! lists, constants, `X | Y`) are unparsed here; anything else keeps its
//! source text.

use garter_syntax::ast::{self, Constant, Expr, ExprKind, Operator, StmtKind};
use garter_syntax::literal::repr::{bytes_repr, str_repr};

/// Whether a module starts with `from __future__ import annotations`.
pub(super) fn has_future_annotations(module: &ast::Module) -> bool {
    module.body.iter().any(|s| match &s.kind {
        StmtKind::ImportFrom {
            module: Some(m),
            names,
            ..
        } if &**m == "__future__" => names.iter().any(|a| &*a.name == "annotations"),
        _ => false,
    })
}

/// The text of the annotation `e`, as `ast.unparse` gives it.
pub(super) fn annotation_text(e: &Expr, source: &str) -> String {
    let mut out = String::new();
    unparse(e, source, &mut out);
    out
}

fn unparse(e: &Expr, source: &str, out: &mut String) {
    match &e.kind {
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::Attribute { value, attr, .. } => {
            unparse(value, source, out);
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            unparse(value, source, out);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    join(elts, source, out);
                }
                _ => unparse(slice, source, out),
            }
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            out.push('(');
            join(elts, source, out);
            if elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        ExprKind::List { elts, .. } => {
            out.push('[');
            join(elts, source, out);
            out.push(']');
        }
        ExprKind::BinOp {
            left,
            op: Operator::BitOr,
            right,
        } => {
            unparse(left, source, out);
            out.push_str(" | ");
            unparse(right, source, out);
        }
        ExprKind::Constant { value, .. } => match value {
            Constant::None => out.push_str("None"),
            Constant::Bool(true) => out.push_str("True"),
            Constant::Bool(false) => out.push_str("False"),
            Constant::Ellipsis => out.push_str("..."),
            Constant::Str(s) => out.push_str(&str_repr(s)),
            Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
            Constant::Int(n) => out.push_str(&n.to_string()),
            Constant::Float(_) | Constant::Complex { .. } => out.push_str(source_text(e, source)),
        },
        _ => out.push_str(source_text(e, source)),
    }
}

fn join(elts: &[Expr], source: &str, out: &mut String) {
    for (i, elt) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        unparse(elt, source, out);
    }
}

fn source_text<'a>(e: &Expr, source: &'a str) -> &'a str {
    source
        .get(e.span.start as usize..e.span.end as usize)
        .unwrap_or_default()
}
