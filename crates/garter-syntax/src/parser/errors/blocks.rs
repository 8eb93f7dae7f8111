//! Errors about blocks: unexpected and missing indentation ("expected an
//! indented block after 'if' statement on line 3"), a missing `:` after a
//! compound statement's header, and a `try` block without handlers.

use super::{current_line, Token};
use crate::ast::Span;
use crate::token::Tok;
use crate::SyntaxError;

/// The block-related error for an unexpected `tok` (`None` at the end of
/// input) after the tokens `before`, if it is one.
pub(super) fn block_error(
    source: &str,
    before: &[Token<'_>],
    (l, tok, r): (usize, Option<Tok<'_>>, usize),
    expected: &[String],
) -> Option<SyntaxError> {
    let expects = |name: &str| expected.iter().any(|e| e == name);
    if ends_inline_try_body(before) {
        let err = SyntaxError::new("expected 'except' or 'finally' block", Span::new(l, r));
        // CPython's INDENT token has no column.
        return Some(match tok {
            Some(Tok::Indent) => err.without_column(),
            _ => positioned(err, source, tok),
        });
    }
    if tok == Some(Tok::Indent) {
        // The INDENT starts where CPython points: the indentation's end.
        return Some(SyntaxError::indentation(
            "unexpected indent",
            Span::new(l, l),
        ));
    }
    if expects("Indent") {
        if let Some(msg) = expected_block_message(source, before) {
            return Some(positioned(
                SyntaxError::indentation(msg, Span::new(l, r)),
                source,
                tok,
            ));
        }
    }
    let line = current_line(before);
    if expects("\":\"") && tok == Some(Tok::Newline) && is_compound_header(line) {
        let at = before.last().map_or(l, |t| t.2);
        return Some(SyntaxError::new("expected ':'", Span::new(at, at)));
    }
    if expects("\":\"") && requires_colon(line) {
        return Some(SyntaxError::new("expected ':'", Span::new(l, r)));
    }
    if before.last().is_some_and(|t| t.1 == Tok::Dedent) && is_try_body_end(before) {
        return Some(positioned(
            SyntaxError::new("expected 'except' or 'finally' block", Span::new(l, r)),
            source,
            tok,
        ));
    }
    None
}

/// `err`, found at `tok`, placed as CPython places it when running a
/// file: a DEDENT or the end of the input has no column.
fn positioned(err: SyntaxError, source: &str, tok: Option<Tok<'_>>) -> SyntaxError {
    if !matches!(tok, None | Some(Tok::Dedent)) {
        return err;
    }
    let at = err.span.start as usize;
    let at_end = tok.is_none()
        || source.get(at..).is_none_or(|rest| {
            rest.lines().all(|line| {
                let line = line.trim_start();
                line.is_empty() || line.starts_with('#')
            })
        });
    // At the end, the line is the one holding the file's last character.
    let at = match source.len().checked_sub(1) {
        Some(last) if at_end => source
            .get(..last)
            .and_then(|s| s.rfind('\n'))
            .map_or(0, |i| i + 1),
        _ => at,
    };
    SyntaxError {
        span: Span::new(at, at),
        ..err
    }
    .without_column()
}

/// Whether a logical line starts like a compound statement's header.
fn is_compound_header(line: &[Token<'_>]) -> bool {
    line.first().is_some_and(|t| {
        matches!(
            t.1,
            Tok::If
                | Tok::Elif
                | Tok::Else
                | Tok::While
                | Tok::For
                | Tok::With
                | Tok::Try
                | Tok::Except
                | Tok::Finally
                | Tok::Class
                | Tok::Def
                | Tok::Async
                | Tok::Match
                | Tok::Case
        )
    })
}

/// Whether a header line reached the point where CPython's grammar
/// demands a `:` whatever comes next: after `def ...(...)` (and its return
/// annotation), `try`, `else` and `finally`.
fn requires_colon(line: &[Token<'_>]) -> bool {
    let keyword = match line {
        [first, second, ..] if first.1 == Tok::Async => second.1,
        [first, ..] => first.1,
        [] => return false,
    };
    match keyword {
        Tok::Try | Tok::Else | Tok::Finally => line.len() == 1,
        Tok::Def => {
            let mut depth = 0usize;
            for t in line {
                match t.1 {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                    // Past the header's own colon.
                    Tok::Colon if depth == 0 => return false,
                    _ => {}
                }
            }
            depth == 0
        }
        _ => false,
    }
}

/// For a block that should have started after `header:` NEWLINE, the
/// message naming the statement: "expected an indented block after 'if'
/// statement on line 3".
fn expected_block_message(source: &str, before: &[Token<'_>]) -> Option<String> {
    let newline_at = before.iter().rposition(|t| t.1 == Tok::Newline)?;
    let header = current_line(before.get(..newline_at)?);
    let first = header.first()?;
    let second = header.get(1).map(|t| t.1);
    let keyword = match second {
        Some(second) if first.1 == Tok::Async => second,
        _ => first.1,
    };
    let what = match keyword {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::With => "'with' statement",
        Tok::Try => "'try' statement",
        Tok::Finally => "'finally' statement",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        Tok::Except if second == Some(Tok::Star) => "'except*' statement",
        Tok::Except => "'except' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    };
    let lineno = crate::LineIndex::new(source).line_of(first.0);
    Some(format!(
        "expected an indented block after {what} on line {lineno}"
    ))
}

/// Whether the tokens end with `try: statement` and its line break.
fn ends_inline_try_body(before: &[Token<'_>]) -> bool {
    let Some((last, rest)) = before.split_last() else {
        return false;
    };
    let line = current_line(rest);
    last.1 == Tok::Newline && line.len() > 2 && line[0].1 == Tok::Try && line[1].1 == Tok::Colon
}

/// Whether the tokens end with the indented body of a `try:` block (so
/// what comes next had to be `except` or `finally`).
fn is_try_body_end(before: &[Token<'_>]) -> bool {
    let mut depth = 0usize;
    for (i, t) in before.iter().enumerate().rev() {
        match t.1 {
            Tok::Dedent => depth += 1,
            Tok::Indent => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let header: Vec<Tok<'_>> =
                        before[..i].iter().rev().take(3).map(|t| t.1).collect();
                    return header == [Tok::Newline, Tok::Colon, Tok::Try];
                }
            }
            _ => {}
        }
    }
    false
}
