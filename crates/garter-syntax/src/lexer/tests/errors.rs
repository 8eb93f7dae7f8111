//! Tokenizer errors about layout and characters, with CPython's class,
//! message and position.

use super::{error, syntax};
use crate::lexer::Lexer;
use crate::SyntaxErrorKind;

#[test]
fn indentation_errors() {
    let tab_error = |lineno| {
        (
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation".to_owned(),
            lineno,
            1,
        )
    };
    assert_eq!(error("if x:\n        a\n\tb"), tab_error(3));
    assert_eq!(error("if x:\n\ta\n        b"), tab_error(3));
    assert_eq!(error("if 1:\n\ta\n \tb"), tab_error(3));
    let unindent = |lineno, offset| {
        (
            SyntaxErrorKind::IndentationError,
            "unindent does not match any outer indentation level".to_owned(),
            lineno,
            offset,
        )
    };
    assert_eq!(error("if x:\n    a\n  b = 1\n"), unindent(3, 8));
    assert_eq!(error("if x:\n    a\n  bé = 1  # c\n"), unindent(3, 14));
    assert_eq!(error("if x:\n  y\n\x0c z\n"), unindent(3, 4));
    assert_eq!(error("if x:\n\ta\n  \\\n\tb"), unindent(4, 3));
}

#[test]
fn too_many_indentation_levels() {
    let nested = |depth: usize| {
        let mut source = String::new();
        for level in 0..depth {
            source += &format!("{}if x:\n", " ".repeat(level));
        }
        source + &" ".repeat(depth) + "pass\n"
    };
    assert!(Lexer::new(&nested(99)).all(|item| item.is_ok()));
    assert_eq!(
        error(&nested(100)),
        (
            SyntaxErrorKind::IndentationError,
            "too many levels of indentation".to_owned(),
            101,
            1
        )
    );
}

#[test]
fn bracket_errors() {
    assert_eq!(error("x = )"), syntax("unmatched ')'", 1, 5));
    assert_eq!(error("}"), syntax("unmatched '}'", 1, 1));
    assert_eq!(
        error("x = (]"),
        syntax(
            "closing parenthesis ']' does not match opening parenthesis '('",
            1,
            6
        )
    );
    assert_eq!(
        error("x = (1,\n2,\n3]"),
        syntax(
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
            3,
            2
        )
    );
    assert_eq!(error("x = ("), syntax("'(' was never closed", 1, 5));
    assert_eq!(error("x = [1,\n 2"), syntax("'[' was never closed", 1, 5));
    assert_eq!(error("f(a, [b, (c"), syntax("'(' was never closed", 1, 10));
}

#[test]
fn too_many_nested_parentheses() {
    let nested = |depth: usize| format!("x = {}{}", "(".repeat(depth), ")".repeat(depth));
    assert!(Lexer::new(&nested(200)).all(|item| item.is_ok()));
    assert_eq!(
        error(&nested(201)),
        syntax("too many nested parentheses", 1, 205)
    );
    let deep = format!("x = [\n{}", "(".repeat(201));
    assert_eq!(error(&deep), syntax("too many nested parentheses", 2, 200));
}

#[test]
fn invalid_characters() {
    assert_eq!(
        error("a€b = 1"),
        syntax("invalid character '€' (U+20AC)", 1, 2)
    );
    assert_eq!(
        error("x = 1 + €"),
        syntax("invalid character '€' (U+20AC)", 1, 9)
    );
    assert_eq!(
        error("x = aé€"),
        syntax("invalid character '€' (U+20AC)", 1, 7)
    );
    assert_eq!(
        error("\u{300}x = 1"),
        syntax("invalid character '\u{300}' (U+0300)", 1, 1)
    );
    assert_eq!(
        error("a\u{a0}b"),
        syntax("invalid non-printable character U+00A0", 1, 2)
    );
    assert_eq!(
        error("x = 1 \u{200b}"),
        syntax("invalid non-printable character U+200B", 1, 7)
    );
    assert_eq!(
        error("x\x01"),
        syntax("invalid non-printable character U+0001", 1, 2)
    );
    assert_eq!(error("x $ y"), syntax("invalid syntax", 1, 3));
    assert_eq!(error("a`"), syntax("invalid syntax", 1, 2));
}

#[test]
fn null_bytes() {
    assert_eq!(
        error("x = 1\0").1,
        "source code string cannot contain null bytes"
    );
}

/// A stray character's error is the first later one CPython's tokenizer
/// raises, if any.
#[test]
fn stray_characters() {
    assert_eq!(error("x = $\n"), syntax("invalid syntax", 1, 5));
    assert_eq!(
        error("x = `a`\ny = 0x\n"),
        syntax("invalid hexadecimal literal", 2, 6)
    );
    assert_eq!(
        error("x = $\n  y = 'a\n"),
        syntax("unterminated string literal (detected at line 2)", 2, 7)
    );
    assert_eq!(error("x = $\n  y\n z\n"), syntax("invalid syntax", 1, 5));
    assert_eq!(
        error("x = (\ny = $\n"),
        syntax("'(' was never closed", 1, 5)
    );
    assert_eq!(error("x = $ (\n"), syntax("invalid syntax", 1, 5));
    assert_eq!(error("x = $\ny = 1\\ z\n"), syntax("invalid syntax", 1, 5));
    assert_eq!(
        error("? $ ! 'a"),
        syntax("unterminated string literal (detected at line 1)", 1, 7)
    );
}

#[test]
fn lexing_goes_on_after_stray_characters() {
    let results: Vec<_> = Lexer::new("a $ b").map(|item| item.is_ok()).collect();
    assert_eq!(results, [true, false, true, true]);
    let stops: Vec<_> = Lexer::new("1abc x").map(|item| item.is_ok()).collect();
    assert_eq!(stops, [false]);
}
