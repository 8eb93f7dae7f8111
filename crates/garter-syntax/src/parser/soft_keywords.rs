//! The soft keyword `case` inside a match block. The lexer decides `match`
//! and `case` by looking along their line, which cannot tell a one-line
//! case clause (`case 1: pass`) from a simple statement. Inside the
//! indented block of a `match` statement only case clauses may appear, so
//! there every line starting with the name `case` starts one; this
//! adapter turns such names into [`Tok::Case`] before the parser sees them.

use super::TokenResult;
use crate::token::Tok;

/// Passes tokens on, turning `case` at the start of a line directly inside
/// a match block into the keyword.
pub struct CaseKeywords<I> {
    inner: I,
    /// For each open indented block: whether it is a match block.
    blocks: Vec<bool>,
    /// Whether the next token starts a logical line.
    line_start: bool,
    /// Whether the current line started with `match`.
    match_line: bool,
    /// Whether the last line was a match header, so the next INDENT opens
    /// a match block.
    after_match_header: bool,
}

impl<I> CaseKeywords<I> {
    pub fn new(inner: I) -> Self {
        CaseKeywords {
            inner,
            blocks: Vec::new(),
            line_start: true,
            match_line: false,
            after_match_header: false,
        }
    }
}

impl<'src, I: Iterator<Item = TokenResult<'src>>> Iterator for CaseKeywords<I> {
    type Item = TokenResult<'src>;

    fn next(&mut self) -> Option<Self::Item> {
        let (l, mut tok, r) = match self.inner.next()? {
            Ok(token) => token,
            Err(err) => return Some(Err(err)),
        };
        match tok {
            Tok::Newline => {
                self.after_match_header = self.match_line;
                self.match_line = false;
                self.line_start = true;
            }
            Tok::Indent => {
                self.blocks.push(self.after_match_header);
                self.after_match_header = false;
                self.line_start = true;
            }
            Tok::Dedent => {
                self.blocks.pop();
                self.line_start = true;
            }
            _ => {
                if self.line_start {
                    self.after_match_header = false;
                    self.match_line = tok == Tok::Match;
                    if tok == Tok::Name("case") && self.blocks.last() == Some(&true) {
                        tok = Tok::Case;
                    }
                }
                self.line_start = false;
            }
        }
        Some(Ok((l, tok, r)))
    }
}
