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

use crate::ast::visit::walk_preorder;
use crate::ast::{Expr, ExprKind, Module, Pattern, PatternKind, Span, Stmt, StmtKind};
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

/// Drops `module` one node at a time, so that even a tree nested far
/// deeper than the stack allows is freed without recursion.
pub fn dismantle_module(module: Module) {
    let mut work: Vec<Owned> = module.body.into_iter().map(Owned::Stmt).collect();
    while let Some(node) = work.pop() {
        match node {
            Owned::Stmt(stmt) => take_stmt_children(stmt, &mut work),
            Owned::Expr(expr) => take_expr_children(expr, &mut work),
            Owned::Pattern(pattern) => take_pattern_children(pattern, &mut work),
        }
    }
}

/// Drops `expr` without recursion; see [`dismantle_module`].
pub fn dismantle_expr(expr: Expr) {
    dismantle_module(Module {
        body: vec![Stmt {
            span: expr.span,
            kind: StmtKind::Expr {
                value: Box::new(expr),
            },
        }],
        type_ignores: Vec::new(),
    });
}

fn exprs(work: &mut Vec<Owned>, exprs: impl IntoIterator<Item = Expr>) {
    work.extend(exprs.into_iter().map(Owned::Expr));
}

fn boxed(work: &mut Vec<Owned>, exprs: impl IntoIterator<Item = Box<Expr>>) {
    work.extend(exprs.into_iter().map(|e| Owned::Expr(*e)));
}

fn stmts(work: &mut Vec<Owned>, body: Vec<Stmt>) {
    work.extend(body.into_iter().map(Owned::Stmt));
}

fn arguments(work: &mut Vec<Owned>, args: crate::ast::Arguments) {
    exprs(work, args.defaults);
    exprs(work, args.kw_defaults.into_iter().flatten());
    let params = args
        .posonlyargs
        .into_iter()
        .chain(args.args)
        .chain(args.vararg)
        .chain(args.kwonlyargs)
        .chain(args.kwarg);
    boxed(work, params.filter_map(|param| param.annotation));
}

fn take_stmt_children(stmt: Stmt, work: &mut Vec<Owned>) {
    match stmt.kind {
        StmtKind::FunctionDef(def) | StmtKind::AsyncFunctionDef(def) => {
            let def = *def;
            exprs(work, def.decorator_list);
            arguments(work, def.args);
            exprs(work, def.returns);
            stmts(work, def.body);
        }
        StmtKind::ClassDef(class) => {
            let class = *class;
            exprs(work, class.decorator_list);
            exprs(work, class.bases);
            exprs(work, class.keywords.into_iter().map(|k| k.value));
            stmts(work, class.body);
        }
        StmtKind::Return { value } => boxed(work, value),
        StmtKind::Delete { targets } => exprs(work, targets),
        StmtKind::Assign { targets, value } => {
            exprs(work, targets);
            boxed(work, [value]);
        }
        StmtKind::AugAssign { target, value, .. } => boxed(work, [target, value]),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            boxed(work, [target, annotation]);
            boxed(work, value);
        }
        StmtKind::For(for_) | StmtKind::AsyncFor(for_) => {
            let for_ = *for_;
            exprs(work, [for_.target, for_.iter]);
            stmts(work, for_.body);
            stmts(work, for_.orelse);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            boxed(work, [test]);
            stmts(work, body);
            stmts(work, orelse);
        }
        StmtKind::With(with) | StmtKind::AsyncWith(with) => {
            let with = *with;
            for item in with.items {
                exprs(work, [item.context_expr]);
                exprs(work, item.optional_vars);
            }
            stmts(work, with.body);
        }
        StmtKind::Match { subject, cases } => {
            boxed(work, [subject]);
            for case in cases {
                work.push(Owned::Pattern(case.pattern));
                exprs(work, case.guard);
                stmts(work, case.body);
            }
        }
        StmtKind::Raise { exc, cause } => boxed(work, exc.into_iter().chain(cause)),
        StmtKind::Try(try_) | StmtKind::TryStar(try_) => {
            let try_ = *try_;
            stmts(work, try_.body);
            for handler in try_.handlers {
                exprs(work, handler.type_);
                stmts(work, handler.body);
            }
            stmts(work, try_.orelse);
            stmts(work, try_.finalbody);
        }
        StmtKind::Assert { test, msg } => boxed(work, std::iter::once(test).chain(msg)),
        StmtKind::Expr { value } => boxed(work, [value]),
        StmtKind::Import { .. }
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global { .. }
        | StmtKind::Nonlocal { .. }
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

fn take_generators(work: &mut Vec<Owned>, generators: Vec<crate::ast::Comprehension>) {
    for generator in generators {
        exprs(work, [generator.target, generator.iter]);
        exprs(work, generator.ifs);
    }
}

fn take_expr_children(expr: Expr, work: &mut Vec<Owned>) {
    match expr.kind {
        ExprKind::BoolOp { values, .. } => exprs(work, values),
        ExprKind::NamedExpr { target, value } => boxed(work, [target, value]),
        ExprKind::BinOp { left, right, .. } => boxed(work, [left, right]),
        ExprKind::UnaryOp { operand, .. } => boxed(work, [operand]),
        ExprKind::Lambda { args, body } => {
            arguments(work, *args);
            boxed(work, [body]);
        }
        ExprKind::IfExp { test, body, orelse } => boxed(work, [test, body, orelse]),
        ExprKind::Dict { keys, values } => {
            exprs(work, keys.into_iter().flatten());
            exprs(work, values);
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            exprs(work, elts)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            boxed(work, [elt]);
            take_generators(work, generators);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            boxed(work, [key, value]);
            take_generators(work, generators);
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => boxed(work, [value]),
        ExprKind::Yield { value } => boxed(work, value),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            boxed(work, [left]);
            exprs(work, comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            boxed(work, [func]);
            exprs(work, args);
            exprs(work, keywords.into_iter().map(|k| k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => boxed(work, std::iter::once(value).chain(format_spec)),
        ExprKind::JoinedStr { values } => exprs(work, values),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => boxed(work, [value]),
        ExprKind::Subscript { value, slice, .. } => boxed(work, [value, slice]),
        ExprKind::Slice { lower, upper, step } => {
            boxed(work, lower.into_iter().chain(upper).chain(step))
        }
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}

fn take_pattern_children(pattern: Pattern, work: &mut Vec<Owned>) {
    let patterns = match pattern.kind {
        PatternKind::MatchValue { value } => {
            boxed(work, [value]);
            return;
        }
        PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => return,
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => patterns,
        PatternKind::MatchMapping { keys, patterns, .. } => {
            exprs(work, keys);
            patterns
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            boxed(work, [cls]);
            patterns.into_iter().chain(kwd_patterns).collect()
        }
        PatternKind::MatchAs { pattern, .. } => pattern.into_iter().map(|p| *p).collect(),
    };
    work.extend(patterns.into_iter().map(Owned::Pattern));
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
