//! `from __future__ import ...` checks (CPython's `Python/future.c` and
//! `compiler_from_import`): known feature names, and future imports only
//! at the top of a module (after an optional docstring).

use crate::ast::{Constant, ExprKind, Module, Span, Stmt, StmtKind};
use crate::SyntaxError;
use std::collections::HashSet;

/// The features CPython 3.11 accepts in a future import.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The address of a statement, to tell the accepted future imports apart.
pub(crate) fn stmt_key(stmt: &Stmt) -> usize {
    stmt as *const Stmt as usize
}

/// True for `from __future__ import ...`.
pub(crate) fn is_future_import(stmt: &Stmt) -> bool {
    matches!(&stmt.kind, StmtKind::ImportFrom { module: Some(name), .. } if &**name == "__future__")
}

/// The error for a future import that is not at the top of the module.
pub(crate) fn misplaced(span: Span) -> SyntaxError {
    SyntaxError::new(
        "from __future__ imports must occur at the beginning of the file",
        span,
    )
}

/// Checks the feature names of the module's leading future imports and
/// returns those statements; any other future import is an error the
/// compiler checks report.
///
/// Like CPython's `future_parse`, the scan goes on past the first other
/// statement while statements start on the same line as the one before
/// (`x = 1; from __future__ import ...`); a future import met there is
/// reported at the column before it, with no end. Telling lines apart needs
/// `source`; without it that import is left to the compiler checks.
pub(crate) fn leading_imports(
    module: &Module,
    source: Option<&str>,
) -> Result<HashSet<usize>, SyntaxError> {
    let mut accepted = HashSet::new();
    let mut done = false;
    let mut previous: Option<&Stmt> = None;
    for (index, stmt) in module.body.iter().enumerate() {
        if done && !previous.is_some_and(|prev| on_same_line(source, prev, stmt)) {
            break;
        }
        previous = Some(stmt);
        if is_future_import(stmt) {
            if done {
                let before = stmt.span.start.saturating_sub(1);
                return Err(misplaced(Span {
                    start: before,
                    end: before,
                }));
            }
            check_features(stmt)?;
            accepted.insert(stmt_key(stmt));
        } else if !(index == 0 && is_docstring(stmt)) {
            done = true;
        }
    }
    Ok(accepted)
}

/// True if `next` starts on the line where `prev` starts; false when
/// `source` is not known.
fn on_same_line(source: Option<&str>, prev: &Stmt, next: &Stmt) -> bool {
    let between = (prev.span.start as usize)..(next.span.start as usize);
    source
        .and_then(|text| text.as_bytes().get(between))
        .is_some_and(|gap| !gap.iter().any(|&b| b == b'\n' || b == b'\r'))
}

fn is_docstring(stmt: &Stmt) -> bool {
    matches!(
        &stmt.kind,
        StmtKind::Expr { value } if matches!(value.kind, ExprKind::Constant { value: Constant::Str(_), .. })
    )
}

fn check_features(stmt: &Stmt) -> Result<(), SyntaxError> {
    let StmtKind::ImportFrom { names, .. } = &stmt.kind else {
        return Ok(());
    };
    // CPython points at the statement's start and gives no end.
    let at = Span {
        start: stmt.span.start,
        end: stmt.span.start,
    };
    for alias in names {
        let feature = &*alias.name;
        if feature == "braces" {
            return Err(SyntaxError::new("not a chance", at));
        }
        if !FEATURES.contains(&feature) {
            return Err(SyntaxError::new(
                format!("future feature {feature} is not defined"),
                at,
            ));
        }
    }
    Ok(())
}
