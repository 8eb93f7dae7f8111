//! Expressions parsed on their own, as if written in parentheses: eval
//! mode (`parse_expression`) and the fields of f-strings, which CPython
//! 3.11 parses as `(field)`. The lexer sees the parentheses, so newlines
//! inside are joined; token positions are moved to where the text really
//! is in the file.

use super::errors::{self, TokenRecorder};
use super::python;
use crate::ast::{Expr, ExprKind, Span, StmtKind};
use crate::lexer::Lexer;
use crate::validate::depth::NestingGuard;
use crate::SyntaxError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrapMode {
    Eval,
    FString,
}

/// Parses `source` as the expression statement `(source)`: the lexer sees
/// the parentheses (so newlines inside are joined) and token positions are
/// moved to where the text really is (`offset` in the file). In eval mode
/// the parentheses take no room; for an f-string field they stand where
/// the braces are.
pub fn parse_wrapped(source: &str, offset: usize, mode: WrapMode) -> Result<Expr, SyntaxError> {
    if source.trim().is_empty() {
        return Err(SyntaxError::new(
            "invalid syntax",
            Span::new(offset, offset),
        ));
    }
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
    // Where the last token of the text itself ended (not yet: past the end).
    let mut prev_end = usize::MAX;
    let wrapped_text = wrapped.as_str();
    let shifted = Lexer::new(&wrapped).map(move |item| {
        let (start, tok, end) = item.map_err(|mut err| {
            err.span = Span::new(
                place(err.span.start as usize, false),
                place(err.span.end as usize, false),
            );
            err
        })?;
        let is_close = start == close_at;
        // In eval mode a line break outside brackets ends the input.
        let line_break_before = wrapped_text
            .get(prev_end..start)
            .is_some_and(|gap| gap.contains(['\n', '\r']));
        if mode == WrapMode::Eval && depth == 1 && !is_close && line_break_before {
            return Err(SyntaxError::new(
                "invalid syntax",
                Span::new(place(start, false), place(end, false)),
            ));
        }
        if start > 0 {
            prev_end = end;
        }
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
        ) if mode == WrapMode::FString => Ok(*value),
        (
            Some(crate::ast::Stmt {
                kind: StmtKind::Expr { value },
                ..
            }),
            None,
        ) => eval_value(
            *value,
            offset + first_start,
            source.trim_start().starts_with('('),
        ),
        _ => Err(SyntaxError::new(
            "invalid syntax",
            Span::new(offset, offset + source.len()),
        )),
    }
}

/// Eval mode takes an expression list without starred items, `yield` or
/// generator expressions (unless parenthesised); `text_start` is where the
/// text starts, `opens_with_paren` whether it starts with `(`.
fn eval_value(value: Expr, text_start: usize, opens_with_paren: bool) -> Result<Expr, SyntaxError> {
    match &value.kind {
        ExprKind::GeneratorExp { .. } if !opens_with_paren => {
            Err(SyntaxError::new("invalid syntax", value.span))
        }
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
            if value.span.start as usize == text_start =>
        {
            Err(SyntaxError::new("invalid syntax", value.span))
        }
        ExprKind::Tuple { elts, .. }
            if elts
                .first()
                .is_some_and(|first| first.span.start == value.span.start) =>
        {
            match elts
                .iter()
                .find(|elt| matches!(elt.kind, ExprKind::Starred { .. }))
            {
                Some(starred) => Err(SyntaxError::new("invalid syntax", starred.span)),
                None => Ok(value),
            }
        }
        _ => Ok(value),
    }
}
