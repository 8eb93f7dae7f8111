//! Keeping deeply nested input from overflowing the Rust stack.
//!
//! Two layers:
//! - [`NestingGuard`] watches the token stream before the parser sees it and
//!   stops the parse once a statement could nest deeper than
//!   [`GUARD_LIMIT`], so the parser never builds (and never drops) a tree
//!   deeper than Rust's default drop glue can handle.
//! - [`check_depth`] measures the finished tree without recursion and
//!   rejects one nested deeper than CPython 3.11 compiles
//!   ([`MAX_NESTING`]), with CPython's `RecursionError`. A rejected tree is
//!   taken apart iteratively by [`dismantle_module`].
//!
//! Every recursive walk over an accepted tree (checks, dump, evaluator) may
//! therefore assume at most [`MAX_NESTING`] nested statements, expressions
//! and patterns.

use crate::ast::visit::{walk_preorder, NodeMut};
use crate::ast::{Constant, Expr, ExprKind, Module, Pattern, PatternKind, Span, Stmt, StmtKind};
use crate::lexer::Spanned;
use crate::token::Tok;
use crate::{Columns, SyntaxError, SyntaxErrorKind};

/// The deepest nesting of statements, expressions and patterns CPython 3.11
/// compiles when a script is run: one more level and it raises
/// `RecursionError: maximum recursion depth exceeded during compilation`.
pub const MAX_NESTING: usize = 3000;

/// The message CPython gives for a tree nested deeper than [`MAX_NESTING`].
pub const RECURSION_MESSAGE: &str = "maximum recursion depth exceeded during compilation";

/// How many nesting tokens (operators, trailers, `lambda`, `not`, ...) one
/// chain of a statement may hold before the parse is stopped. Well above
/// what a tree of [`MAX_NESTING`] levels needs, well below what overflows
/// a 2 MiB stack when the parser drops a partial tree.
pub const GUARD_LIMIT: usize = 3 * MAX_NESTING;

/// The error for input nested too deeply to compile.
pub fn recursion_error() -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::RecursionError,
        msg: RECURSION_MESSAGE.to_owned(),
        span: Span::default(),
        columns: Columns::Characters,
    }
}

/// Returns `module` if no statement, expression or pattern in it is nested
/// deeper than [`MAX_NESTING`], else takes it apart without recursion and
/// returns CPython's `RecursionError`. Linear time, no recursion.
pub fn check_depth(module: Module) -> Result<Module, SyntaxError> {
    if max_nesting(&module) <= MAX_NESTING {
        Ok(module)
    } else {
        dismantle_module(module);
        Err(recursion_error())
    }
}

/// The deepest nesting level in `module`: a top-level statement is at 1,
/// each statement, expression or pattern one deeper than its parent.
pub fn max_nesting(module: &Module) -> usize {
    walk_preorder(&module.body)
        .map(|(_, depth)| depth)
        .max()
        .unwrap_or(0)
}

/// A tree node owned by [`dismantle_module`]'s work list.
enum Owned {
    Stmt(Stmt),
    Expr(Expr),
    Pattern(Pattern),
}

impl Owned {
    fn as_mut(&mut self) -> NodeMut<'_> {
        match self {
            Owned::Stmt(stmt) => NodeMut::Stmt(stmt),
            Owned::Expr(expr) => NodeMut::Expr(expr),
            Owned::Pattern(pattern) => NodeMut::Pattern(pattern),
        }
    }

    /// Moves the node `child` refers to out of the tree, leaving a leaf.
    fn take(child: NodeMut<'_>) -> Owned {
        let span = Span::default();
        match child {
            NodeMut::Stmt(stmt) => Owned::Stmt(std::mem::replace(
                stmt,
                Stmt {
                    span,
                    kind: StmtKind::Pass,
                },
            )),
            NodeMut::Expr(expr) => Owned::Expr(std::mem::replace(
                expr,
                Expr {
                    span,
                    kind: ExprKind::Constant {
                        value: Constant::None,
                        kind: None,
                    },
                },
            )),
            NodeMut::Pattern(pattern) => Owned::Pattern(std::mem::replace(
                pattern,
                Pattern {
                    span,
                    kind: PatternKind::MatchStar { name: None },
                },
            )),
        }
    }
}

