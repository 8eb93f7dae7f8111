//! Glue between the lalrpop-generated parser and the rest of the crate:
//! the entry points. The grammar's helpers live in the submodules: `nodes`
//! (node constructors), `targets` (assignment targets), `arguments` (call arguments and parameter lists), `patterns`
//! (match patterns), `wrapped` (expressions parsed as if parenthesised)
//! and `errors` (parse failures as CPython's messages).

mod arguments;
mod errors;
mod nodes;
mod patterns;
mod targets;
#[cfg(test)]
mod tests;
mod wrapped;

use crate::ast::{Expr, Module, Stmt, StmtKind};
use crate::lexer::{Lexer, Spanned};
use crate::validate::depth::{check_depth, NestingGuard};
use crate::SyntaxError;
use errors::TokenRecorder;
use wrapped::WrapMode;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    python
);

/// Parses a whole module (`exec` mode). The nesting guard and the depth
/// check keep deeply nested input from overflowing the stack (see
/// `validate::depth`); the compile-time checks are
/// `validate::check_module`, which `ast.parse` does not run.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let tokens = NestingGuard::new(Lexer::new(source));
    let mut tokens = TokenRecorder::new(tokens);
    let module = python::ModuleParser::new()
        .parse(source, &mut tokens)
        .map_err(|err| errors::to_syntax_error(err, source, &mut tokens))?;
    check_depth(module)
}

/// Parses a single expression (`eval` mode): an expression list with
/// optional surrounding whitespace and newlines.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let value = wrapped::parse_wrapped(source, 0, WrapMode::Eval)?;
    let span = value.span;
    let module = check_depth(Module {
        body: vec![Stmt {
            span,
            kind: StmtKind::Expr {
                value: Box::new(value),
            },
        }],
        type_ignores: vec![],
    })?;
    match module.body.into_iter().next().map(|stmt| stmt.kind) {
        Some(StmtKind::Expr { value }) => Ok(*value),
        _ => Err(SyntaxError::new("invalid syntax", span)),
    }
}

/// Parses the expression of an f-string replacement field. `source` is the
/// field's text (between `{` and the `!`, `:`, `=` or `}` ending it) and
/// `offset` where it starts in the whole file, so spans point into the file.
/// Like CPython 3.11, the text is parsed as if written `(source)`, the
/// parentheses standing where the field's braces are.
pub fn parse_fstring_expression(source: &str, offset: usize) -> Result<Expr, SyntaxError> {
    wrapped::parse_wrapped(source, offset, WrapMode::FString)
}

/// What the parser consumes: tokens with byte offsets, or lexer errors.
type TokenResult<'src> = Result<Spanned<'src>, SyntaxError>;
