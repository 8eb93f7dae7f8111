//! f-strings: splitting an f-string body into literal pieces and
//! replacement fields, as CPython 3.11's `fstring_find_literal` and
//! `fstring_find_expr` do, and building the `JoinedStr` parts.
//!
//! Each field's expression text is handed to
//! [`crate::parser::parse_fstring_expression`] with its byte offset in the
//! file, so the expression's spans point into the file.

mod scan;

use super::escapes::{decode_str_escapes, push_normalized};
use super::strings::Literal;
use super::text::PyStrBuilder;
use crate::ast::{Constant, Expr, ExprKind, Span};
use crate::SyntaxError;

/// The `values` of a `JoinedStr` being built: literal text waits in
/// `pending` until an expression or the end turns it into a `Constant`.
/// Empty literal text makes no `Constant`.
pub(crate) struct PieceSink {
    pub(crate) pending: PyStrBuilder,
    values: Vec<Expr>,
    /// The span and `u` kind of the `Constant`s made from `pending`.
    constant_span: Span,
    u_kind: bool,
}

impl PieceSink {
    pub(crate) fn new(constant_span: Span, u_kind: bool) -> PieceSink {
        PieceSink {
            pending: PyStrBuilder::default(),
            values: Vec::new(),
            constant_span,
            u_kind,
        }
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            self.values.push(Expr {
                span: self.constant_span,
                kind: ExprKind::Constant {
                    value: Constant::Str(self.pending.take()),
                    kind: self.u_kind.then(|| "u".into()),
                },
            });
        }
    }

    fn push_value(&mut self, value: Expr) {
        self.flush();
        self.values.push(value);
    }

    /// The finished values, the last literal text becoming a `Constant`.
    pub(crate) fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }

    /// Like [`PieceSink::finish`], but the last `Constant` gets `span` and
    /// no kind (CPython gives a format spec's trailing text the position
    /// of the f-string token holding it).
    fn finish_format_spec(mut self, span: Span) -> Vec<Expr> {
        self.constant_span = span;
        self.u_kind = false;
        self.finish()
    }
}

/// Parses one f-string token.
pub(crate) struct FStringParser<'a> {
    pub(crate) literal: Literal<'a>,
    /// The token's span: where a format spec's `JoinedStr` points.
    pub(crate) part: Span,
    /// Where errors CPython reports at the current token point.
    pub(crate) next_token: Span,
}

/// Format specs may hold fields, but those fields' specs may not.
const MAX_FIELD_DEPTH: usize = 2;

