//! The stack of open brackets: implicit line joining depends on it, and
//! it produces CPython's errors for unmatched, mismatched, unclosed and
//! too deeply nested brackets.

use super::line_number_at;
use crate::ast::Span;
use crate::SyntaxError;

/// CPython's limit on nested brackets (`MAXLEVEL`).
const MAX_NESTING: usize = 200;

/// The open brackets, innermost last: each its character and byte offset.
#[derive(Debug, Clone, Default)]
pub(super) struct BracketStack {
    open: Vec<(u8, usize)>,
}

impl BracketStack {
    pub(super) fn is_empty(&self) -> bool {
        self.open.is_empty()
    }

    /// Records the opening bracket `bracket` at byte `at`.
    pub(super) fn open(&mut self, bracket: u8, at: usize) -> Result<(), SyntaxError> {
        if self.open.len() >= MAX_NESTING {
            return Err(SyntaxError::new(
                "too many nested parentheses",
                Span::new(at, at),
            ));
        }
        self.open.push((bracket, at));
        Ok(())
    }

    /// Matches the closing bracket `bracket` at byte `at`.
    pub(super) fn close(
        &mut self,
        source: &str,
        bracket: u8,
        at: usize,
    ) -> Result<(), SyntaxError> {
        let closing = char::from(bracket);
        let Some((opening, opened_at)) = self.open.pop() else {
            return Err(SyntaxError::new(
                format!("unmatched '{closing}'"),
                Span::new(at, at),
            ));
        };
        let expected = match opening {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if bracket == expected {
            return Ok(());
        }
        let opening = char::from(opening);
        let opened_line = line_number_at(source, opened_at);
        let msg = if opened_line == line_number_at(source, at) {
            format!(
                "closing parenthesis '{closing}' does not match opening parenthesis '{opening}'"
            )
        } else {
            format!(
                "closing parenthesis '{closing}' does not match opening parenthesis \
                 '{opening}' on line {opened_line}"
            )
        };
        Err(SyntaxError::new(msg, Span::new(at, at)))
    }

    /// The error for reaching the end of input with brackets open: it
    /// names the innermost one.
    pub(super) fn never_closed(&self) -> Option<SyntaxError> {
        let &(bracket, at) = self.open.last()?;
        Some(SyntaxError::new(
            format!("'{}' was never closed", char::from(bracket)),
            Span::new(at, at),
        ))
    }
}
