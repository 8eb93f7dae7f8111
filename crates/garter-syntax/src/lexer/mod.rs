//! The lexer: runs the logos scanner over [`Tok`] and adds what Python's
//! tokenizer adds on top: NEWLINE/INDENT/DEDENT, implicit line joining
//! inside brackets, soft keywords, the parenthesised with-items `(`, and
//! the tokenizer's syntax errors.
//!
//! Submodules: `scan` (logos callbacks) with `names`, `numbers` and
//! `strings`; `indentation` (line starts and the indent stack); `brackets`;
//! `soft_keywords` (match blocks and bounded look-ahead decisions);
//! `source` (bytes to text) with the generated `codec_tables`.

mod brackets;
mod codec_tables;
mod indentation;
mod names;
mod numbers;
pub(crate) mod scan;
mod soft_keywords;
mod source;
mod strings;
#[cfg(test)]
mod tests;

pub use names::normalize_identifier;
pub use scan::ScanError;
pub use source::decode_source;

use crate::ast::Span;
use crate::token::Tok;
use crate::{SyntaxError, SyntaxErrorKind};
use brackets::BracketStack;
use indentation::{IndentChange, IndentStack, LineStart};
use logos::Logos;
use soft_keywords::MatchBlocks;

/// A token with its byte range, as the lalrpop parser consumes it.
pub type Spanned<'src> = (usize, Tok<'src>, usize);

/// Where the lexer is within a logical line, for the decisions that only
/// apply to a statement's first tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LinePosition {
    /// No token of the logical line yet.
    Start,
    /// After an `async` that starts the line.
    AfterAsync,
    /// After a `with` that starts the line (possibly after `async`).
    AfterWith,
    /// Anywhere else.
    Within,
}

/// Python's tokenizer over one source text.
///
/// Yields tokens with byte ranges. After an error it yields nothing more,
/// except after the error for a stray ASCII character (`$`, `?`, `!`, a
/// backquote): CPython's tokenizer passes those to its parser, so lexing
/// goes on after them (see [`Lexer::stray_character_error`]).
#[derive(Clone)]
pub struct Lexer<'src> {
    source: &'src str,
    scanner: logos::Lexer<'src, Tok<'src>>,
    indents: IndentStack,
    brackets: BracketStack,
    match_blocks: MatchBlocks,
    /// DEDENTs still to emit, and where (the next line's first token).
    pending_dedents: usize,
    pending_indent: bool,
    pending_at: usize,
    /// A logical line has ended: indentation is measured next.
    at_line_start: bool,
    /// The current logical line has produced a token (so it needs a NEWLINE).
    line_has_tokens: bool,
    position: LinePosition,
    /// The last error was a stray character (`$`, `?`): CPython hands
    /// those to its parser as tokens, so lexing may go on after them.
    stray_character: bool,
    /// The first error past a stray character that is not one itself,
    /// once looked for.
    error_past_stray: Option<Option<SyntaxError>>,
    finished: bool,
}

impl<'src> Lexer<'src> {
    pub fn new(source: &'src str) -> Lexer<'src> {
        Lexer {
            source,
            scanner: Tok::lexer(source),
            indents: IndentStack::new(),
            brackets: BracketStack::default(),
            match_blocks: MatchBlocks::default(),
            pending_dedents: 0,
            pending_indent: false,
            pending_at: 0,
            at_line_start: true,
            line_has_tokens: false,
            position: LinePosition::Start,
            stray_character: false,
            error_past_stray: None,
            finished: false,
        }
    }

    fn next_token(&mut self) -> Option<Result<Spanned<'src>, SyntaxError>> {
        if self.at_line_start {
            self.at_line_start = false;
            if let Err(error) = self.start_line() {
                return Some(Err(error));
            }
        }
        if self.pending_dedents > 0 {
            self.pending_dedents -= 1;
            return Some(Ok((self.pending_at, Tok::Dedent, self.pending_at)));
        }
        if self.pending_indent {
            // An INDENT spans the last character of the indentation, where
            // CPython reports an unexpected indent.
            self.pending_indent = false;
            let indentation_end = self.pending_at.saturating_sub(1);
            return Some(Ok((indentation_end, Tok::Indent, self.pending_at)));
        }
        loop {
            let Some(scanned) = self.scanner.next() else {
                return self.end_of_input();
            };
            let span = self.scanner.span();
            let tok = match scanned {
                Ok(tok) => tok,
                Err(error) => return Some(Err(self.scan_error(error, span.start))),
            };
            if tok == Tok::Newline {
                if !self.brackets.is_empty() || !self.line_has_tokens {
                    continue;
                }
                self.end_line();
                return Some(Ok((span.start, Tok::Newline, span.end)));
            }
            return Some(self.token(tok, span.start, span.end));
        }
    }

