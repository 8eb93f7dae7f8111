//! Tests of string literal decoding and concatenation, checked against
//! CPython 3.11's `ast.parse` and `compile` results.

use super::*;
use crate::ast::PyStr;

/// Parses literals written one after the other, separated by a space,
/// as if the first started at byte 4 (`x = ...`).
fn parse(texts: &[&str]) -> Result<Expr, SyntaxError> {
    let mut parts = Vec::new();
    let mut at = 4;
    for text in texts {
        parts.push((at, *text, at + text.len()));
        at += text.len() + 1;
    }
    parse_string_literals(&parts)
}

fn constant(texts: &[&str]) -> (Constant, Option<Box<str>>) {
    match parse(texts) {
        Ok(Expr {
            kind: ExprKind::Constant { value, kind },
            ..
        }) => (value, kind),
        other => panic!("{texts:?}: {other:?}"),
    }
}

fn string(texts: &[&str]) -> String {
    match constant(texts).0 {
        Constant::Str(PyStr::Utf8(text)) => text,
        other => panic!("{texts:?}: {other:?}"),
    }
}

fn error(texts: &[&str]) -> SyntaxError {
    parse(texts).unwrap_err()
}

#[test]
fn prefixes_and_quotes() {
    assert_eq!(string(&["'a'"]), "a");
    assert_eq!(string(&["\"a'b\""]), "a'b");
    assert_eq!(string(&["'''a\"\"b'''"]), "a\"\"b");
    assert_eq!(string(&["\"\"\"\"\"\""]), "");
    assert_eq!(string(&["''"]), "");
    assert_eq!(string(&["r'\\n'"]), "\\n");
    assert_eq!(string(&["R'\\n'"]), "\\n");
    assert_eq!(string(&["U'\\n'"]), "\n");
    assert_eq!(
        constant(&["b'\\x00a'"]).0,
        Constant::Bytes(b"\x00a".to_vec())
    );
    assert_eq!(
        constant(&["Rb'\\x00'"]).0,
        Constant::Bytes(b"\\x00".to_vec())
    );
    assert_eq!(
        constant(&["bR'\\x00'"]).0,
        Constant::Bytes(b"\\x00".to_vec())
    );
}

#[test]
fn concatenation_and_kind() {
    assert_eq!(string(&["'a'", "\"b\"", "'''c'''"]), "abc");
    assert_eq!(constant(&["u'a'", "'b'"]).1.as_deref(), Some("u"));
    assert_eq!(constant(&["'a'", "u'b'"]).1, None);
    assert_eq!(constant(&["U'a'"]).1, None);
    assert_eq!(
        constant(&["b'a'", "B'b'", "rb'\\c'"]).0,
        Constant::Bytes(b"ab\\c".to_vec())
    );
    let expr = parse(&["'a'", "'b'"]).unwrap();
    assert_eq!(expr.span, Span::new(4, 11));
}

#[test]
fn newlines_in_triple_quoted_strings() {
    assert_eq!(string(&["'''a\r\nb\rc'''"]), "a\nb\nc");
    assert_eq!(string(&["r'''a\r\nb\rc'''"]), "a\nb\nc");
    assert_eq!(
        constant(&["b'''a\r\nb\rc'''"]).0,
        Constant::Bytes(b"a\nb\nc".to_vec())
    );
}

#[test]
fn surrogates_concatenate() {
    assert_eq!(
        constant(&["'a'", "'\\ud800'", "'b'"]).0,
        Constant::Str(PyStr::CodePoints(vec![0x61, 0xd800, 0x62]))
    );
}

