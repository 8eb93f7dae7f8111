//! Unit tests for the lexer: token streams, indentation, soft keywords
//! and every tokenizer error with CPython's message and position.

use super::{decode_source, normalize_identifier, Lexer};
use crate::token::Tok;
use crate::{LineIndex, SyntaxError, SyntaxErrorKind};

/// The tokens of `source` written compactly: names, numbers and strings
/// as their text, the rest by variant name.
fn tokens(source: &str) -> Vec<String> {
    Lexer::new(source)
        .map(|item| match item {
            Ok((_, tok, _)) => describe(tok),
            Err(error) => format!("error: {}", error.msg),
        })
        .collect()
}

fn describe(tok: Tok<'_>) -> String {
    match tok {
        Tok::Name(text) => format!("Name({text})"),
        Tok::Int(text) => format!("Int({text})"),
        Tok::Float(text) => format!("Float({text})"),
        Tok::Imag(text) => format!("Imag({text})"),
        Tok::String(text) => format!("String({text})"),
        other => format!("{other:?}"),
    }
}

/// The first error lexing `source` gives: class, message, and CPython's
/// (lineno, offset).
fn error(source: &str) -> (SyntaxErrorKind, String, usize, usize) {
    let error: SyntaxError = Lexer::new(source)
        .find_map(Result::err)
        .unwrap_or_else(|| panic!("no error lexing {source:?}"));
    let location = error.location(&LineIndex::new(source), source);
    (error.kind, error.msg, location.lineno, location.offset)
}

fn syntax(msg: &str, lineno: usize, offset: usize) -> (SyntaxErrorKind, String, usize, usize) {
    (SyntaxErrorKind::SyntaxError, msg.to_owned(), lineno, offset)
}

#[test]
fn simple_statement() {
    assert_eq!(
        tokens("x = 1 + 2.5j  # c\n"),
        [
            "Name(x)",
            "Equal",
            "Int(1)",
            "Plus",
            "Imag(2.5j)",
            "Newline"
        ]
    );
}

#[test]
fn newline_added_at_end_of_input() {
    assert_eq!(tokens("pass"), ["Pass", "Newline"]);
    let spans: Vec<_> = Lexer::new("pass")
        .map(|item| item.map(|(s, _, e)| (s, e)))
        .collect();
    assert_eq!(spans, [Ok((0, 4)), Ok((4, 4))]);
}

#[test]
fn empty_and_blank_sources() {
    assert!(tokens("").is_empty());
    assert!(tokens("\n\n  # comment\n\x0c\n").is_empty());
    assert!(tokens("# only a comment").is_empty());
}

#[test]
fn indentation_blocks() {
    assert_eq!(
        tokens("if x:\n    y\n\n  # c\n    z\nw\n"),
        [
            "If", "Name(x)", "Colon", "Newline", "Indent", "Name(y)", "Newline", "Name(z)",
            "Newline", "Dedent", "Name(w)", "Newline"
        ]
    );
}

#[test]
fn dedents_at_end_of_input() {
    assert_eq!(
        tokens("if a:\n if b:\n  c"),
        [
            "If", "Name(a)", "Colon", "Newline", "Indent", "If", "Name(b)", "Colon", "Newline",
            "Indent", "Name(c)", "Newline", "Dedent", "Dedent"
        ]
    );
}

#[test]
fn indent_and_dedent_spans_sit_at_the_first_token() {
    let source = "if a:\n    b\nc\n";
    let spans: Vec<_> = Lexer::new(source)
        .filter_map(Result::ok)
        .filter(|(_, tok, _)| matches!(tok, Tok::Indent | Tok::Dedent | Tok::Newline))
        .map(|(start, tok, end)| (describe(tok), start, end))
        .collect();
    assert_eq!(
        spans,
        [
            ("Newline".to_owned(), 5, 6),
            ("Indent".to_owned(), 10, 10),
            ("Newline".to_owned(), 11, 12),
            ("Dedent".to_owned(), 12, 12),
            ("Newline".to_owned(), 13, 14),
        ]
    );
}

