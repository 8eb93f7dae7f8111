//! String and bytes literals: prefixes, escapes, implicit concatenation
//! and f-strings.
//!
//! Adjacent literals are handled one after the other as CPython 3.11's
//! `_PyPegen_concatenate_strings` does, so that the first error found is
//! the same: each part is decoded, then checked against the first part's
//! bytes-ness, then (for an f-string) parsed.
//!
//! Errors CPython reports at "the current token" (the token after the
//! last string: escape errors, "cannot mix bytes and nonbytes literals",
//! f-string errors) get an empty span at the end of the last part; the
//! caller may widen it to the next token.

use super::escapes::{
    decode_bytes_escapes, decode_str_escapes, push_normalized, push_normalized_bytes,
};
use super::fstring::{FStringParser, PieceSink};
use super::text::PyStrBuilder;
use crate::ast::{Constant, Expr, ExprKind, Span};
use crate::SyntaxError;

/// What a literal's prefix says about it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Prefix {
    pub(crate) bytes: bool,
    pub(crate) raw: bool,
    pub(crate) fstring: bool,
}

/// One literal token split into prefix and body.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Literal<'a> {
    pub(crate) prefix: Prefix,
    /// The text between the quotes.
    pub(crate) body: &'a str,
    /// Where `body` starts in the file.
    pub(crate) body_start: usize,
}

/// Splits a string token (`rb'''...'''`) into its prefix and body.
pub(crate) fn split_literal(start: usize, text: &str) -> Literal<'_> {
    let mut prefix = Prefix::default();
    let quote_at = text.find(['\'', '"']).unwrap_or(text.len());
    for c in text[..quote_at].chars() {
        match c {
            'b' | 'B' => prefix.bytes = true,
            'r' | 'R' => prefix.raw = true,
            'f' | 'F' => prefix.fstring = true,
            _ => {}
        }
    }
    let quoted = &text[quote_at..];
    let quote_len = match quoted.as_bytes() {
        [q1, q2, q3, ..] if q1 == q2 && q2 == q3 && quoted.len() >= 6 => 3,
        _ => 1,
    };
    let body = quoted
        .get(quote_len..quoted.len().saturating_sub(quote_len))
        .unwrap_or("");
    Literal {
        prefix,
        body,
        body_start: start + quote_at + quote_len,
    }
}

/// Builds the expression for one or more adjacent string tokens, each
/// given as `(start, text as written with prefix and quotes, end)`:
/// a `Constant` (str or bytes), or a `JoinedStr` when an f-string is among
/// them. Errors are CPython's ("cannot mix bytes and nonbytes literals",
/// "bytes can only contain ASCII literal characters", f-string errors).
pub fn parse_string_literals(parts: &[(usize, &str, usize)]) -> Result<Expr, SyntaxError> {
    let start = parts.first().map_or(0, |p| p.0);
    let end = parts.last().map_or(0, |p| p.2);
    let whole = Span::new(start, end);
    let next_token = Span::new(end, end);
    let u_kind = parts.first().is_some_and(|p| p.1.starts_with('u'));
    let mut joined = PieceSink::new(whole, u_kind);
    let mut fstring_seen = false;
    let mut bytes_mode = false;
    let mut bytes_value = Vec::new();
    let mut discarded = PyStrBuilder::default();
    for (index, &(part_start, text, part_end)) in parts.iter().enumerate() {
        let literal = split_literal(part_start, text);
        let this_bytes = literal.prefix.bytes;
        if this_bytes {
            if !literal.body.is_ascii() {
                return Err(SyntaxError::new(
                    "bytes can only contain ASCII literal characters",
                    Span::new(part_start, part_end),
                ));
            }
            decode_bytes(&literal, &mut bytes_value)
                .map_err(|msg| SyntaxError::new(msg, next_token))?;
        } else if !literal.prefix.fstring {
            // After a bytes part this str is an error, reported once decoded.
            let target = if bytes_mode {
                &mut discarded
            } else {
                &mut joined.pending
            };
            decode_str(&literal, target).map_err(|msg| SyntaxError::new(msg, next_token))?;
        }
        if index != 0 && bytes_mode != this_bytes {
            return Err(SyntaxError::new(
                "cannot mix bytes and nonbytes literals",
                next_token,
            ));
        }
        bytes_mode = this_bytes;
        if literal.prefix.fstring {
            fstring_seen = true;
            let parser = FStringParser {
                literal,
                part: Span::new(part_start, part_end),
                next_token,
            };
            parser.parse(&mut joined)?;
        }
    }
    let kind = if bytes_mode {
        ExprKind::Constant {
            value: Constant::Bytes(bytes_value),
            kind: None,
        }
    } else if fstring_seen {
        ExprKind::JoinedStr {
            values: joined.finish(),
        }
    } else {
        ExprKind::Constant {
            value: Constant::Str(joined.pending.finish()),
            kind: u_kind.then(|| "u".into()),
        }
    };
    Ok(Expr { span: whole, kind })
}

/// Appends the value of a str literal to `out`.
fn decode_str(literal: &Literal<'_>, out: &mut PyStrBuilder) -> Result<(), String> {
    if literal.prefix.raw {
        push_normalized(out, literal.body);
        Ok(())
    } else {
        decode_str_escapes(literal.body, out)
    }
}

/// Appends the value of an (ASCII-only) bytes literal to `out`.
fn decode_bytes(literal: &Literal<'_>, out: &mut Vec<u8>) -> Result<(), String> {
    if literal.prefix.raw {
        push_normalized_bytes(out, literal.body.as_bytes());
        Ok(())
    } else {
        decode_bytes_escapes(literal.body, out)
    }
}

#[cfg(test)]
mod tests;