#[test]
fn errors_and_their_positions() {
    let err = error(&["b'\u{e9}'"]);
    assert_eq!(err.msg, "bytes can only contain ASCII literal characters");
    assert_eq!(err.span, Span::new(4, 9));
    let err = error(&["'a'", "b'\u{e9}'"]);
    assert_eq!(err.msg, "bytes can only contain ASCII literal characters");
    assert_eq!(err.span, Span::new(8, 13));
    let err = error(&["'a'", "b'b'"]);
    assert_eq!(err.msg, "cannot mix bytes and nonbytes literals");
    assert_eq!(err.span, Span::new(12, 12));
    assert_eq!(
        error(&["b'a'", "f'b'"]).msg,
        "cannot mix bytes and nonbytes literals"
    );
    assert_eq!(
        error(&["'\\x4'", "b'a'"]).msg,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
    );
    assert_eq!(
        error(&["b'\\x4'", "b'\u{e9}'"]).msg,
        "(value error) invalid \\x escape at position 0"
    );
    assert_eq!(
        error(&["b'a'", "'\\x4'"]).msg,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
    );
}

#[test]
fn split_literal_finds_the_body() {
    let literal = split_literal(10, "rb'''x'''");
    assert!(literal.prefix.raw && literal.prefix.bytes && !literal.prefix.fstring);
    assert_eq!(literal.body, "x");
    assert_eq!(literal.body_start, 15);
    let literal = split_literal(0, "F''");
    assert!(literal.prefix.fstring);
    assert_eq!(literal.body, "");
    assert_eq!(literal.body_start, 2);
}

fn from_hex(hex: &str) -> Vec<u8> {
    (0..hex.len() / 2)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

/// Checks the cases `scripts/gen-string-cases.py` wrote to the file named
/// by `GARTER_STRING_CASES`: each token's value must have CPython's repr
/// (or, for a line whose expected text starts with `!`, the token must fail
/// with CPython's message).
#[test]
#[ignore = "needs GARTER_STRING_CASES from scripts/gen-string-cases.py"]
fn agrees_with_cpython_on_files() {
    use crate::literal::repr::{bytes_repr, str_repr};
    let path = std::env::var("GARTER_STRING_CASES").expect("GARTER_STRING_CASES");
    let cases = std::fs::read_to_string(path).unwrap();
    let mut failures = 0;
    for line in cases.lines() {
        let (token_hex, repr_hex) = line.split_once(' ').unwrap();
        let token = String::from_utf8(from_hex(token_hex)).unwrap();
        let expected = String::from_utf8(from_hex(repr_hex)).unwrap();
        let actual = match parse_string_literals(&[(0, &token, token.len())]) {
            Ok(Expr {
                kind: ExprKind::Constant { value, .. },
                ..
            }) => match value {
                Constant::Str(text) => str_repr(&text),
                Constant::Bytes(bytes) => bytes_repr(&bytes),
                other => format!("{other:?}"),
            },
            Err(error) => format!("!{}", error.msg),
            other => format!("{other:?}"),
        };
        if actual != expected {
            failures += 1;
            if failures <= 20 {
                eprintln!("{token:?}\n  expected {expected}\n  actual   {actual}");
            }
        }
    }
    assert_eq!(failures, 0);
}

/// Malformed tokens (which the lexer never produces) and odd bodies must
/// give a value or an error, never a panic.
#[test]
fn never_panics() {
    let pieces = [
        "\\", "x", "u", "U", "N", "{", "}", "0", "7", "f", "é", "😀", "\r", "\n", "'", "\"", "!",
        ":", "=", "#", "(", ")", "[", "]", "b", "r", "F", " ",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    for _ in 0..20_000 {
        let mut text = String::new();
        for _ in 0..next(14) {
            text.push_str(pieces[next(pieces.len())]);
        }
        let _ = parse_string_literals(&[(0, &text, text.len())]);
        let quoted = format!("f'{text}'");
        let _ = parse_string_literals(&[(0, &quoted, quoted.len())]);
    }
    for text in ["", "'", "f'", "'''", "b''''", "rb\"", "u"] {
        let _ = parse_string_literals(&[(0, text, text.len())]);
    }
    assert!(parse_string_literals(&[]).is_ok());
}
