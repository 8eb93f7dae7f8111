//! The part of a failing expression a report points at, where CPython
//! 3.11 draws `^` under it inside the `~` of the rest: the operator of a
//! binary operation, the `[...]` of a subscript, the `.name` of an
//! attribute.

use garter_syntax::ast::ExprKind;

/// The byte range in `source` of the part of the expression at
/// `start..end` to point at; `None` when the whole expression is the
/// point (a call, a name) or it cannot be read as an expression.
pub fn focus(source: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let text = source.get(start..end)?;
    // Parenthesised, an expression may span lines as it does in the code.
    let wrapped = format!("({text})");
    let expr = garter_syntax::parse_expression(&wrapped).ok()?;
    // Offsets in `wrapped` back to offsets in `source`.
    let at = |offset: u32| (offset as usize).checked_sub(1).map(|o| o + start);
    let (from, to) = match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let gap_start = at(left.span.end)?;
            let gap_end = at(right.span.start)?;
            let gap = source.get(gap_start..gap_end)?;
            let operator_start = gap_start + gap.find(|c: char| !c.is_whitespace() && c != ')')?;
            let operator = source.get(operator_start..gap_end)?;
            let length = operator.find(|c: char| c.is_whitespace() || c == '(');
            (
                operator_start,
                operator_start + length.unwrap_or(operator.len()),
            )
        }
        ExprKind::Subscript { value, .. } | ExprKind::Attribute { value, .. } => {
            let rest_start = at(value.span.end)?;
            let rest = source.get(rest_start..end)?;
            let skip = rest.find(|c: char| !c.is_whitespace() && c != ')')?;
            (rest_start + skip, end)
        }
        _ => return None,
    };
    (from < to && (from, to) != (start, end)).then_some((from, to))
}

#[cfg(test)]
mod tests {
    use super::focus;

    fn pointed(source: &str) -> Option<&str> {
        focus(source, 0, source.len()).map(|(from, to)| &source[from..to])
    }

    #[test]
    fn operators_subscripts_and_attributes() {
        assert_eq!(pointed("sum(v) / len(v)"), Some("/"));
        assert_eq!(pointed("(a + b) // c"), Some("//"));
        assert_eq!(pointed("a ** (b)"), Some("**"));
        assert_eq!(pointed("rows[i][1]"), Some("[1]"));
        assert_eq!(pointed("account.balence"), Some(".balence"));
        assert_eq!(pointed("(x\n  ).y"), Some(".y"));
        assert_eq!(pointed("f(x)"), None);
        assert_eq!(pointed("name"), None);
        assert_eq!(pointed("a +"), None);
    }
}
