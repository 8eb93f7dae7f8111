//! `SyntaxError`: what the front end reports when source is not valid
//! Python, with CPython's exception type, message and position.

use crate::ast::Span;
use crate::LineIndex;
use std::fmt;

/// Which of CPython's syntax-error classes an error belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a `SyntaxError` in CPython: what it raises for a tree nested too
    /// deeply to compile (`maximum recursion depth exceeded during
    /// compilation`). Such an error has no position.
    RecursionError,
}

impl SyntaxErrorKind {
    /// The Python class name, as a traceback prints it.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error: its class, CPython's message, and the source range it
/// points at (the caret runs from `span.start` to `span.end`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub span: Span,
}

/// Where an error points, in CPython's terms: 1-based line numbers and
/// 1-based column offsets counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorLocation {
    pub lineno: usize,
    pub offset: usize,
    pub end_lineno: usize,
    pub end_offset: usize,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            span,
        }
    }

    pub fn indentation(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            msg: msg.into(),
            span,
        }
    }

    pub fn tab(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::TabError,
            msg: msg.into(),
            span,
        }
    }

    /// The error's position as CPython reports it for `source`.
    pub fn location(&self, index: &LineIndex, source: &str) -> ErrorLocation {
        let (lineno, offset) = index.char_position(source, self.span.start as usize);
        let (end_lineno, end_offset) = index.char_position(source, self.span.end as usize);
        ErrorLocation {
            lineno,
            offset,
            end_lineno,
            end_offset,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}
