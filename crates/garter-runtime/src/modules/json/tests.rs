//! Unit tests of the pure parts of `_json`: string quoting and the
//! byte-to-character position mapping.

use super::encode::quote_string;
use super::scan::{char_index, skip_whitespace};

fn quoted(s: &str, ensure_ascii: bool) -> String {
    let mut out = String::new();
    quote_string(&mut out, s, ensure_ascii);
    out
}

#[test]
fn quoting_escapes_as_cpython_does() {
    assert_eq!(quoted("a\"b\\c", true), r#""a\"b\\c""#);
    assert_eq!(
        quoted("\n\r\t\u{8}\u{c}\u{1}", true),
        r#""\n\r\t\b\f\u0001""#
    );
    assert_eq!(quoted("\u{7f}\u{e9}", true), r#""\u007f\u00e9""#);
    assert_eq!(quoted("\u{1f600}", true), r#""\ud83d\ude00""#);
    assert_eq!(
        quoted("\u{7f}\u{e9}\u{1f600}", false),
        "\"\u{7f}\u{e9}\u{1f600}\""
    );
    assert_eq!(quoted("\u{1}", false), r#""\u0001""#);
}

#[test]
fn positions_count_characters() {
    let text = "\u{e9}\u{1f600}ab";
    assert_eq!(char_index(text, 0), 0);
    assert_eq!(char_index(text, 2), 1);
    assert_eq!(char_index(text, 6), 2);
    assert_eq!(char_index(text, 100), 4);
    assert_eq!(skip_whitespace(" \t\r\nx ", 0), 4);
    assert_eq!(skip_whitespace("  ", 0), 2);
}