/// Drops `module` one node at a time, so that even a tree nested far
/// deeper than the stack allows is freed without recursion: each node's
/// children are moved out (leaves left in their place) before it is
/// dropped.
pub fn dismantle_module(module: Module) {
    let mut work: Vec<Owned> = module.body.into_iter().map(Owned::Stmt).collect();
    while let Some(mut node) = work.pop() {
        let mut children = Vec::new();
        node.as_mut().push_children(&mut children);
        work.extend(children.into_iter().map(Owned::take));
    }
}

/// One open bracket (or `lambda` parameter list) of the statement the
/// guard is in: the nesting count when it opened, which its commas reset
/// the count to, since comma-separated items are siblings.
#[derive(Debug, Clone, Copy)]
struct Level {
    base: usize,
    /// True for a `lambda`'s parameter list, closed by its `:`.
    lambda: bool,
}

/// Wraps a token stream and ends it with [`recursion_error`] once one
/// chain of nesting tokens in a statement passes [`GUARD_LIMIT`].
///
/// The count over-approximates the depth of the tree the parser will
/// build: every construct that nests without bound (unary and binary
/// operators, `.`/`[`/`(` trailers, `lambda`, `if`/`else`, `await`,
/// comprehensions' `for`) costs a token, and comma-separated siblings do
/// not add up. So the parser never holds a tree deeper than about
/// `GUARD_LIMIT` levels, which Rust's recursive drop glue handles even on
/// a 2 MiB thread.
pub struct NestingGuard<I> {
    tokens: I,
    count: usize,
    levels: Vec<Level>,
    tripped: bool,
}

impl<I> NestingGuard<I> {
    pub fn new(tokens: I) -> NestingGuard<I> {
        NestingGuard {
            tokens,
            count: 0,
            levels: Vec::new(),
            tripped: false,
        }
    }

    fn base(&self) -> usize {
        self.levels.last().map_or(0, |level| level.base)
    }

    /// Updates the count for `tok`; true when the limit is passed.
    fn observe(&mut self, tok: &Tok<'_>) -> bool {
        match tok {
            Tok::Newline | Tok::Semi | Tok::Indent | Tok::Dedent => {
                self.count = 0;
                self.levels.clear();
            }
            Tok::Comma => self.count = self.base(),
            Tok::LPar | Tok::LParWith | Tok::LSqb | Tok::LBrace => {
                self.count += 1;
                self.levels.push(Level {
                    base: self.count,
                    lambda: false,
                });
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                while self.levels.pop().is_some_and(|level| level.lambda) {}
            }
            Tok::Lambda => {
                self.count += 1;
                self.levels.push(Level {
                    base: self.count,
                    lambda: true,
                });
            }
            Tok::Colon if self.levels.last().is_some_and(|level| level.lambda) => {
                self.levels.pop();
            }
            Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::VBar
            | Tok::Amper
            | Tok::Dot
            | Tok::Percent
            | Tok::Tilde
            | Tok::Circumflex
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::DoubleStar
            | Tok::DoubleSlash
            | Tok::At
            | Tok::Not
            | Tok::If
            | Tok::Else
            | Tok::For
            | Tok::Await
            | Tok::Yield
            | Tok::ColonEqual => self.count += 1,
            _ => {}
        }
        self.count > GUARD_LIMIT
    }
}

impl<'src, I> Iterator for NestingGuard<I>
where
    I: Iterator<Item = Result<Spanned<'src>, SyntaxError>>,
{
    type Item = Result<Spanned<'src>, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.tripped {
            return None;
        }
        let item = self.tokens.next()?;
        if let Ok((_, tok, _)) = &item {
            if self.observe(tok) {
                self.tripped = true;
                return Some(Err(recursion_error()));
            }
        }
        Some(item)
    }
}
