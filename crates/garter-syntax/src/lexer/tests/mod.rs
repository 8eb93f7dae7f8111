//! Unit tests for the lexer: token streams, indentation, soft keywords
//! and every tokenizer error with CPython's message and position.

mod errors;
mod layout;
mod literals;
mod robustness;
mod source;

use super::Lexer;
use crate::token::Tok;
use crate::{LineIndex, SyntaxError, SyntaxErrorKind};

/// The tokens of `source` written compactly: names, numbers and strings
/// as their text, the rest by variant name.
fn tokens(source: &str) -> Vec<String> {
    Lexer::new(source)
        .map(|item| match item {
            Ok((_, tok, _)) => describe(tok),
            Err(error) => format!("error: {}", error.msg),
        })
        .collect()
}

fn describe(tok: Tok<'_>) -> String {
    match tok {
        Tok::Name(text) => format!("Name({text})"),
        Tok::Int(text) => format!("Int({text})"),
        Tok::Float(text) => format!("Float({text})"),
        Tok::Imag(text) => format!("Imag({text})"),
        Tok::String(text) => format!("String({text})"),
        other => format!("{other:?}"),
    }
}

/// The first error lexing `source` gives: class, message, and CPython's
/// (lineno, offset).
fn error(source: &str) -> (SyntaxErrorKind, String, usize, usize) {
    let error: SyntaxError = Lexer::new(source)
        .find_map(Result::err)
        .unwrap_or_else(|| panic!("no error lexing {source:?}"));
    let location = error.location(&LineIndex::new(source), source);
    (error.kind, error.msg, location.lineno, location.offset)
}

fn syntax(msg: &str, lineno: usize, offset: usize) -> (SyntaxErrorKind, String, usize, usize) {
    (SyntaxErrorKind::SyntaxError, msg.to_owned(), lineno, offset)
}
