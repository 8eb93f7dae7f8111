//! The position markers under a traceback's source line (CPython 3.11):
//! `^` under the failing expression when it does not span the whole
//! line, and for a binary operation or subscript `~` under the operands
//! with `^` under the operator or the brackets.

use garter_syntax::ast::{ExprKind, StmtKind};

/// The marker line (without the leading four spaces and newline) for an
/// expression at `start..end` (byte offsets into `text`), or `None` when
/// CPython prints none.
pub fn caret_line(text: &str, start: usize, end: usize) -> Option<String> {
    let line_start = text[..start.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let line = &text[line_start..line_end];
    let stripped = line.trim();
    let leading = line.len() - line.trim_start().len();
    let chars = |bytes: &str| bytes.chars().count();
    let stripped_chars = chars(&line[..leading]);
    let start_col = chars(&line[..start - line_start]);
    let (end_col, anchors) = if end <= line_end {
        let end_col = chars(&line[..end - line_start]);
        (
            end_col,
            anchors(&line[start - line_start..end - line_start]),
        )
    } else {
        (stripped_chars + chars(stripped), None)
    };
    let width = end_col.saturating_sub(start_col);
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if width >= chars(stripped) && !anchored {
        return None;
    }
    let mut out = " ".repeat(start_col.saturating_sub(stripped_chars));
    match anchors {
        Some((left, right)) => {
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right.saturating_sub(left)));
            out.push_str(&"~".repeat(width.saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    Some(out)
}

/// The operator (or brackets) of a binary operation or subscript, as
/// character offsets into `segment`.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = garter_syntax::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let to_chars = |b: usize| segment.get(..b).map_or(b, |s| s.chars().count());
    let bytes = segment.as_bytes();
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.span.end as usize;
            let op_end = right.span.start as usize;
            let op = segment.get(op_start..op_end)?;
            let offset = op.len() - op.trim_start().len();
            let mut left_anchor = op_start + offset;
            let mut right_anchor = left_anchor + 1;
            if offset + 1 < op.len() && !op.as_bytes()[offset + 1].is_ascii_whitespace() {
                right_anchor += 1;
            }
            while left_anchor < bytes.len()
                && (bytes[left_anchor].is_ascii_whitespace() || b")#".contains(&bytes[left_anchor]))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((to_chars(left_anchor), to_chars(right_anchor)))
        }
        ExprKind::Subscript {
            value: base, slice, ..
        } => {
            let mut left_anchor = base.span.end as usize;
            let mut right_anchor = slice.span.end as usize + 1;
            while left_anchor < bytes.len() && bytes[left_anchor] != b'[' {
                left_anchor += 1;
            }
            while right_anchor < bytes.len() && bytes[right_anchor] != b']' {
                right_anchor += 1;
            }
            if right_anchor < bytes.len() {
                right_anchor += 1;
            }
            Some((to_chars(left_anchor), to_chars(right_anchor)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::caret_line;

    fn marks(line: &str, expr: &str) -> Option<String> {
        let start = line.find(expr).unwrap_or(0);
        caret_line(line, start, start + expr.len())
    }

    #[test]
    fn whole_line_has_no_marks() {
        assert_eq!(marks("    f()", "f()"), None);
    }

    #[test]
    fn binary_operator_is_anchored() {
        assert_eq!(
            marks("    return 1/0", "1/0").as_deref(),
            Some("       ~^~")
        );
        assert_eq!(marks("x = a ** b", "a ** b").as_deref(), Some("    ~~^^~~"));
    }

    #[test]
    fn subscript_brackets_are_anchored() {
        assert_eq!(
            marks("print(d['k'])", "d['k']").as_deref(),
            Some("      ~^^^^^")
        );
    }

    #[test]
    fn part_of_a_line_is_underlined() {
        assert_eq!(
            marks("print(undefined)", "undefined").as_deref(),
            Some("      ^^^^^^^^^")
        );
    }
}
