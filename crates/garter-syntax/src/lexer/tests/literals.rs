//! Number and string literals: where they end, their kinds, their errors.

use super::{error, syntax, tokens};
use crate::ast::Span;
use crate::lexer::Lexer;

#[test]
fn number_kinds() {
    assert_eq!(
        tokens("0 00 0_0 1_000 0x_fF 0o17 0B1_0 1. .5 1.5e-3 1E5 1_0.0_1e1_0 09.5 09j 5J 0e0 0xe"),
        [
            "Int(0)",
            "Int(00)",
            "Int(0_0)",
            "Int(1_000)",
            "Int(0x_fF)",
            "Int(0o17)",
            "Int(0B1_0)",
            "Float(1.)",
            "Float(.5)",
            "Float(1.5e-3)",
            "Float(1E5)",
            "Float(1_0.0_1e1_0)",
            "Float(09.5)",
            "Imag(09j)",
            "Imag(5J)",
            "Float(0e0)",
            "Int(0xe)",
            "Newline"
        ]
    );
}

#[test]
fn numbers_before_keywords() {
    assert_eq!(tokens("1if x else y")[..2], ["Int(1)", "If"]);
    assert_eq!(tokens("0x1for x in y")[..2], ["Int(0x1f)", "Or"]);
    assert_eq!(tokens("1jif 1 else 2")[..2], ["Imag(1j)", "If"]);
    assert_eq!(tokens("1else")[..2], ["Int(1)", "Else"]);
    assert_eq!(tokens("0b1or 1")[..2], ["Int(0b1)", "Or"]);
    assert_eq!(tokens("1ifx")[..2], ["Int(1)", "Name(ifx)"]);
    assert_eq!(tokens("1é")[..2], ["Int(1)", "Name(é)"]);
    assert_eq!(tokens("0xfé")[..2], ["Int(0xf)", "Name(é)"]);
}

#[test]
fn number_errors() {
    let decimal = "invalid decimal literal";
    let cases = [
        ("1abc", decimal, 1, 1),
        ("x = 1_", decimal, 1, 6),
        ("1__0", decimal, 1, 2),
        ("1e", decimal, 1, 1),
        ("1e+", decimal, 1, 3),
        ("1.__class__", decimal, 1, 2),
        ("1e5x", decimal, 1, 3),
        ("0.0_", decimal, 1, 4),
        ("1.2_e3", decimal, 1, 4),
        ("1e_3", decimal, 1, 1),
        ("5._", decimal, 1, 2),
        ("x=1.e", decimal, 1, 4),
        ("1_j", decimal, 1, 2),
        ("x = 123abc + 1", decimal, 1, 7),
        ("0e", decimal, 1, 1),
        ("1andy", decimal, 1, 1),
        ("0elsepass", decimal, 1, 1),
        ("0b1else\u{a0}", "invalid binary literal", 1, 3),
        ("1_é", decimal, 1, 2),
        ("0x", "invalid hexadecimal literal", 1, 2),
        ("0xg", "invalid hexadecimal literal", 1, 2),
        ("0x_", "invalid hexadecimal literal", 1, 3),
        ("0o8", "invalid digit '8' in octal literal", 1, 3),
        ("0o18", "invalid digit '8' in octal literal", 1, 4),
        ("0o", "invalid octal literal", 1, 2),
        ("0o1_", "invalid octal literal", 1, 4),
        ("0or 1", "invalid octal literal", 1, 2),
        ("x=0o7x", "invalid octal literal", 1, 5),
        ("0b2", "invalid digit '2' in binary literal", 1, 3),
        ("x = 0b19", "invalid digit '9' in binary literal", 1, 8),
        ("0b", "invalid binary literal", 1, 2),
        ("0b1_", "invalid binary literal", 1, 4),
        ("x=0b1x", "invalid binary literal", 1, 5),
        ("1jx", "invalid imaginary literal", 1, 2),
    ];
    for (source, msg, lineno, offset) in cases {
        assert_eq!(error(source), syntax(msg, lineno, offset), "{source}");
    }
    let leading_zeros = "leading zeros in decimal integer literals are not permitted; \
                         use an 0o prefix for octal integers";
    assert_eq!(error("012"), syntax(leading_zeros, 1, 1));
    assert_eq!(error("é = 09 + 1"), syntax(leading_zeros, 1, 6));
    let zeros = Lexer::new("0_7")
        .find_map(Result::err)
        .map(|error| error.span);
    assert_eq!(zeros, Some(Span::new(0, 2)));
}

#[test]
fn string_prefixes_and_quotes() {
    assert_eq!(
        tokens(r#"'a' "b" rb'c' Rb"d" bR'e' f"{x}" Fr'g' u'h' '''i'j''' """k""" '' """""" "#),
        [
            "String('a')",
            "String(\"b\")",
            "String(rb'c')",
            "String(Rb\"d\")",
            "String(bR'e')",
            "String(f\"{x}\")",
            "String(Fr'g')",
            "String(u'h')",
            "String('''i'j''')",
            "String(\"\"\"k\"\"\")",
            "String('')",
            "String(\"\"\"\"\"\")",
            "Newline"
        ]
    );
    assert_eq!(tokens("ur'x'")[..2], ["Name(ur)", "String('x')"]);
}

#[test]
fn string_escapes_and_line_breaks() {
    assert_eq!(tokens("'a\\'b'")[0], "String('a\\'b')");
    assert_eq!(tokens("'a\\\nb'")[0], "String('a\\\nb')");
    assert_eq!(tokens("'a\\\r\nb'")[0], "String('a\\\r\nb')");
    assert_eq!(tokens("'''a\n'b'\n'''")[0], "String('''a\n'b'\n''')");
    assert_eq!(tokens("'''a\\''''")[0], "String('''a\\'''')");
}

#[test]
fn unterminated_strings() {
    let single = |line| format!("unterminated string literal (detected at line {line})");
    let triple =
        |line| format!("unterminated triple-quoted string literal (detected at line {line})");
    assert_eq!(error("x = \"abc"), syntax(&single(1), 1, 5));
    assert_eq!(error("x = 'abc\ndef'"), syntax(&single(1), 1, 5));
    assert_eq!(error("x = \"abc\rdef\""), syntax(&single(1), 1, 5));
    assert_eq!(error("x = (1,\n  \"abc\n)"), syntax(&single(2), 2, 3));
    assert_eq!(error("x = \"abc\\\ndef"), syntax(&single(2), 1, 5));
    assert_eq!(error("x = \"abc\\"), syntax(&single(1), 1, 5));
    assert_eq!(error("'''a''''"), syntax(&single(1), 1, 8));
    assert_eq!(error("x = 'a\\\\' + 'b"), syntax(&single(1), 1, 13));
    assert_eq!(error("x = \"\"\"abc\ndef"), syntax(&triple(2), 1, 5));
    assert_eq!(error("x = '''a\n\nb"), syntax(&triple(3), 1, 5));
    assert_eq!(error("x = \"\"\"abc\\\n"), syntax(&triple(1), 1, 5));
    assert_eq!(error("\"\"\"a\\\"\"\""), syntax(&triple(1), 1, 1));
}
