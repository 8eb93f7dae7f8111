//! The start of each logical line: skipping blank and comment-only lines,
//! measuring indentation the way CPython does (tabs to the next multiple
//! of 8, checked against a tab size of 1 for `TabError`), and the stack of
//! open indentation levels that yields INDENT and DEDENT.

use super::scan::line_break_len;
use crate::ast::Span;
use crate::SyntaxError;

/// CPython's limit on nested indentation levels (`MAXINDENT`).
const MAX_INDENT_LEVELS: usize = 100;
const TAB_SIZE: usize = 8;

/// What a logical line starts with, once blank lines are skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LineStart {
    /// A line with code: its indentation (with tabs of 8 and of 1), where
    /// its physical line begins and where its first token starts.
    Code {
        column: usize,
        alt_column: usize,
        line_start: usize,
        first_token: usize,
    },
    /// Only blank lines and comments remain.
    EndOfInput,
}

/// Skips blank and comment-only lines from byte `pos` (a line start) and
/// measures the indentation of the next line with code.
pub(super) fn scan_line_start(source: &str, mut pos: usize) -> Result<LineStart, SyntaxError> {
    let bytes = source.as_bytes();
    loop {
        let line_start = pos;
        let mut column = 0;
        let mut alt_column = 0;
        let mut continued_at: Option<usize> = None;
        loop {
            match bytes.get(pos) {
                Some(b' ') => {
                    column += 1;
                    alt_column += 1;
                }
                Some(b'\t') => {
                    column = (column / TAB_SIZE + 1) * TAB_SIZE;
                    alt_column += 1;
                }
                Some(b'\x0c') => {
                    column = 0;
                    alt_column = 0;
                }
                Some(b'\\') => {
                    // The first backslash decides the indentation of the
                    // line it continues into.
                    continued_at.get_or_insert(column);
                    let after = pos + 1;
                    let break_len = line_break_len(bytes, after);
                    if break_len == 0 && after < bytes.len() {
                        return Err(SyntaxError::new(
                            "unexpected character after line continuation character",
                            Span::new(after, after),
                        ));
                    }
                    if after + break_len >= bytes.len() {
                        return Err(SyntaxError::new(
                            "unexpected EOF while parsing",
                            Span::new(after, after),
                        ));
                    }
                    pos = after + break_len - 1;
                }
                _ => break,
            }
            pos += 1;
        }
        match bytes.get(pos) {
            None => return Ok(LineStart::EndOfInput),
            Some(b'#') => {
                while !matches!(bytes.get(pos), None | Some(b'\r' | b'\n')) {
                    pos += 1;
                }
                pos += line_break_len(bytes, pos);
            }
            Some(b'\r' | b'\n') => pos += line_break_len(bytes, pos),
            Some(_) => {
                if let Some(continued) = continued_at {
                    column = continued;
                    alt_column = continued;
                }
                let physical_line_start = source
                    .get(..pos)
                    .and_then(|before| before.rfind(['\n', '\r']))
                    .map_or(line_start, |at| (at + 1).max(line_start));
                return Ok(LineStart::Code {
                    column,
                    alt_column,
                    line_start: physical_line_start,
                    first_token: pos,
                });
            }
        }
    }
}

/// What a new line's indentation does to the stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum IndentChange {
    Same,
    Indent,
    Dedent(usize),
}

/// The open indentation levels, outermost (column 0) first, each as
/// (column with tabs of 8, column with tabs of 1).
#[derive(Debug, Clone)]
pub(super) struct IndentStack {
    levels: Vec<(usize, usize)>,
}

impl IndentStack {
    pub(super) fn new() -> IndentStack {
        IndentStack {
            levels: vec![(0, 0)],
        }
    }

    fn top(&self) -> (usize, usize) {
        self.levels.last().copied().unwrap_or((0, 0))
    }

    /// Closes every level but the outermost; returns how many closed.
    pub(super) fn close_all(&mut self) -> usize {
        let open = self.levels.len().saturating_sub(1);
        self.levels.truncate(1);
        open
    }

    /// Applies a line's indentation. `line_start` and `first_token` locate
    /// the line, for errors.
    pub(super) fn apply(
        &mut self,
        source: &str,
        column: usize,
        alt_column: usize,
        line_start: usize,
        first_token: usize,
    ) -> Result<IndentChange, SyntaxError> {
        let inconsistent = || {
            SyntaxError::tab(
                "inconsistent use of tabs and spaces in indentation",
                Span::new(line_start, line_start),
            )
        };
        let (top_column, top_alt) = self.top();
        if column == top_column {
            if alt_column != top_alt {
                return Err(inconsistent());
            }
            return Ok(IndentChange::Same);
        }
        if column > top_column {
            if self.levels.len() >= MAX_INDENT_LEVELS {
                return Err(SyntaxError::indentation(
                    "too many levels of indentation",
                    Span::new(line_start, line_start),
                ));
            }
            if alt_column <= top_alt {
                return Err(inconsistent());
            }
            self.levels.push((column, alt_column));
            return Ok(IndentChange::Indent);
        }
        let mut closed = 0;
        while self.levels.len() > 1 && column < self.top().0 {
            self.levels.pop();
            closed += 1;
        }
        let (top_column, top_alt) = self.top();
        if column != top_column {
            let line_end = source
                .get(first_token..)
                .and_then(|rest| rest.find(['\r', '\n']))
                .map_or(source.len(), |at| first_token + at);
            return Err(SyntaxError::indentation(
                "unindent does not match any outer indentation level",
                Span::new(line_end, line_end),
            ));
        }
        if alt_column != top_alt {
            return Err(inconsistent());
        }
        Ok(IndentChange::Dedent(closed))
    }
}