#[test]
fn tabs_count_to_multiples_of_eight() {
    assert_eq!(
        tokens("if a:\n\tb\n\t c\n"),
        [
            "If", "Name(a)", "Colon", "Newline", "Indent", "Name(b)", "Newline", "Indent",
            "Name(c)", "Newline", "Dedent", "Dedent"
        ]
    );
    assert_eq!(
        error("if a:\n\tb\n        c\n"),
        (
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation".to_owned(),
            3,
            1
        )
    );
}

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
fn backslash_in_indentation_sets_the_level() {
    assert_eq!(
        tokens("if x:\n    \\\n  y\n"),
        ["If", "Name(x)", "Colon", "Newline", "Indent", "Name(y)", "Newline", "Dedent"]
    );
}

#[test]
fn brackets_join_lines() {
    assert_eq!(
        tokens("x = (1,\n\n   2)\ny = [\n]\n"),
        [
            "Name(x)", "Equal", "LPar", "Int(1)", "Comma", "Int(2)", "RPar", "Newline", "Name(y)",
            "Equal", "LSqb", "RSqb", "Newline"
        ]
    );
}

#[test]
fn backslash_continuation() {
    assert_eq!(
        tokens("x = 1 + \\\n  2\n"),
        ["Name(x)", "Equal", "Int(1)", "Plus", "Int(2)", "Newline"]
    );
    assert_eq!(
        tokens("x = \\\r\n1\r"),
        ["Name(x)", "Equal", "Int(1)", "Newline"]
    );
    assert_eq!(
        error("x = 1\\ y"),
        syntax(
            "unexpected character after line continuation character",
            1,
            7
        )
    );
    assert_eq!(
        error("x=(\\ 1)"),
        syntax(
            "unexpected character after line continuation character",
            1,
            5
        )
    );
    assert_eq!(
        error("x = 1 \\"),
        syntax("unexpected EOF while parsing", 1, 8)
    );
    assert_eq!(
        error("x = 1 \\\n"),
        syntax("unexpected EOF while parsing", 1, 8)
    );
    assert_eq!(error("\\\n"), syntax("unexpected EOF while parsing", 1, 2));
    assert_eq!(error("x = (1, \\\n"), syntax("'(' was never closed", 1, 5));
}

