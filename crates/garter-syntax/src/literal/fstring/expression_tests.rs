//! f-string tests that parse replacement-field expressions (through the
//! grammar's `parse_fstring_expression`), checked against CPython 3.11's
//! `ast.dump(ast.parse(source, mode='eval').body)`.

use crate::ast::dump::dump_expr;
use crate::ast::{Expr, ExprKind, Span};
use crate::literal::strings::parse_string_literals;

/// Parses string tokens written one after the other, separated by a space.
fn parse(tokens: &[&str]) -> Expr {
    let mut parts = Vec::new();
    let mut at = 0;
    for token in tokens {
        parts.push((at, *token, at + token.len()));
        at += token.len() + 1;
    }
    match parse_string_literals(&parts) {
        Ok(expr) => expr,
        Err(err) => panic!("{tokens:?}: {err:?}"),
    }
}

const CASES: &[(&[&str], &str)] = &[
    (
        &[r#"f"{x!r:>{width}}""#],
        "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='width', ctx=Load()), conversion=-1)]))])",
    ),
    (
        &[r#"f"{x=}""#],
        "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])",
    ),
    (
        &[r#"f"{ x = !s:^{w}}""#],
        "JoinedStr(values=[Constant(value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))])",
    ),
    (
        &[r#"u"a""#, r#"f"{x:a{y}b}""#, r#""c""#],
        "JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='b')])), Constant(value='c', kind='u')])",
    ),
    (
        &[r#"f"{x:{y}=}""#],
        "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='=')]))])",
    ),
    (
        &[r#"f"{3!=4}{a<b}{a==b}""#],
        "JoinedStr(values=[FormattedValue(value=Compare(left=Constant(value=3), ops=[NotEq()], comparators=[Constant(value=4)]), conversion=-1), FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[Name(id='b', ctx=Load())]), conversion=-1), FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())]), conversion=-1)])",
    ),
    (
        &[r#"f"{x,y}""#],
        "JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)])",
    ),
    (
        &[r#"f"{yield}""#],
        "JoinedStr(values=[FormattedValue(value=Yield(), conversion=-1)])",
    ),
    (
        &[r#"f"{x:{{}}}""#],
        "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Dict(keys=[], values=[]), conversion=-1)]))])",
    ),
    (
        &[r#"f"{(lambda: 1)}""#],
        "JoinedStr(values=[FormattedValue(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), conversion=-1)])",
    ),
    (
        &[r#"f"{f'{x}'}""#],
        "JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)])",
    ),
    (
        &[r#"f"{x!r:}""#],
        "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[]))])",
    ),
    (
        &[r#"f"\N{BULLET} {x}\n""#],
        "JoinedStr(values=[Constant(value='• '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\n')])",
    ),
    (
        &[r#"rf"\{x}""#],
        "JoinedStr(values=[Constant(value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])",
    ),
    (
        &[r#"f"{'''a'''}""#],
        "JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)])",
    ),
    (
        &[r#"f"{d['k']:%H:%M}""#],
        "JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%H:%M')]))])",
    ),
    (
        &[r#"f"{x:=5}""#],
        "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=5')]))])",
    ),
    (
        &[r#"f"{x=   }""#],
        "JoinedStr(values=[Constant(value='x=   '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])",
    ),
];

#[test]
fn fields_dump_as_cpython_dumps_them() {
    for (tokens, expected) in CASES {
        assert_eq!(dump_expr(&parse(tokens)), *expected, "{tokens:?}");
    }
}

#[test]
fn field_expressions_have_file_positions() {
    let expr = parse(&[r#"f"a{ x }{y!r}""#]);
    let ExprKind::JoinedStr { values } = expr.kind else {
        panic!("not a JoinedStr");
    };
    let spans: Vec<Span> = values
        .iter()
        .filter_map(|value| match &value.kind {
            ExprKind::FormattedValue { value, .. } => Some(value.span),
            _ => None,
        })
        .collect();
    assert_eq!(spans, vec![Span::new(5, 6), Span::new(9, 10)]);
}

#[test]
fn field_parser_errors_are_prefixed() {
    let message = |token: &str| {
        parse_string_literals(&[(0, token, token.len())])
            .unwrap_err()
            .msg
    };
    assert_eq!(
        message(r#"f"{x y}""#),
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        message(r#"f"{b'a' 'b'}""#),
        "f-string: cannot mix bytes and nonbytes literals"
    );
    assert_eq!(message(r#"f"{f'{'}""#), "f-string: f-string: expecting '}'");
    assert_eq!(message(r#"f"{1_}""#), "invalid decimal literal");
    assert_eq!(message(r#"f"{0o8}""#), "invalid digit '8' in octal literal");
}
