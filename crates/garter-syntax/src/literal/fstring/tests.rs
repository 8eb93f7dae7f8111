//! Tests of f-string splitting that need no expression parsing: literal
//! text, doubled braces, concatenation, and the errors CPython 3.11
//! raises before it parses a field's expression.

use crate::ast::{Constant, Expr, ExprKind, PyStr, Span};
use crate::literal::strings::parse_string_literals;
use crate::SyntaxError;

fn parse(texts: &[&str]) -> Result<Expr, SyntaxError> {
    let mut parts = Vec::new();
    let mut at = 0;
    for text in texts {
        parts.push((at, *text, at + text.len()));
        at += text.len() + 1;
    }
    parse_string_literals(&parts)
}

fn joined_constants(texts: &[&str]) -> Vec<(String, Option<Box<str>>)> {
    let Ok(Expr {
        kind: ExprKind::JoinedStr { values },
        ..
    }) = parse(texts)
    else {
        panic!("{texts:?} is not a JoinedStr");
    };
    values
        .into_iter()
        .map(|value| match value.kind {
            ExprKind::Constant {
                value: Constant::Str(PyStr::Utf8(text)),
                kind,
            } => (text, kind),
            other => panic!("{other:?}"),
        })
        .collect()
}

fn message(texts: &[&str]) -> String {
    parse(texts).unwrap_err().msg
}

#[test]
fn literal_only_fstrings() {
    assert_eq!(joined_constants(&["f''"]), vec![]);
    assert_eq!(joined_constants(&["f''", "''"]), vec![]);
    assert_eq!(
        joined_constants(&["f'a}}b{{c'"]),
        vec![("a}b{c".to_owned(), None)]
    );
    assert_eq!(
        joined_constants(&["f'a'", "'b'", "F'c'", "u'd'"]),
        vec![("abcd".to_owned(), None)]
    );
    assert_eq!(
        joined_constants(&["u'a'", "f'b'"]),
        vec![("ab".to_owned(), Some("u".into()))]
    );
    assert_eq!(
        joined_constants(&["f'\\N{LATIN SMALL LETTER A}\\n'"]),
        vec![("a\n".to_owned(), None)]
    );
    assert_eq!(
        joined_constants(&["rf'\\n{{'"]),
        vec![("\\n{".to_owned(), None)]
    );
    assert_eq!(
        joined_constants(&["f'''a\r\nb'''"]),
        vec![("a\nb".to_owned(), None)]
    );
}

#[test]
fn constant_spans_cover_all_parts() {
    let expr = parse(&["f'a'", "'b'"]).unwrap();
    assert_eq!(expr.span, Span::new(0, 8));
    let ExprKind::JoinedStr { values } = expr.kind else {
        panic!("not a JoinedStr");
    };
    assert_eq!(values[0].span, Span::new(0, 8));
}

#[test]
fn errors_before_the_expression() {
    assert_eq!(message(&["f'a}'"]), "f-string: single '}' is not allowed");
    assert_eq!(message(&["f'}'"]), "f-string: single '}' is not allowed");
    assert_eq!(message(&["f'{'"]), "f-string: expecting '}'");
    assert_eq!(message(&["f'{x'"]), "f-string: expecting '}'");
    assert_eq!(
        message(&["f'{}'"]),
        "f-string: empty expression not allowed"
    );
    assert_eq!(
        message(&["f'{ \t}'"]),
        "f-string: empty expression not allowed"
    );
    assert_eq!(
        message(&["f'{!r}'"]),
        "f-string: expression required before '!'"
    );
    assert_eq!(
        message(&["f'{:x}'"]),
        "f-string: expression required before ':'"
    );
    assert_eq!(
        message(&["f'{=}'"]),
        "f-string: expression required before '='"
    );
    assert_eq!(
        message(&["f'{a\\\\b}'"]),
        "f-string expression part cannot include a backslash"
    );
    assert_eq!(
        message(&["f'{#}'"]),
        "f-string expression part cannot include '#'"
    );
    assert_eq!(message(&["f'{x)}'"]), "f-string: unmatched ')'");
    assert_eq!(message(&["f'{(x'"]), "f-string: unmatched '('");
    assert_eq!(message(&["f'{\"x}'"]), "f-string: unterminated string");
    assert_eq!(
        message(&["f'\\x4{'"]),
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
    );
    assert_eq!(message(&["f'{x'", "b'a'"]), "f-string: expecting '}'");
    let err = parse(&["f'{'"]).unwrap_err();
    assert_eq!(err.span, Span::new(4, 4));
}
