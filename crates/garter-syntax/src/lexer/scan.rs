//! The callbacks the logos scanner runs for tokens whose extent a regex
//! cannot decide (names, numbers, strings, backslash continuations), and
//! [`ScanError`], what the scanner reports when they fail.
//!
//! Each callback works on the whole source from where logos matched the
//! token's start, bumps the scanner to the token's real end and builds
//! CPython's error when the text is malformed.

use super::{names, numbers, strings};
use crate::ast::Span;
use crate::token::Tok;
use crate::SyntaxError;
use logos::Skip;

/// Why the logos scanner stopped.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ScanError {
    /// A character no token starts with (`$`, `?`, a control character).
    #[default]
    Unrecognized,
    /// A backslash continuation with nothing after it; the byte offset
    /// is just after the backslash. The lexer layer words the error, which
    /// depends on whether brackets are open.
    ContinuationAtEnd(usize),
    /// A finished error (bad number, unterminated string, bad identifier).
    Syntax(Box<SyntaxError>),
}

impl From<SyntaxError> for ScanError {
    fn from(error: SyntaxError) -> ScanError {
        ScanError::Syntax(Box::new(error))
    }
}

type Scanner<'src> = logos::Lexer<'src, Tok<'src>>;

/// Finishes a name: checks a non-ASCII identifier against PEP 3131.
pub(crate) fn name<'src>(lex: &mut Scanner<'src>) -> Result<&'src str, ScanError> {
    let text = lex.slice();
    if !text.is_ascii() {
        names::verify_identifier(text, lex.span().start)?;
    }
    Ok(text)
}

/// Finishes a number literal (started by a digit or `.digit`).
pub(crate) fn number<'src>(lex: &mut Scanner<'src>) -> Result<&'src str, ScanError> {
    let start = lex.span().start;
    let end = numbers::scan_number(lex.source(), start)?;
    Ok(bump_to(lex, start, end))
}

/// Finishes a string literal: logos matched its prefix and first quote.
pub(crate) fn string<'src>(lex: &mut Scanner<'src>) -> Result<&'src str, ScanError> {
    let span = lex.span();
    let end = strings::scan_string(lex.source(), span.start, span.end)?;
    Ok(bump_to(lex, span.start, end))
}

/// Skips a backslash continuation, which must be followed by a line break.
pub(crate) fn line_continuation(lex: &mut Scanner<'_>) -> Result<Skip, ScanError> {
    let after_backslash = lex.span().end;
    let source = lex.source();
    match line_break_len(source.as_bytes(), after_backslash) {
        0 if after_backslash < source.len() => Err(SyntaxError::new(
            "unexpected character after line continuation character",
            Span::new(after_backslash, after_backslash),
        )
        .into()),
        length => {
            lex.bump(length);
            if after_backslash + length >= source.len() {
                Err(ScanError::ContinuationAtEnd(after_backslash))
            } else {
                Ok(Skip)
            }
        }
    }
}

/// The length (0, 1 or 2) of the line break starting at byte `at`.
pub(super) fn line_break_len(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') => 2,
        Some(b'\r' | b'\n') => 1,
        _ => 0,
    }
}

/// Extends the token logos matched to end at `end`, returning its text.
fn bump_to<'src>(lex: &mut Scanner<'src>, start: usize, end: usize) -> &'src str {
    let matched_end = lex.span().end;
    if end > matched_end {
        lex.bump(end - matched_end);
    }
    lex.source().get(start..end).unwrap_or_default()
}