#[test]
fn line_endings() {
    let expected = [
        "If", "Name(a)", "Colon", "Newline", "Indent", "Name(b)", "Newline", "Dedent",
    ];
    assert_eq!(tokens("if a:\n b\n"), expected);
    assert_eq!(tokens("if a:\r\n b\r\n"), expected);
    assert_eq!(tokens("if a:\r b\r"), expected);
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
fn keywords_and_names() {
    assert_eq!(
        tokens("if iffy and not None"),
        ["If", "Name(iffy)", "And", "Not", "None", "Newline"]
    );
    assert_eq!(tokens("ifé = 1")[0], "Name(ifé)");
    assert_eq!(tokens("ℌ = 𝔘𝔫𝔦")[..3], ["Name(ℌ)", "Equal", "Name(𝔘𝔫𝔦)"]);
    assert_eq!(&*normalize_identifier("ℌ"), "H");
    assert_eq!(&*normalize_identifier("plain"), "plain");
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
fn operators() {
    assert_eq!(
        tokens("a **= b // c -> d := e ... f != g @= h"),
        [
            "Name(a)",
            "DoubleStarEqual",
            "Name(b)",
            "DoubleSlash",
            "Name(c)",
            "RArrow",
            "Name(d)",
            "ColonEqual",
            "Name(e)",
            "Ellipsis",
            "Name(f)",
            "NotEqual",
            "Name(g)",
            "AtEqual",
            "Name(h)",
            "Newline"
        ]
    );
    assert_eq!(tokens("x..5")[..3], ["Name(x)", "Dot", "Float(.5)"]);
}

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
        ("1é", decimal, 1, 1),
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
    let zeros = Lexer::new("0_7")
        .find_map(Result::err)
        .map(|error| error.span);
    assert_eq!(zeros, Some(crate::ast::Span::new(0, 2)));
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

#[test]
fn soft_keyword_match() {
    let first = |source: &str| tokens(source).swap_remove(0);
    for statement in [
        "match x:\n case 1: pass",
        "match (a, b):\n case _: pass",
        "match [a]:\n case _: pass",
        "match -x:\n case _: pass",
        "match x, y: # c\n case _: pass",
        "match {\n 1: 2}:\n case _: pass",
    ] {
        assert_eq!(first(statement), "Match", "{statement}");
    }
    for name in [
        "match = 3",
        "match.group(1)",
        "match(x)",
        "match: int = 1",
        "match[x]: int",
        "match, x = 1, 2",
        "match\n",
        "match(x) + {\n 1: 2}",
    ] {
        assert_eq!(first(name), "Name(match)", "{name}");
    }
    assert_eq!(tokens("print(match)")[2], "Name(match)");
    assert_eq!(tokens("x = match if y else z:")[2], "Name(match)");
}

#[test]
fn soft_keyword_case() {
    let source = "match p:\n    case [a, b] if a:\n        pass\n    case _:\n        case = 1\n";
    let found: Vec<_> = tokens(source)
        .into_iter()
        .filter(|tok| tok == "Case" || tok == "Name(case)" || tok == "Match")
        .collect();
    assert_eq!(found, ["Match", "Case", "Case", "Name(case)"]);
}

#[test]
fn parenthesised_with_items() {
    let paren = |source: &str| {
        let toks = tokens(source);
        let at = usize::from(toks[0] == "Async") + 1;
        toks[at].clone()
    };
    for items in [
        "with (a, b): pass",
        "with (a as b, c as d): pass",
        "with (a): pass",
        "async with (a as b,\n  c): pass",
        "with (open(x) as f): pass",
    ] {
        assert_eq!(paren(items), "LParWith", "{items}");
    }
    for expression in [
        "with (a, b) as c: pass",
        "with (a) as b, (c) as d: pass",
        "with (): pass",
        "with (yield): pass",
        "with (x := 1): pass",
        "with (x for x in y): pass",
        "with (*a, b): pass",
        "with (a, b), c: pass",
    ] {
        assert_eq!(paren(expression), "LPar", "{expression}");
    }
    assert_eq!(tokens("x = with_(a, b)")[3], "LPar");
}

#[test]
fn null_bytes() {
    assert_eq!(
        error("x = 1\0").1,
        "source code string cannot contain null bytes"
    );
}

#[test]
fn decoding_sources() {
    assert_eq!(
        decode_source(b"\xef\xbb\xbfx = 1\n").as_deref(),
        Ok("x = 1\n")
    );
    assert_eq!(
        decode_source(b"#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx = '\xe9'\n").as_deref(),
        Ok("#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx = 'é'\n")
    );
    assert_eq!(
        decode_source(b"# vim: set fileencoding=utf-8 :\nx = 1\n").as_deref(),
        Ok("# vim: set fileencoding=utf-8 :\nx = 1\n")
    );
    let msg = |bytes: &[u8]| decode_source(bytes).map_err(|error| error.msg);
    assert_eq!(
        msg(b"# coding: foo\nx=1\n"),
        Err("encoding problem: foo".to_owned())
    );
    assert_eq!(
        msg(b"\n# coding: foo\n"),
        Err("encoding problem: foo".to_owned())
    );
    assert!(msg(b"x=1\n# coding: foo\n").is_ok());
    assert_eq!(
        msg(b"\xef\xbb\xbf# coding: latin-1\nx=1\n"),
        Err("encoding problem: iso-8859-1 with BOM".to_owned())
    );
    assert_eq!(
        msg(b"x=1\x00\n"),
        Err("source code cannot contain null bytes".to_owned())
    );
    assert_eq!(
        msg(b"x = 1\ny = '\xff'\n"),
        Err(
            "Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; \
             see https://peps.python.org/pep-0263/ for details"
                .to_owned()
        )
    );
}
