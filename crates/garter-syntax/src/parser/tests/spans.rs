//! Node spans (byte offsets) where CPython's positions need care, and the
//! expression entry points `parse_expression` and
//! `parse_fstring_expression`.

use crate::ast::{Expr, ExprKind, Span, Stmt, StmtKind};
use crate::parse_module;
use crate::parser::{parse_expression, parse_fstring_expression};

fn only_stmt(source: &str) -> Stmt {
    let module = parse_module(source).unwrap_or_else(|err| panic!("{source:?}: {err:?}"));
    module.body.into_iter().next().expect("one statement")
}

fn expr_value(source: &str) -> Expr {
    match only_stmt(source).kind {
        StmtKind::Expr { value } => *value,
        other => panic!("not an expression statement: {other:?}"),
    }
}

#[test]
fn sole_generator_argument_takes_the_call_parentheses() {
    let ExprKind::Call { args, .. } = expr_value("f(x for x in y)").kind else {
        panic!("not a call");
    };
    assert_eq!(args[0].span, Span::new(1, 15));
}

#[test]
fn unparenthesised_tuple_includes_its_trailing_comma() {
    let StmtKind::Assign { value, .. } = only_stmt("x = 1,").kind else {
        panic!("not an assignment");
    };
    assert_eq!(value.span, Span::new(4, 6));
}

#[test]
fn block_end_includes_a_final_semicolon() {
    let def = only_stmt("def f():\n    x = 1; pass; del x;\n");
    assert_eq!(def.span, Span::new(0, 32));
}

#[test]
fn keyword_span_includes_closing_parenthesis_of_its_value() {
    let ExprKind::Call { keywords, .. } = expr_value("f(a=(1))").kind else {
        panic!("not a call");
    };
    assert_eq!(keywords[0].span, Span::new(2, 7));
}

#[test]
fn elif_starts_at_its_keyword_and_ends_with_the_chain() {
    let source = "if a: pass\nelif b: pass\nelse: pass";
    let outer = only_stmt(source);
    assert_eq!(outer.span, Span::new(0, source.len()));
    let StmtKind::If { orelse, .. } = outer.kind else {
        panic!("not an if");
    };
    assert_eq!(orelse[0].span, Span::new(11, source.len()));
}

#[test]
fn expression_mode_tuple_spans_its_elements() {
    let tuple = parse_expression(" 1, 2 \n").expect("parses");
    assert_eq!(tuple.span, Span::new(1, 5));
    assert!(matches!(tuple.kind, ExprKind::Tuple { .. }));
}

#[test]
fn expression_mode_is_cpythons_eval_input() {
    for rejected in [
        "x = 1",
        "a) + (b",
        "yield x",
        "*a, b",
        "x for x in y",
        "1 +\n2",
        "",
    ] {
        assert!(parse_expression(rejected).is_err(), "{rejected:?}");
    }
    for accepted in ["(yield)", "(*a, b)", "(x for x in y)", "\n1\n", "[1,\n2]"] {
        assert!(parse_expression(accepted).is_ok(), "{accepted:?}");
    }
}

#[test]
fn fstring_field_is_parsed_as_if_parenthesised_at_its_braces() {
    // f"{a, b}": the field text `a, b` starts at byte 3, its braces are
    // at 2 and 7.
    let tuple = parse_fstring_expression("a, b", 3).expect("parses");
    assert_eq!(tuple.span, Span::new(2, 8));
    let ExprKind::Tuple { elts, .. } = tuple.kind else {
        panic!("not a tuple");
    };
    assert_eq!(elts[1].span, Span::new(6, 7));
    let name = parse_fstring_expression("\n x\n", 10).expect("newlines are allowed");
    assert_eq!(name.span, Span::new(12, 13));
}

#[test]
fn deep_nesting_is_an_error_not_an_overflow() {
    let depth = 100_000;
    let sources = [
        format!("x = {}1\n", "-".repeat(depth)),
        format!("x = {}1 )\n", "-".repeat(depth)),
        format!("x = {}1\n", "1+".repeat(depth)),
        format!("x = a{}\n", ".b".repeat(depth)),
        format!("x = {}1\n", "not ".repeat(depth)),
        format!("x = {}1\n", "lambda: ".repeat(depth)),
        format!("x = {}1\n", "[".repeat(depth)),
    ];
    for source in &sources {
        assert!(parse_module(source).is_err());
    }
    let err = parse_module(&sources[2]).expect_err("too deep");
    assert_eq!(err.kind, crate::SyntaxErrorKind::RecursionError);
    let shallow = format!("x = {}1\n", "-".repeat(2000));
    assert!(parse_module(&shallow).is_ok());
}
