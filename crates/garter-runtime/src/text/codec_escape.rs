//! The `unicode_escape` and `raw_unicode_escape` codecs: decoding the
//! backslash escapes of Python string literals in Latin-1 bytes (all of
//! them, or only `\u`/`\U` after an odd number of backslashes), and
//! encoding text back to such bytes, with CPython's error ranges and
//! reasons.

use super::codec_decode::{push_code_point, DecodeError};
use super::surrogates::RESERVED_MESSAGE;
use garter_syntax::literal::unicode_name::lookup_character;

/// The value of the hex digit `b`.
fn hex_digit(b: u8) -> Option<u32> {
    char::from(b).to_digit(16)
}

/// Reads `count` hex digits at `*at`; on a missing or bad digit the
/// error ends there.
fn read_hex(data: &[u8], at: &mut usize, count: usize) -> Option<u32> {
    let mut code = 0u32;
    for _ in 0..count {
        let digit = data.get(*at).copied().and_then(hex_digit)?;
        code = (code << 4) | digit;
        *at += 1;
    }
    Some(code)
}

/// Appends the code point a hex escape `start..at` decoded to, or the
/// error for one out of range (`too_big`) or reserved.
fn push_escaped(
    out: &mut String,
    code: u32,
    start: usize,
    at: usize,
    too_big: &'static str,
) -> Option<DecodeError> {
    if code > 0x10ffff {
        return Some(DecodeError::new(start, at, too_big));
    }
    if !push_code_point(out, code) {
        return Some(DecodeError::new(start, at, RESERVED_MESSAGE));
    }
    None
}

