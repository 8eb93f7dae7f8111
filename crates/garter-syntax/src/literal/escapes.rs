//! Backslash escapes in str and bytes literal bodies, decoded exactly as
//! CPython 3.11 decodes them, with its error messages.
//!
//! Bodies are taken as written in the source; a newline written as `\r\n`
//! or `\r` reads as `\n` (CPython's tokenizer translates them first).

use super::text::PyStrBuilder;
use super::unicode_name::lookup_character;

/// Appends `text` with `\r\n` and lone `\r` turned into `\n`.
pub(crate) fn push_normalized(out: &mut PyStrBuilder, text: &str) {
    let mut rest = text;
    while let Some(cr) = rest.find('\r') {
        out.push_str(&rest[..cr]);
        out.push('\n');
        rest = &rest[cr + 1..];
        if let Some(after) = rest.strip_prefix('\n') {
            rest = after;
        }
    }
    out.push_str(rest);
}

/// Appends `bytes` with `\r\n` and lone `\r` turned into `\n`.
pub(crate) fn push_normalized_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte == b'\r' {
            out.push(b'\n');
            i = skip_newline(bytes, i);
        } else {
            out.push(byte);
            i += 1;
        }
    }
}

/// Decodes the body of a non-raw str literal into `out`. The error is the
/// complete CPython message, e.g. `(unicode error) 'unicodeescape' codec
/// can't decode bytes in position 0-2: truncated \xXX escape`.
pub(crate) fn decode_str_escapes(body: &str, out: &mut PyStrBuilder) -> Result<(), String> {
    let bytes = body.as_bytes();
    let mut copied_to = 0;
    let mut i = 0;
    while let Some(found) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| b == b'\\' || b == b'\r'))
    {
        let at = i + found;
        out.push_str(body.get(copied_to..at).unwrap_or(""));
        if bytes[at] == b'\r' {
            out.push('\n');
            i = skip_newline(bytes, at);
            copied_to = i;
            continue;
        }
        let Some(&escape) = bytes.get(at + 1) else {
            out.push('\\');
            i = at + 1;
            copied_to = i;
            break;
        };
        i = at + 2;
        match escape {
            b'\n' => {}
            b'\r' => i = skip_newline(bytes, at + 1),
            b'\\' | b'\'' | b'"' => out.push(escape as char),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let (value, end) = octal_value(bytes, at + 1);
                out.push_code_point(value);
                i = end;
            }
            b'x' | b'u' | b'U' => {
                let (count, message) = match escape {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (value, end) = hex_value(bytes, at + 2, count);
                if end - (at + 2) < count {
                    return Err(unicode_error(body, at, end, message));
                }
                if value > 0x10ffff {
                    return Err(unicode_error(body, at, end, "illegal Unicode character"));
                }
                out.push_code_point(value);
                i = end;
            }
            b'N' => i = decode_named_escape(body, at, out)?,
            _ => {
                // Unknown escape: CPython keeps the backslash (and warns).
                out.push('\\');
                i = at + 1;
            }
        }
        copied_to = i;
    }
    out.push_str(body.get(copied_to..).unwrap_or(""));
    Ok(())
}

/// The index after the newline starting at `at` (`\r\n`, `\r` or `\n`).
fn skip_newline(bytes: &[u8], at: usize) -> usize {
    if bytes.get(at) == Some(&b'\r') && bytes.get(at + 1) == Some(&b'\n') {
        at + 2
    } else {
        at + 1
    }
}

/// Up to three octal digits starting at `start`: their value and end.
fn octal_value(bytes: &[u8], start: usize) -> (u32, usize) {
    let mut value = 0;
    let mut end = start;
    while end < start + 3 {
        match bytes.get(end) {
            Some(&digit @ b'0'..=b'7') => value = value * 8 + u32::from(digit - b'0'),
            _ => break,
        }
        end += 1;
    }
    (value, end)
}

/// Up to `count` hex digits starting at `start`: their value and where
/// the digits stop.
fn hex_value(bytes: &[u8], start: usize, count: usize) -> (u32, usize) {
    let mut value: u32 = 0;
    let mut end = start;
    while end < start + count {
        let Some(digit) = bytes.get(end).and_then(|&b| (b as char).to_digit(16)) else {
            break;
        };
        value = value.wrapping_mul(16).wrapping_add(digit);
        end += 1;
    }
    (value, end)
}