    /// Measures the indentation of the next line with code and queues the
    /// INDENT or DEDENTs it makes; at the end of input, queues the DEDENTs
    /// closing every open block.
    fn start_line(&mut self) -> Result<(), SyntaxError> {
        let pos = self.scanner.span().end;
        match indentation::scan_line_start(self.source, pos)? {
            LineStart::EndOfInput => {
                self.pending_dedents = self.indents.close_all();
                self.match_blocks
                    .line_indented(IndentChange::Dedent(self.pending_dedents));
                self.pending_at = self.source.len();
                self.scanner.bump(self.source.len() - pos);
            }
            LineStart::Code {
                column,
                alt_column,
                line_start,
                first_token,
            } => {
                let change =
                    self.indents
                        .apply(self.source, column, alt_column, line_start, first_token)?;
                self.match_blocks.line_indented(change);
                match change {
                    IndentChange::Same => {}
                    IndentChange::Indent => self.pending_indent = true,
                    IndentChange::Dedent(count) => self.pending_dedents = count,
                }
                self.pending_at = first_token;
                self.scanner.bump(first_token - pos);
            }
        }
        Ok(())
    }

    fn end_line(&mut self) {
        self.at_line_start = true;
        self.line_has_tokens = false;
        self.position = LinePosition::Start;
        self.match_blocks.line_ended();
    }

    /// At the end of input: the error for an unclosed bracket, or the
    /// NEWLINE a last line without line break still needs.
    fn end_of_input(&mut self) -> Option<Result<Spanned<'src>, SyntaxError>> {
        if let Some(error) = self.brackets.never_closed() {
            return Some(Err(error));
        }
        if !self.line_has_tokens {
            return None;
        }
        self.end_line();
        let end = self.source.len();
        Some(Ok((end, Tok::Newline, end)))
    }

    /// Finishes a token from the scanner: bracket bookkeeping, soft
    /// keywords, the with-items `(`, number kinds.
    fn token(
        &mut self,
        tok: Tok<'src>,
        start: usize,
        end: usize,
    ) -> Result<Spanned<'src>, SyntaxError> {
        self.line_has_tokens = true;
        let position = self.position;
        self.position = match (position, tok) {
            (LinePosition::Start, Tok::Async) => LinePosition::AfterAsync,
            (LinePosition::Start | LinePosition::AfterAsync, Tok::With) => LinePosition::AfterWith,
            _ => LinePosition::Within,
        };
        let tok = match tok {
            Tok::LPar => {
                self.brackets.open(b'(', start)?;
                if position == LinePosition::AfterWith
                    && soft_keywords::opens_with_items(self.scanner.clone())
                {
                    Tok::LParWith
                } else {
                    Tok::LPar
                }
            }
            Tok::LSqb => {
                self.brackets.open(b'[', start)?;
                tok
            }
            Tok::LBrace => {
                self.brackets.open(b'{', start)?;
                tok
            }
            Tok::RPar => {
                self.brackets.close(self.source, b')', start)?;
                tok
            }
            Tok::RSqb => {
                self.brackets.close(self.source, b']', start)?;
                tok
            }
            Tok::RBrace => {
                self.brackets.close(self.source, b'}', start)?;
                tok
            }
            Tok::Name("match")
                if position == LinePosition::Start
                    && soft_keywords::starts_match_statement(self.scanner.clone()) =>
            {
                Tok::Match
            }
            Tok::Name("case")
                if position == LinePosition::Start && self.match_blocks.directly_inside() =>
            {
                Tok::Case
            }
            Tok::Int(text) => numbers::classify_number(text),
            _ => tok,
        };
        if position == LinePosition::Start {
            self.match_blocks.line_starts_with(tok);
        }
        Ok((start, tok, end))
    }

    /// The error for a stray character at byte `at`. CPython's parser
    /// rejects it ("invalid syntax"), then tokenizes the rest of the input
    /// and may report an error found there instead (see
    /// [`reported_past_parser_error`]). The rest is lexed once, however
    /// many stray characters there are.
    fn stray_character_error(&mut self, at: usize) -> SyntaxError {
        let past = match &self.error_past_stray {
            Some(found) => found.clone(),
            None => {
                let mut rest = self.clone();
                rest.error_past_stray = Some(None);
                rest.stray_character = false;
                let found = rest.first_error_past_stray();
                self.error_past_stray = Some(found.clone());
                found
            }
        };
        past.filter(|error| reported_past_parser_error(error, self.source, at))
            .unwrap_or_else(|| SyntaxError::new("invalid syntax", Span::new(at, at + 1)))
    }

    /// Lexes on to the first error that is not a stray character's.
    fn first_error_past_stray(mut self) -> Option<SyntaxError> {
        loop {
            match self.next_token()? {
                Ok(_) => {}
                Err(_) if std::mem::take(&mut self.stray_character) => {}
                Err(error) => return Some(error),
            }
        }
    }

    /// Words an error the scanner stopped with at byte `at`.
    fn scan_error(&mut self, error: ScanError, at: usize) -> SyntaxError {
        match error {
            ScanError::Syntax(error) => *error,
            ScanError::ContinuationAtEnd(after) => {
                self.brackets.never_closed().unwrap_or_else(|| {
                    SyntaxError::new("unexpected EOF while parsing", Span::new(after, after))
                })
            }
            ScanError::Unrecognized => {
                let ch = self
                    .source
                    .get(at..)
                    .and_then(|rest| rest.chars().next())
                    .unwrap_or_default();
                if ch == '\0' {
                    SyntaxError::new(
                        "source code string cannot contain null bytes",
                        Span::default(),
                    )
                } else if ch.is_ascii_graphic() {
                    self.stray_character = true;
                    self.line_has_tokens = true;
                    self.position = LinePosition::Within;
                    self.stray_character_error(at)
                } else {
                    names::invalid_character(ch, at)
                }
            }
        }
    }
}