impl FStringParser<'_> {
    /// Appends the token's pieces to `sink`.
    pub(crate) fn parse(&self, sink: &mut PieceSink) -> Result<(), SyntaxError> {
        self.parse_pieces(0, 0, sink).map(|_| ())
    }

    fn body(&self) -> &[u8] {
        self.literal.body.as_bytes()
    }

    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::new(msg, self.next_token)
    }

    /// Literal pieces and fields from `pos` to the end of the body (at
    /// depth 0) or to the `}` closing a format spec (deeper); returns
    /// where it stopped.
    fn parse_pieces(
        &self,
        mut pos: usize,
        depth: usize,
        sink: &mut PieceSink,
    ) -> Result<usize, SyntaxError> {
        let body = self.body();
        loop {
            let (next, doubled_brace) = self.literal_piece(pos, depth, sink)?;
            pos = next;
            if doubled_brace {
                continue;
            }
            match body.get(pos) {
                None | Some(b'}') => break,
                Some(_) => pos = self.field(pos, depth, sink)?,
            }
        }
        if depth != 0 && body.get(pos) != Some(&b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        Ok(pos)
    }

    /// Decodes the literal text from `pos` up to a `{` or `}` into
    /// `sink.pending`. Returns where it stopped and whether it stopped
    /// after a doubled brace (whose first half it kept).
    fn literal_piece(
        &self,
        pos: usize,
        depth: usize,
        sink: &mut PieceSink,
    ) -> Result<(usize, bool), SyntaxError> {
        let body = self.body();
        let raw = self.literal.prefix.raw;
        let mut i = pos;
        let mut stop = None;
        while let Some(&c) = body.get(i) {
            i += 1;
            let mut c = c;
            if !raw && c == b'\\' && i < body.len() {
                c = body[i];
                i += 1;
                if c == b'N' {
                    // `\N{...}` braces belong to the escape.
                    if body.get(i) == Some(&b'{') {
                        i += 1;
                        while let Some(&inner) = body.get(i) {
                            i += 1;
                            if inner == b'}' {
                                break;
                            }
                        }
                    } else if i < body.len() {
                        i += 1;
                    }
                    continue;
                }
            }
            if c == b'{' || c == b'}' {
                if depth == 0 {
                    if body.get(i) == Some(&c) {
                        stop = Some((i, i + 1));
                        break;
                    }
                    if c == b'}' {
                        return Err(self.error("f-string: single '}' is not allowed"));
                    }
                }
                stop = Some((i - 1, i - 1));
                break;
            }
        }
        let (text_end, resume) = stop.unwrap_or((body.len(), body.len()));
        let text = self.literal.body.get(pos..text_end).unwrap_or("");
        if raw {
            push_normalized(&mut sink.pending, text);
        } else {
            decode_str_escapes(text, &mut sink.pending).map_err(|msg| self.error(msg))?;
        }
        Ok((resume, resume != text_end))
    }

    /// Parses the replacement field whose `{` is at `pos` and appends it
    /// (after its `expr=` text, if any); returns the index after its `}`.
    fn field(&self, pos: usize, depth: usize, sink: &mut PieceSink) -> Result<usize, SyntaxError> {
        const EXPECTING_BRACE: &str = "f-string: expecting '}'";
        if depth >= MAX_FIELD_DEPTH {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let body = self.body();
        let expr_start = pos + 1;
        let expr_end = scan::scan_expression(body, expr_start).map_err(|msg| self.error(msg))?;
        let Some(&delimiter) = body.get(expr_end) else {
            return Err(self.error(EXPECTING_BRACE));
        };
        let source = self.literal.body.get(expr_start..expr_end).unwrap_or("");
        if source
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            return Err(self.error(match delimiter {
                b'!' | b':' | b'=' => {
                    format!(
                        "f-string: expression required before '{}'",
                        delimiter as char
                    )
                }
                _ => "f-string: empty expression not allowed".to_owned(),
            }));
        }
        let value =
            crate::parser::parse_fstring_expression(source, self.literal.body_start + expr_start)
                .map_err(from_field_parser)?;
        let mut i = expr_end;
        let mut self_documenting = false;
        if delimiter == b'=' {
            i += 1;
            while body.get(i).is_some_and(|b| b" \t\n\r\x0b\x0c".contains(b)) {
                i += 1;
            }
            if i >= body.len() {
                return Err(self.error(EXPECTING_BRACE));
            }
            push_normalized(
                &mut sink.pending,
                self.literal.body.get(expr_start..i).unwrap_or(""),
            );
            self_documenting = true;
        }
        let mut conversion = -1;
        if body.get(i) == Some(&b'!') {
            let Some(&character) = body.get(i + 1) else {
                return Err(self.error(EXPECTING_BRACE));
            };
            i += 2;
            if !matches!(character, b's' | b'r' | b'a') {
                return Err(
                    self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = i32::from(character);
        }
        let mut format_spec = None;
        if body.get(i) == Some(&b':') {
            i += 1;
            if i >= body.len() {
                return Err(self.error(EXPECTING_BRACE));
            }
            let mut spec = PieceSink::new(sink.constant_span, sink.u_kind);
            i = self.parse_pieces(i, depth + 1, &mut spec)?;
            format_spec = Some(Box::new(Expr {
                span: self.part,
                kind: ExprKind::JoinedStr {
                    values: spec.finish_format_spec(self.part),
                },
            }));
        }
        if body.get(i) != Some(&b'}') {
            return Err(self.error(EXPECTING_BRACE));
        }
        if self_documenting && format_spec.is_none() && conversion == -1 {
            conversion = i32::from(b'r');
        }
        sink.push_value(Expr {
            span: sink.constant_span,
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
        });
        Ok(i + 1)
    }
}

/// Messages of the errors CPython's tokenizer raises itself; they keep
/// their text inside an f-string field.
const TOKENIZER_MESSAGES: [&str; 11] = [
    "invalid decimal literal",
    "invalid hexadecimal literal",
    "invalid octal literal",
    "invalid binary literal",
    "invalid imaginary literal",
    "invalid digit '",
    "leading zeros in decimal integer literals",
    "invalid character '",
    "invalid non-printable character",
    "source code string cannot contain null bytes",
    "unterminated ",
];

/// An error from parsing a field's expression as CPython 3.11 reports it:
/// errors raised by its parser (not its tokenizer) get an `f-string: `
/// prefix, once per level of f-string nesting.
fn from_field_parser(mut error: SyntaxError) -> SyntaxError {
    if !TOKENIZER_MESSAGES
        .iter()
        .any(|message| error.msg.starts_with(message))
    {
        error.msg.insert_str(0, "f-string: ");
    }
    error
}

#[cfg(test)]
mod expression_tests;
#[cfg(test)]
mod tests;