/// Decodes `\N{name}` with its backslash at `at`; returns where it ends.
fn decode_named_escape(body: &str, at: usize, out: &mut PyStrBuilder) -> Result<usize, String> {
    const MALFORMED: &str = "malformed \\N character escape";
    let bytes = body.as_bytes();
    let open = at + 2;
    if bytes.get(open) != Some(&b'{') {
        return Err(unicode_error(body, at, open.min(body.len()), MALFORMED));
    }
    let name_start = open + 1;
    let Some(length) = bytes
        .get(name_start..)
        .and_then(|rest| rest.iter().position(|&b| b == b'}'))
    else {
        return Err(unicode_error(body, at, body.len(), MALFORMED));
    };
    let close = name_start + length;
    if length == 0 {
        return Err(unicode_error(body, at, close, MALFORMED));
    }
    match lookup_character(&body[name_start..close]) {
        Some(c) => {
            out.push(c);
            Ok(close + 1)
        }
        None => Err(unicode_error(
            body,
            at,
            close + 1,
            "unknown Unicode character name",
        )),
    }
}

/// CPython's message for a bad escape spanning body bytes `start..end`.
///
/// CPython reports positions in a copy of the body where each non-ASCII
/// character is spelled `\UXXXXXXXX` (10 bytes) and a backslash before
/// one is spelled `\u005c` (6 bytes); `\r\n` is one byte.
fn unicode_error(body: &str, start: usize, end: usize, message: &str) -> String {
    let start = cpython_position(body, start);
    let end = cpython_position(body, end);
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {message}",
        start,
        end.saturating_sub(1)
    )
}

/// The position CPython's escape decoder sees for body byte `index`,
/// following how CPython copies the body: a backslash met at the start of
/// a step is checked for a non-ASCII (or no) character after it, and the
/// character after it is copied in the same step.
fn cpython_position(body: &str, index: usize) -> usize {
    let bytes = body.as_bytes();
    let index = index.min(bytes.len());
    let mut position = 0;
    let mut i = 0;
    while i < index {
        if bytes[i] == b'\\' {
            position += 1;
            i += 1;
            if !bytes.get(i).is_some_and(u8::is_ascii) {
                position += 5;
            }
            if i >= index {
                break;
            }
        }
        let rest = body.get(i..).unwrap_or("");
        match rest.chars().next() {
            Some(c) if !c.is_ascii() => position += 10,
            Some('\r') if rest.as_bytes().get(1) == Some(&b'\n') => {}
            Some(_) => position += 1,
            None => break,
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    position
}

/// Decodes the body of a non-raw bytes literal (already checked to be
/// ASCII). The error is CPython's `(value error) invalid \x escape at
/// position N`.
pub(crate) fn decode_bytes_escapes(body: &str, out: &mut Vec<u8>) -> Result<(), String> {
    let bytes = body.as_bytes();
    let mut i = 0;
    let mut position = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte == b'\r' {
            out.push(b'\n');
            i = skip_newline(bytes, i);
            position += 1;
            continue;
        }
        if byte != b'\\' {
            out.push(byte);
            i += 1;
            position += 1;
            continue;
        }
        let Some(&escape) = bytes.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        let start = i;
        i += 2;
        match escape {
            b'\n' => {}
            b'\r' => i = skip_newline(bytes, start + 1),
            b'\\' | b'\'' | b'"' => out.push(escape),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let (value, end) = octal_value(bytes, start + 1);
                out.push((value & 0xff) as u8);
                i = end;
            }
            b'x' => {
                let (value, end) = hex_value(bytes, start + 2, 2);
                if end - (start + 2) < 2 {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {position}"
                    ));
                }
                out.push(value as u8);
                i = end;
            }
            _ => {
                out.push(b'\\');
                i = start + 1;
            }
        }
        position += newline_aware_len(&bytes[start..i]);
    }
    Ok(())
}

/// Length of `bytes` counting `\r\n` as one byte.
fn newline_aware_len(bytes: &[u8]) -> usize {
    bytes.len() - bytes.windows(2).filter(|pair| pair == b"\r\n").count()
}

#[cfg(test)]
mod tests;
