//! String literals: finding the closing quote of a single- or
//! triple-quoted string (a backslash escapes the next character, line
//! breaks included) and CPython's errors for unterminated ones. Escapes
//! are decoded later, by `literal`.

use super::line_number_at;
use crate::ast::Span;
use crate::SyntaxError;

/// Where the string starting at byte `start` ends; `body_start` is just
/// after its first quote (logos matched the prefix and that quote).
pub(super) fn scan_string(
    source: &str,
    start: usize,
    body_start: usize,
) -> Result<usize, SyntaxError> {
    let bytes = source.as_bytes();
    let Some(&quote) = body_start.checked_sub(1).and_then(|at| bytes.get(at)) else {
        return Ok(body_start);
    };
    let is_triple =
        bytes.get(body_start) == Some(&quote) && bytes.get(body_start + 1) == Some(&quote);
    let (mut pos, closing_len, kind) = if is_triple {
        (body_start + 2, 3, "triple-quoted ")
    } else {
        (body_start, 1, "")
    };
    loop {
        match bytes.get(pos) {
            Some(&b) if b == quote => {
                let closes = (1..closing_len).all(|ahead| bytes.get(pos + ahead) == Some(&quote));
                if closes {
                    return Ok(pos + closing_len);
                }
                pos += 1;
            }
            Some(b'\\') => {
                // The escaped character is skipped, a `\r\n` as one.
                pos += 1;
                if bytes.get(pos) == Some(&b'\r') && bytes.get(pos + 1) == Some(&b'\n') {
                    pos += 1;
                }
                if pos < bytes.len() {
                    pos += 1;
                }
            }
            Some(b'\r' | b'\n') if !is_triple => {
                return Err(unterminated(source, start, pos, kind))
            }
            Some(_) => pos += 1,
            None => {
                let last = bytes.len().saturating_sub(1);
                return Err(unterminated(source, start, last, kind));
            }
        }
    }
}

/// CPython's error for a string that runs off its line (or the file): it
/// points at the string's start and names the line where the scan stopped
/// (the line holding byte `stopped_at`).
fn unterminated(source: &str, start: usize, stopped_at: usize, kind: &str) -> SyntaxError {
    let line = line_number_at(source, stopped_at);
    SyntaxError::new(
        format!("unterminated {kind}string literal (detected at line {line})"),
        Span::new(start, start),
    )
}
