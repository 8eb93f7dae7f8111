//! Python's `repr` of the constants an AST can hold: str, bytes, int,
//! float and complex, exactly as CPython 3.11 prints them.

use crate::ast::PyStr;
use std::fmt::Write;

pub use super::float_repr::{complex_repr, float_repr};

/// Whether `str.isprintable()` holds for the code point `code` (Unicode
/// 14.0, as in CPython 3.11). Lone surrogates are not printable.
pub fn is_printable(code: u32) -> bool {
    if (0x20..0x7f).contains(&code) {
        return true;
    }
    !super::in_ranges(super::unicode_tables::NON_PRINTABLE, code)
}

/// `repr(s)` for a str.
pub fn str_repr(s: &PyStr) -> String {
    match s {
        PyStr::Utf8(text) => {
            let quote = choose_quote(text.contains('\''), text.contains('"'));
            let mut out = String::with_capacity(text.len() + 2);
            out.push(quote);
            for c in text.chars() {
                push_escaped_code_point(&mut out, c as u32, quote);
            }
            out.push(quote);
            out
        }
        PyStr::CodePoints(codes) => {
            let has = |c: char| codes.contains(&(c as u32));
            let quote = choose_quote(has('\''), has('"'));
            let mut out = String::with_capacity(codes.len() + 2);
            out.push(quote);
            for &code in codes {
                push_escaped_code_point(&mut out, code, quote);
            }
            out.push(quote);
            out
        }
    }
}

/// CPython's quote choice: single quotes unless the text holds a single
/// quote and no double quote.
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// Appends one code point of a str repr, escaped as `repr` escapes it.
fn push_escaped_code_point(out: &mut String, code: u32, quote: char) {
    match code {
        0x5c => out.push_str("\\\\"),
        0x09 => out.push_str("\\t"),
        0x0a => out.push_str("\\n"),
        0x0d => out.push_str("\\r"),
        _ if code == quote as u32 => {
            out.push('\\');
            out.push(quote);
        }
        _ if is_printable(code) => match char::from_u32(code) {
            Some(c) => out.push(c),
            None => push_hex_escape(out, code),
        },
        _ => push_hex_escape(out, code),
    }
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, the shortest that fits `code`.
fn push_hex_escape(out: &mut String, code: u32) {
    // Writing to a String cannot fail.
    let _ = if code < 0x100 {
        write!(out, "\\x{code:02x}")
    } else if code < 0x10000 {
        write!(out, "\\u{code:04x}")
    } else {
        write!(out, "\\U{code:08x}")
    };
}

/// `repr(b)` for bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte == quote as u8 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => push_hex_escape(&mut out, u32::from(byte)),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repr(text: &str) -> String {
        str_repr(&PyStr::Utf8(text.to_owned()))
    }

    #[test]
    fn quote_choice() {
        assert_eq!(repr(""), "''");
        assert_eq!(repr("a'b"), "\"a'b\"");
        assert_eq!(repr("a\"b"), "'a\"b'");
        assert_eq!(repr("'\""), "'\\'\"'");
    }

    #[test]
    fn escapes() {
        assert_eq!(repr("\\\n\r\t"), "'\\\\\\n\\r\\t'");
        assert_eq!(repr("\0\x1b\x7f"), "'\\x00\\x1b\\x7f'");
        assert_eq!(repr("\u{a0}é\u{ad}"), "'\\xa0é\\xad'");
        assert_eq!(repr("\u{2028}€\u{fffe}"), "'\\u2028€\\ufffe'");
        assert_eq!(repr("\u{e0001}😀\u{10ffff}"), "'\\U000e0001😀\\U0010ffff'");
        assert_eq!(repr(" \u{3000}"), "' \\u3000'");
        // Assigned after Unicode 14.0, so not printable for CPython 3.11.
        assert_eq!(repr("\u{1f6dc}"), "'\\U0001f6dc'");
    }

    #[test]
    fn lone_surrogates() {
        let s = PyStr::CodePoints(vec![0x61, 0xd800, 0x27, 0xdfff]);
        assert_eq!(str_repr(&s), "\"a\\ud800'\\udfff\"");
    }

    #[test]
    fn bytes() {
        assert_eq!(bytes_repr(b""), "b''");
        assert_eq!(bytes_repr(b"a'\x00\xff\\\n"), "b\"a'\\x00\\xff\\\\\\n\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(bytes_repr(b"\x7f~"), "b'\\x7f~'");
    }
}