/// `unicode_escape`: decodes `data[from..]` into `out` up to an error.
pub(crate) fn unicode_escape_step(
    data: &[u8],
    from: usize,
    out: &mut String,
) -> Option<DecodeError> {
    let mut at = from;
    while let Some(&byte) = data.get(at) {
        at += 1;
        if byte != b'\\' {
            out.push(char::from(byte));
            continue;
        }
        let start = at - 1;
        let Some(&kind) = data.get(at) else {
            return Some(DecodeError::new(start, at, "\\ at end of string"));
        };
        at += 1;
        let simple = match kind {
            b'\n' => None,
            b'\\' | b'\'' | b'"' => Some(char::from(kind)),
            b'a' => Some('\x07'),
            b'b' => Some('\x08'),
            b'f' => Some('\x0c'),
            b't' => Some('\t'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b'v' => Some('\x0b'),
            b'0'..=b'7' => {
                let mut code = u32::from(kind - b'0');
                for _ in 0..2 {
                    match data.get(at) {
                        Some(&d @ b'0'..=b'7') => {
                            code = (code << 3) | u32::from(d - b'0');
                            at += 1;
                        }
                        _ => break,
                    }
                }
                push_code_point(out, code);
                None
            }
            b'x' | b'u' | b'U' => {
                let (count, reason) = match kind {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let Some(code) = read_hex(data, &mut at, count) else {
                    return Some(DecodeError::new(start, at, reason));
                };
                if let Some(error) = push_escaped(out, code, start, at, "illegal Unicode character")
                {
                    return Some(error);
                }
                None
            }
            b'N' => {
                if let Err(error) = named_escape(data, start, &mut at, out) {
                    return Some(error);
                }
                None
            }
            other => {
                out.push('\\');
                Some(char::from(other))
            }
        };
        if let Some(c) = simple {
            out.push(c);
        }
    }
    None
}

/// `\N{name}` starting at `start` (`*at` just after the `N`).
fn named_escape(
    data: &[u8],
    start: usize,
    at: &mut usize,
    out: &mut String,
) -> Result<(), DecodeError> {
    let malformed = "malformed \\N character escape";
    if data.get(*at) != Some(&b'{') {
        return Err(DecodeError::new(start, *at, malformed));
    }
    *at += 1;
    let name_start = *at;
    while data.get(*at).is_some_and(|&b| b != b'}') {
        *at += 1;
    }
    if *at >= data.len() || *at == name_start {
        return Err(DecodeError::new(start, *at, malformed));
    }
    let name = data.get(name_start..*at).unwrap_or_default();
    *at += 1;
    let found = std::str::from_utf8(name).ok().and_then(lookup_character);
    match found {
        Some(c) if push_code_point(out, u32::from(c)) => Ok(()),
        _ => Err(DecodeError::new(
            start,
            *at,
            "unknown Unicode character name",
        )),
    }
}

/// `raw_unicode_escape`: decodes `data[from..]` into `out` up to an error.
pub(crate) fn raw_unicode_escape_step(
    data: &[u8],
    from: usize,
    out: &mut String,
) -> Option<DecodeError> {
    let mut at = from;
    while let Some(&byte) = data.get(at) {
        if byte != b'\\' {
            out.push(char::from(byte));
            at += 1;
            continue;
        }
        let run_start = at;
        while data.get(at) == Some(&b'\\') {
            out.push('\\');
            at += 1;
        }
        let (count, reason) = match data.get(at) {
            Some(b'u') => (4, "truncated \\uXXXX escape"),
            Some(b'U') => (8, "truncated \\UXXXXXXXX escape"),
            _ => continue,
        };
        if (at - run_start).is_multiple_of(2) {
            continue;
        }
        out.pop();
        let start = at - 1;
        at += 1;
        let Some(code) = read_hex(data, &mut at, count) else {
            return Some(DecodeError::new(start, at, reason));
        };
        if let Some(error) = push_escaped(out, code, start, at, "\\Uxxxxxxxx out of range") {
            return Some(error);
        }
    }
    None
}

/// Appends `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for `code`.
fn push_hex(code: u32, out: &mut Vec<u8>) {
    let text = if code <= 0xff {
        format!("\\x{code:02x}")
    } else if code <= 0xffff {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    };
    out.extend_from_slice(text.as_bytes());
}

/// `unicode_escape`'s encoding of the Python code point `code`.
pub(crate) fn push_unicode_escape(code: u32, out: &mut Vec<u8>) {
    match code {
        0x5c => out.extend_from_slice(b"\\\\"),
        0x20..=0x7e => out.push(code as u8),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0a => out.extend_from_slice(b"\\n"),
        0x0d => out.extend_from_slice(b"\\r"),
        _ => push_hex(code, out),
    }
}

/// `raw_unicode_escape`'s encoding of the Python code point `code`.
pub(crate) fn push_raw_unicode_escape(code: u32, out: &mut Vec<u8>) {
    if code <= 0xff {
        out.push(code as u8);
    } else {
        push_hex(code, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(data: &[u8], raw: bool) -> Result<Vec<u32>, DecodeError> {
        let mut out = String::new();
        let error = if raw {
            raw_unicode_escape_step(data, 0, &mut out)
        } else {
            unicode_escape_step(data, 0, &mut out)
        };
        match error {
            Some(e) => Err(e),
            None => Ok(super::super::surrogates::to_code_points(&out)),
        }
    }

    #[test]
    fn unicode_escape_decoding() {
        assert_eq!(
            decode_all(b"\\ud800\\U0001f600\\xff\\n\\101\\N{BULLET}\\777", false),
            Ok(vec![0xd800, 0x1f600, 0xff, 0x0a, 0x41, 0x2022, 0x1ff])
        );
        assert_eq!(decode_all(b"\\q\xff", false), Ok(vec![0x5c, 0x71, 0xff]));
        let error = |start, end, reason| Err(DecodeError::new(start, end, reason));
        assert_eq!(
            decode_all(b"\\x4", false),
            error(0, 3, "truncated \\xXX escape")
        );
        assert_eq!(
            decode_all(b"\\x4g", false),
            error(0, 3, "truncated \\xXX escape")
        );
        assert_eq!(decode_all(b"\\", false), error(0, 1, "\\ at end of string"));
        assert_eq!(
            decode_all(b"a\\N", false),
            error(1, 3, "malformed \\N character escape")
        );
        assert_eq!(
            decode_all(b"a\\N{x", false),
            error(1, 5, "malformed \\N character escape")
        );
        assert_eq!(
            decode_all(b"a\\N{}", false),
            error(1, 4, "malformed \\N character escape")
        );
        assert_eq!(
            decode_all(b"a\\Nx", false),
            error(1, 3, "malformed \\N character escape")
        );
        assert_eq!(
            decode_all(b"\\N{foo}", false),
            error(0, 7, "unknown Unicode character name")
        );
        assert_eq!(
            decode_all(b"\\U00110000", false),
            error(0, 10, "illegal Unicode character")
        );
    }

    #[test]
    fn raw_unicode_escape_decoding() {
        assert_eq!(
            decode_all(b"\\ud800\\\\u0041\\xff", true),
            Ok(vec![
                0xd800, 0x5c, 0x5c, 0x75, 0x30, 0x30, 0x34, 0x31, 0x5c, 0x78, 0x66, 0x66
            ])
        );
        let error = |start, end, reason| Err(DecodeError::new(start, end, reason));
        assert_eq!(
            decode_all(b"\\\\\\u12", true),
            error(2, 6, "truncated \\uXXXX escape")
        );
        assert_eq!(
            decode_all(b"\\U00110000", true),
            error(0, 10, "\\Uxxxxxxxx out of range")
        );
    }

    #[test]
    fn encoding() {
        let mut out = Vec::new();
        for code in [0xe9, 0xd800, 0x1f600, 0x0a, 0x5c, 0x27] {
            push_unicode_escape(code, &mut out);
        }
        assert_eq!(out, b"\\xe9\\ud800\\U0001f600\\n\\\\'");
        let mut out = Vec::new();
        for code in [0xe9, 0xd800, 0x0a, 0x5c] {
            push_raw_unicode_escape(code, &mut out);
        }
        assert_eq!(out, b"\xe9\\ud800\n\\");
    }
}
