//! Parse failures as CPython 3.11 reports them. lalrpop tells which token
//! it did not expect and what it expected instead; together with the
//! tokens read so far (kept by [`TokenRecorder`]) that is enough to give
//! CPython's class, message and position for the common cases. Block and
//! indentation errors are in `blocks`, the hints CPython adds to "invalid
//! syntax" ("Perhaps you forgot a comma?", ...) in `hints`, mistakes in
//! the items inside brackets (dictionary entries, parameters) in `items`.

mod blocks;
mod hints;
mod items;

use super::TokenResult;
use crate::ast::Span;
use crate::token::Tok;
use crate::SyntaxError;
use lalrpop_util::ParseError;

/// A token with its byte range.
type Token<'src> = (usize, Tok<'src>, usize);

/// Passes tokens on to the parser and keeps a copy of each, so that an
/// error can be explained from what came before it.
pub struct TokenRecorder<'src, I> {
    inner: I,
    history: Vec<Token<'src>>,
    /// A lexer error met while reading on past a parse error.
    lexer_error: Option<SyntaxError>,
    /// Whether the lexer failed while the parser was reading.
    lexer_failed: bool,
    /// Where the last token read (by the parser or to explain its error)
    /// starts.
    last_read: usize,
}

impl<'src, I: Iterator<Item = TokenResult<'src>>> TokenRecorder<'src, I> {
    pub fn new(inner: I) -> Self {
        TokenRecorder {
            inner,
            history: Vec::new(),
            lexer_error: None,
            lexer_failed: false,
            last_read: 0,
        }
    }

    /// The next token the parser has not read, if the lexer gives one
    /// (a lexer error is kept for [`TokenRecorder::rest_error`]).
    fn next_unread(&mut self) -> Option<Token<'src>> {
        if self.lexer_error.is_some() {
            return None;
        }
        match self.inner.next()? {
            Ok(token) => {
                self.last_read = token.0;
                Some(token)
            }
            Err(err) => {
                self.lexer_error = Some(err);
                None
            }
        }
    }

    /// The lexer error that replaces a syntax error found by the parser
    /// (starting at `error_at`), as in CPython: one met while reading on to
    /// explain the error, or one further in the input that
    /// [`crate::lexer::reported_past_parser_error`] lets through. A stray
    /// character is a token to CPython's tokenizer, so the search goes on
    /// past one.
    fn rest_error(&mut self, source: &str, error_at: usize) -> Option<SyntaxError> {
        match self.lexer_error.take() {
            Some(err) if !is_stray_character(&err) => return Some(err),
            _ => {}
        }
        let last_read = self.last_read.max(error_at);
        while self.next_unread().is_some() {}
        self.lexer_error
            .take()
            .filter(|err| crate::lexer::reported_past_parser_error(err, source, last_read))
    }
}

impl<'src, I: Iterator<Item = TokenResult<'src>>> Iterator for TokenRecorder<'src, I> {
    type Item = TokenResult<'src>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.inner.next()?;
        match &item {
            Ok(token) => {
                self.last_read = token.0;
                self.history.push(*token);
            }
            Err(_) => self.lexer_failed = true,
        }
        Some(item)
    }
}

/// Whether a lexer error is the one for a stray ASCII character (`$`,
/// `?`, `!`, a backquote), after which the lexer goes on.
fn is_stray_character(err: &SyntaxError) -> bool {
    err.msg == "invalid syntax"
}

type LalrpopError<'src> = ParseError<usize, Tok<'src>, SyntaxError>;

/// Turns a lalrpop failure into CPython's error. Unless the lexer itself
/// failed or the error is an unexpected indent, a lexer error later in the
/// input is reported instead, as CPython does. The parser's own errors
/// count their columns in bytes, as CPython's do.
pub fn to_syntax_error<'src, I: Iterator<Item = TokenResult<'src>>>(
    err: LalrpopError<'src>,
    source: &str,
    tokens: &mut TokenRecorder<'src, I>,
) -> SyntaxError {
    let unexpected_indent = matches!(
        err,
        ParseError::UnrecognizedToken {
            token: (_, Tok::Indent, _),
            ..
        }
    );
    let error = parser_error(err, source, tokens);
    // A stray character (`$`, `?`, ...) reaches CPython's parser as a
    // token, so its "invalid syntax" is a parser error.
    if tokens.lexer_failed && !is_stray_character(&error) {
        // The lexer's own error, passed through by the parser.
        return error;
    }
    // CPython counts the columns of the parser's errors in bytes.
    let error = error.in_byte_columns();
    if unexpected_indent {
        return error;
    }
    let error_at = error.span.start as usize;
    tokens.rest_error(source, error_at).unwrap_or(error)
}

fn parser_error<'src, I: Iterator<Item = TokenResult<'src>>>(
    err: LalrpopError<'src>,
    source: &str,
    tokens: &mut TokenRecorder<'src, I>,
) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", Span::new(location, location))
        }
        ParseError::ExtraToken { token: (l, _, r) } => {
            SyntaxError::new("invalid syntax", Span::new(l, r))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            unexpected_token(source, tokens, (location, None, location), &expected)
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => unexpected_token(source, tokens, (l, Some(tok), r), &expected),
    }
}

fn unexpected_token<'src, I: Iterator<Item = TokenResult<'src>>>(
    source: &str,
    tokens: &mut TokenRecorder<'src, I>,
    (l, tok, r): (usize, Option<Tok<'src>>, usize),
    expected: &[String],
) -> SyntaxError {
    let (l, r) = match tok {
        Some(Tok::Newline) => {
            let prev_end = tokens.history.iter().rev().nth(1).map_or(0, |t| t.2);
            let span = newline_span(source, prev_end, l);
            (span.start as usize, span.end as usize)
        }
        _ => (l, r),
    };
    // The history ends with the unexpected token itself (unless at EOF).
    let before: Vec<Token<'src>> = match tok {
        Some(_) => tokens
            .history
            .split_last()
            .map_or(Vec::new(), |(_, rest)| rest.to_vec()),
        None => tokens.history.clone(),
    };
    if let Some(err) = blocks::block_error(source, &before, (l, tok, r), expected) {
        return err;
    }
    if let Some(tok) = tok {
        if let Some(err) = hints::hinted_error(source, tokens, &before, (l, tok, r), expected) {
            return err;
        }
    }
    // CPython's generic error at a DEDENT names the unindent.
    if tok == Some(Tok::Dedent) {
        return SyntaxError::indentation("unexpected unindent", Span::new(l, l)).without_column();
    }
    SyntaxError::new("invalid syntax", Span::new(l, r))
}

/// Where CPython's NEWLINE token at `newline` is, the token before it
/// ending at `prev_end`: the line end as a place, or the comment before
/// it, which the token covers.
fn newline_span(source: &str, prev_end: usize, newline: usize) -> Span {
    let comment = source
        .get(prev_end..newline)
        .and_then(|gap| gap.find('#'))
        .map(|hash| prev_end + hash);
    Span::new(comment.unwrap_or(newline), newline)
}

/// The tokens of the logical line the last of `before` is on (from just
/// after the previous NEWLINE, INDENT or DEDENT).
fn current_line<'a, 'src>(before: &'a [Token<'src>]) -> &'a [Token<'src>] {
    let start = before
        .iter()
        .rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent))
        .map_or(0, |i| i + 1);
    before.get(start..).unwrap_or(&[])
}
