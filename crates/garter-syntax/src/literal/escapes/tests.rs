//! Tests of escape decoding against CPython 3.11's results and messages.

use super::*;
use crate::ast::PyStr;

fn decode(body: &str) -> Result<PyStr, String> {
    let mut out = PyStrBuilder::default();
    decode_str_escapes(body, &mut out).map(|()| out.finish())
}

fn text(body: &str) -> String {
    match decode(body) {
        Ok(PyStr::Utf8(text)) => text,
        other => panic!("{body:?}: {other:?}"),
    }
}

fn error(body: &str) -> String {
    decode(body).unwrap_err()
}

fn bytes(body: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    decode_bytes_escapes(body, &mut out).map(|()| out)
}

#[test]
fn simple_escapes() {
    assert_eq!(
        text(r#"\\\'\"\a\b\f\n\r\t\v"#),
        "\\'\"\x07\x08\x0c\n\r\t\x0b"
    );
    assert_eq!(text("plain"), "plain");
    assert_eq!(text(""), "");
}

#[test]
fn numeric_escapes() {
    assert_eq!(text(r"\0\12\101\1011"), "\0\nAA1");
    assert_eq!(text(r"\777"), "\u{1ff}");
    assert_eq!(text(r"\x41\u00e9\U0001F600"), "Aé😀");
    assert_eq!(text(r"\xFf"), "\u{ff}");
}

#[test]
fn named_escapes() {
    assert_eq!(text(r"\N{LATIN SMALL LETTER A}\N{line feed}"), "a\n");
}

#[test]
fn unknown_escapes_keep_the_backslash() {
    assert_eq!(text(r"\q\8\é\{"), "\\q\\8\\é\\{");
    assert_eq!(text("a\\"), "a\\");
}

#[test]
fn newlines() {
    assert_eq!(text("a\\\nb\\\r\nc\\\rd"), "abcd");
    assert_eq!(text("a\r\nb\rc"), "a\nb\nc");
}

#[test]
fn surrogates() {
    assert_eq!(
        decode(r"a\ud800"),
        Ok(PyStr::CodePoints(vec![0x61, 0xd800]))
    );
    assert_eq!(
        decode(r"\U0000dfff\x41"),
        Ok(PyStr::CodePoints(vec![0xdfff, 0x41]))
    );
}

const PREFIX: &str = "(unicode error) 'unicodeescape' codec can't decode bytes in position";

#[test]
fn truncated_escapes() {
    assert_eq!(
        error(r"\x4"),
        format!("{PREFIX} 0-2: truncated \\xXX escape")
    );
    assert_eq!(
        error(r"ab\x4"),
        format!("{PREFIX} 2-4: truncated \\xXX escape")
    );
    assert_eq!(
        error(r"\x"),
        format!("{PREFIX} 0-1: truncated \\xXX escape")
    );
    assert_eq!(
        error(r"abc\u12"),
        format!("{PREFIX} 3-6: truncated \\uXXXX escape")
    );
    assert_eq!(
        error(r"\U12"),
        format!("{PREFIX} 0-3: truncated \\UXXXXXXXX escape")
    );
    assert_eq!(
        error(r"\U"),
        format!("{PREFIX} 0-1: truncated \\UXXXXXXXX escape")
    );
    assert_eq!(
        error(r"\U0011ffff"),
        format!("{PREFIX} 0-9: illegal Unicode character")
    );
}

#[test]
fn positions_count_non_ascii_as_cpython_does() {
    assert_eq!(
        error(r"é\x4"),
        format!("{PREFIX} 10-12: truncated \\xXX escape")
    );
    assert_eq!(
        error(r"\é\x4"),
        format!("{PREFIX} 16-18: truncated \\xXX escape")
    );
    assert_eq!(
        error(r"\\é\x4"),
        format!("{PREFIX} 12-14: truncated \\xXX escape")
    );
    assert_eq!(
        error("a\r\n\\x4"),
        format!("{PREFIX} 2-4: truncated \\xXX escape")
    );
    assert_eq!(
        error(r"\xé"),
        format!("{PREFIX} 0-1: truncated \\xXX escape")
    );
}

#[test]
fn malformed_names() {
    let malformed = "malformed \\N character escape";
    assert_eq!(error(r"\N"), format!("{PREFIX} 0-1: {malformed}"));
    assert_eq!(error(r"\Nx"), format!("{PREFIX} 0-1: {malformed}"));
    assert_eq!(error(r"\N{"), format!("{PREFIX} 0-2: {malformed}"));
    assert_eq!(error(r"\N{}"), format!("{PREFIX} 0-2: {malformed}"));
    assert_eq!(
        error(r"\N{LATIN SMALL LETTER A"),
        format!("{PREFIX} 0-22: {malformed}")
    );
    assert_eq!(
        error(r"\N{foo}"),
        format!("{PREFIX} 0-6: unknown Unicode character name")
    );
}

#[test]
fn bytes_escapes() {
    assert_eq!(
        bytes(r"a\x41\777\0\q\N{x}"),
        Ok(b"aA\xff\0\\q\\N{x}".to_vec())
    );
    assert_eq!(bytes("a\\\r\nb\r\n"), Ok(b"ab\n".to_vec()));
    assert_eq!(bytes(r"\u1234"), Ok(b"\\u1234".to_vec()));
    assert_eq!(
        bytes(r"ab\x4"),
        Err("(value error) invalid \\x escape at position 2".to_owned())
    );
    assert_eq!(
        bytes("\r\n\\\r\n\\xz"),
        Err("(value error) invalid \\x escape at position 3".to_owned())
    );
}

#[test]
fn normalized_newlines() {
    let mut out = PyStrBuilder::default();
    push_normalized(&mut out, "a\r\nb\rc\n");
    assert_eq!(out.finish(), PyStr::Utf8("a\nb\nc\n".to_owned()));
    let mut raw = Vec::new();
    push_normalized_bytes(&mut raw, b"a\r\nb\rc");
    assert_eq!(raw, b"a\nb\nc");
}
