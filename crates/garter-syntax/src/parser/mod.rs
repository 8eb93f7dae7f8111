//! Glue between the lalrpop-generated parser and the rest of the crate:
//! the entry points. The grammar's helpers live in the submodules: `nodes`
//! (node constructors), `depth` (the nesting limit), `targets` (assignment
//! targets), `arguments` (call arguments and parameter lists), `patterns`
//! (match patterns), `soft_keywords` (`case` inside match blocks) and
//! `errors` (parse failures as CPython's messages).

mod arguments;
mod depth;
mod errors;
mod nodes;
mod patterns;
mod soft_keywords;
mod targets;
#[cfg(test)]
mod tests;

use crate::ast::{Expr, Module, Span, StmtKind};
use crate::lexer::{Lexer, Spanned};
use crate::validate::depth::{check_depth, NestingGuard};
use crate::SyntaxError;
use errors::TokenRecorder;
use soft_keywords::CaseKeywords;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    python
);

/// Parses a whole module (`exec` mode). Expressions are kept from nesting
/// too deeply while they are built (`depth`); the nesting guard and the
/// depth check of `validate::depth` bound the rest of the tree. The
/// compile-time checks are `validate::check_module`, which `ast.parse`
/// does not run.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let module = depth::with_limit(0, || {
        let tokens = NestingGuard::new(CaseKeywords::new(Lexer::new(source)));
        let mut tokens = TokenRecorder::new(tokens);
        python::ModuleParser::new()
            .parse(source, &mut tokens)
            .map_err(|err| errors::to_syntax_error(err, source, &mut tokens))
    })?;
    check_depth(module)
}

/// Parses a single expression (`eval` mode): an expression list with
/// optional surrounding whitespace and newlines.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let value = depth::with_limit(0, || parse_wrapped(source, 0, WrapMode::Eval))?;
    match &value.kind {
        crate::ast::ExprKind::Yield { .. } | crate::ast::ExprKind::YieldFrom { .. } => {
            Err(SyntaxError::new("invalid syntax", value.span))
        }
        _ => Ok(value),
    }
}

/// Parses the expression of an f-string replacement field. `source` is the
/// field's text (between `{` and the `!`, `:`, `=` or `}` ending it) and
/// `offset` where it starts in the whole file, so spans point into the file.
/// Like CPython 3.11, the text is parsed as if written `(source)`, the
/// parentheses standing where the field's braces are.
pub fn parse_fstring_expression(source: &str, offset: usize) -> Result<Expr, SyntaxError> {
    depth::with_limit(offset, || parse_wrapped(source, offset, WrapMode::FString))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WrapMode {
    Eval,
    FString,
}

/// Parses `source` as the expression statement `(source)`: the lexer sees
/// the parentheses (so newlines inside are joined) and token positions are
/// moved to where the text really is (`offset` in the file). In eval mode
/// the parentheses take no room; for an f-string field they stand where
/// the braces are.
fn parse_wrapped(source: &str, offset: usize, mode: WrapMode) -> Result<Expr, SyntaxError> {
    let wrapped = format!("({source}\n)");
    let close_at = wrapped.len() - 1;
    let first_start = source.len() - source.trim_start().len();
    let last_end = source.trim_end().len();
    let place = move |pos: usize, is_close: bool| -> usize {
        if is_close {
            return match mode {
                WrapMode::Eval => offset + last_end,
                WrapMode::FString => offset + source.len(),
            };
        }
        match (pos, mode) {
            (0, WrapMode::Eval) => offset + first_start,
            (0, WrapMode::FString) => offset.saturating_sub(1),
            _ => (offset + pos).saturating_sub(1),
        }
    };
    let mut depth: usize = 0;
    let shifted = Lexer::new(&wrapped).map(move |item| {
        let (start, tok, end) = item.map_err(|mut err| {
            err.span = Span::new(
                place(err.span.start as usize, false),
                place(err.span.end as usize, false),
            );
            err
        })?;
        let is_close = start == close_at;
        match tok {
            crate::token::Tok::LPar | crate::token::Tok::LSqb | crate::token::Tok::LBrace => {
                depth += 1
            }
            crate::token::Tok::RPar | crate::token::Tok::RSqb | crate::token::Tok::RBrace => {
                depth = depth.saturating_sub(1);
                if depth == 0 && !is_close {
                    return Err(SyntaxError::new(
                        "unmatched ')'",
                        Span::new(place(start, false), place(end, false)),
                    ));
                }
            }
            _ => {}
        }
        let (start, end) = if is_close {
            let at = place(start, true);
            match mode {
                WrapMode::Eval => (at, at),
                WrapMode::FString => (at, at + 1),
            }
        } else if start == 0 && mode == WrapMode::Eval {
            let at = place(0, false);
            (at, at)
        } else {
            (place(start, false), place(end, false))
        };
        Ok((start, tok, end))
    });
    let mut tokens = TokenRecorder::new(NestingGuard::new(shifted));
    let module = python::ModuleParser::new()
        .parse(&wrapped, &mut tokens)
        .map_err(|err| errors::to_syntax_error(err, &wrapped, &mut tokens))?;
    let mut body = module.body.into_iter();
    match (body.next(), body.next()) {
        (
            Some(crate::ast::Stmt {
                kind: StmtKind::Expr { value },
                ..
            }),
            None,
        ) => Ok(*value),
        _ => Err(SyntaxError::new(
            "invalid syntax",
            Span::new(offset, offset + source.len()),
        )),
    }
}

/// What the parser consumes: tokens with byte offsets, or lexer errors.
type TokenResult<'src> = Result<Spanned<'src>, SyntaxError>;