/// Whether CPython reports `error`, met by its tokenizer past a parser
/// error whose last token read starts at byte `last_read`, instead of the
/// parser's error. After a parser error CPython tokenizes the rest of the
/// input and reports the first error there that its tokenizer raises as
/// an exception: not an indentation error nor a misplaced backslash
/// (those reach its parser as codes), not a stray character (its parser
/// rejects those), and an unclosed bracket only when opened on an earlier
/// line than `last_read`.
pub(crate) fn reported_past_parser_error(
    error: &SyntaxError,
    source: &str,
    last_read: usize,
) -> bool {
    let reported_only_when_reached = [
        "unexpected character after line continuation character",
        "unexpected EOF while parsing",
        "invalid syntax",
    ];
    let unclosed_earlier = source
        .get(error.span.start as usize..last_read)
        .is_some_and(|between| between.contains(['\n', '\r']));
    error.kind == SyntaxErrorKind::SyntaxError
        && !reported_only_when_reached.contains(&error.msg.as_str())
        && (!error.msg.ends_with("was never closed") || unclosed_earlier)
}

/// The 1-based number of the line holding byte `offset`; `\n`, `\r\n` and
/// a lone `\r` each end a line. Only used for error messages.
fn line_number_at(source: &str, offset: usize) -> usize {
    let bytes = source.as_bytes();
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line_feeds = before.iter().filter(|&&b| b == b'\n').count();
    let lone_returns = before
        .iter()
        .enumerate()
        .filter(|&(at, &b)| b == b'\r' && bytes.get(at + 1) != Some(&b'\n'))
        .count();
    1 + line_feeds + lone_returns
}

impl<'src> Iterator for Lexer<'src> {
    type Item = Result<Spanned<'src>, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        let item = self.next_token();
        let stray_character = std::mem::take(&mut self.stray_character);
        if !matches!(item, Some(Ok(_))) && !stray_character {
            self.finished = true;
        }
        item
    }
}
