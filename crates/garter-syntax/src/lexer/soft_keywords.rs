//! The soft keywords and the with-items `(`: whether `match` at the start
//! of a line is the keyword (a look along the line), whether `case` is
//! (where the line starts: directly inside a match block), and whether a
//! `(` after `with` opens parenthesised with-items (a look up to its `)`).
//!
//! Each look is bounded by the logical line it starts on, and is only
//! made at the start of a logical line, so lexing stays linear.

use super::indentation::IndentChange;
use crate::token::Tok;

type Scanner<'src> = logos::Lexer<'src, Tok<'src>>;

/// Which open indented blocks are the blocks of match statements, so that
/// `case` can be decided where a line starts: directly inside a match
/// block only case clauses may appear, so there every line starting with
/// the name `case` starts one (`case 1: pass` included), and anywhere else
/// `case` is a name.
#[derive(Debug, Clone, Default)]
pub(super) struct MatchBlocks {
    /// For each open indented block, innermost last: whether it is a
    /// match block.
    open: Vec<bool>,
    /// The current logical line is a match statement's header.
    header_line: bool,
    /// The last logical line was a match statement's header, so an
    /// INDENT now opens its block.
    after_header: bool,
}

impl MatchBlocks {
    /// Notes the first token of a logical line.
    pub(super) fn line_starts_with(&mut self, tok: Tok<'_>) {
        self.header_line = tok == Tok::Match;
    }

    /// Notes the end of a logical line.
    pub(super) fn line_ended(&mut self) {
        self.after_header = std::mem::take(&mut self.header_line);
    }

    /// Follows the indentation of a new logical line.
    pub(super) fn line_indented(&mut self, change: IndentChange) {
        let after_header = std::mem::take(&mut self.after_header);
        match change {
            IndentChange::Same => {}
            IndentChange::Indent => self.open.push(after_header),
            IndentChange::Dedent(count) => {
                self.open.truncate(self.open.len().saturating_sub(count));
            }
        }
    }

    /// Whether the current line starts directly inside a match block.
    pub(super) fn directly_inside(&self) -> bool {
        self.open.last() == Some(&true)
    }
}

/// Whether a line starting with `match` is a match statement. `scanner` is
/// positioned just after the word.
///
/// Such a line is a compound statement header exactly when the logical
/// line ends with a `:` outside brackets: no simple statement starting
/// with a name can end that way. A `:` or `=` right after the word is the
/// name annotated or assigned (`match: int = 1`) and decides at once.
pub(super) fn starts_match_statement(mut scanner: Scanner<'_>) -> bool {
    let mut depth = 0usize;
    let mut last = None;
    while let Some(Ok(tok)) = scanner.next() {
        match tok {
            Tok::Newline if depth == 0 => break,
            Tok::Newline => continue,
            Tok::Colon | Tok::Equal if last.is_none() => return false,
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => match depth.checked_sub(1) {
                Some(outer) => depth = outer,
                None => return false,
            },
            _ => {}
        }
        last = Some(tok);
    }
    depth == 0 && last == Some(Tok::Colon)
}

/// Whether the `(` right after `with` opens parenthesised with-items
/// (`with (a as b, c):`) rather than an expression (`with (a, b) as c:`).
/// `scanner` is positioned just after the `(`.
///
/// It does when its matching `)` is followed by `:`, the parentheses are
/// not empty, and nothing inside them at the top level rules the items
/// form out: `yield`, `:=`, a comprehension's `for` or a starred item are
/// not allowed in with-items, so CPython's parser reads those as a
/// parenthesised expression.
pub(super) fn opens_with_items(mut scanner: Scanner<'_>) -> bool {
    let mut depth = 1usize;
    let mut empty = true;
    let mut item_start = true;
    loop {
        let Some(Ok(tok)) = scanner.next() else {
            return false;
        };
        let top_level = depth == 1;
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Tok::Newline => continue,
            Tok::Yield | Tok::ColonEqual | Tok::For if top_level => return false,
            Tok::Star if top_level && item_start => return false,
            _ => {}
        }
        empty = false;
        item_start = top_level && tok == Tok::Comma;
    }
    !empty && matches!(scanner.next(), Some(Ok(Tok::Colon)))
}
