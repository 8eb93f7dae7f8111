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

/// How CPython counts the columns of an error when it compiles a file:
/// the tokenizer's errors in characters, the parser's and the compiler's
/// in UTF-8 bytes (their AST column offsets, not converted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Columns {
    #[default]
    Characters,
    Bytes,
    /// No column: CPython reports offset 0 and prints no caret, as for a
    /// parse error at a DEDENT or at the end of the input, tokens its
    /// tokenizer gives no position when reading a file.
    Unknown,
}

/// A syntax error: its class, CPython's message, and the source range it
/// points at (the caret runs from `span.start` to `span.end`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub span: Span,
    pub columns: Columns,
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
            columns: Columns::Characters,
        }
    }

    pub fn indentation(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            msg: msg.into(),
            span,
            columns: Columns::Characters,
        }
    }

    pub fn tab(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::TabError,
            msg: msg.into(),
            span,
            columns: Columns::Characters,
        }
    }

    /// The same error, its columns counted in bytes as CPython counts
    /// those of parser and compiler errors.
    pub fn in_byte_columns(self) -> SyntaxError {
        match self.columns {
            Columns::Unknown => self,
            _ => SyntaxError {
                columns: Columns::Bytes,
                ..self
            },
        }
    }

    /// The same error on the line of `span.start`, with no column.
    pub fn without_column(self) -> SyntaxError {
        SyntaxError {
            columns: Columns::Unknown,
            ..self
        }
    }

    /// The error's position as CPython reports it for `source`.
    pub fn location(&self, index: &LineIndex, source: &str) -> ErrorLocation {
        let position = |offset: u32| match self.columns {
            Columns::Characters => index.char_position(source, offset as usize),
            Columns::Bytes => {
                let (line, column) = index.line_col((offset as usize).min(source.len()));
                (line, column + 1)
            }
            Columns::Unknown => {
                let (line, _) = index.line_col((offset as usize).min(source.len()));
                (line, 0)
            }
        };
        let (lineno, offset) = position(self.span.start);
        let (end_lineno, end_offset) = position(self.span.end);
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
