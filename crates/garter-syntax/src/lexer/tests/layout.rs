//! Token streams: logical lines, indentation, brackets, continuations,
//! keywords, operators, soft keywords and the with-items `(`.

use super::{describe, error, syntax, tokens};
use crate::lexer::{normalize_identifier, Lexer};
use crate::token::Tok;
use crate::SyntaxErrorKind;

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

/// A DEDENT sits at its line's first token; an INDENT spans the last
/// character of the indentation (where an unexpected indent is reported).
#[test]
fn indent_and_dedent_spans() {
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
            ("Indent".to_owned(), 9, 10),
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

/// Asserts that `pick` gives `expected` for each of `sources`.
fn assert_each_gives(pick: impl Fn(&str) -> String, expected: &str, sources: &[&str]) {
    for source in sources {
        assert_eq!(pick(source), expected, "{source}");
    }
}

#[test]
fn soft_keyword_match() {
    let first = |source: &str| tokens(source).swap_remove(0);
    assert_each_gives(
        first,
        "Match",
        &[
            "match x:\n case 1: pass",
            "match (a, b):\n case _: pass",
            "match [a]:\n case _: pass",
            "match -x:\n case _: pass",
            "match x, y: # c\n case _: pass",
            "match {\n 1: 2}:\n case _: pass",
        ],
    );
    assert_each_gives(
        first,
        "Name(match)",
        &[
            "match = 3",
            "match.group(1)",
            "match(x)",
            "match: int = 1",
            "match[x]: int",
            "match, x = 1, 2",
            "match\n",
            "match(x) + {\n 1: 2}",
        ],
    );
    assert_eq!(tokens("print(match)")[2], "Name(match)");
    assert_eq!(tokens("x = match if y else z:")[2], "Name(match)");
}

/// The soft keywords of `source` and the names `match` and `case`, in order.
fn soft_words(source: &str) -> Vec<String> {
    tokens(source)
        .into_iter()
        .filter(|tok| ["Match", "Case", "Name(match)", "Name(case)"].contains(&tok.as_str()))
        .collect()
}

#[test]
fn soft_keyword_case() {
    let source = "match p:\n    case [a, b] if a:\n        pass\n    case _:\n        case = 1\n";
    assert_eq!(soft_words(source), ["Match", "Case", "Case", "Name(case)"]);
}

#[test]
fn one_line_case_clauses() {
    let source = "match p:\n    case 1: pass\n    case [a, b] if a: x = (1,\n 2)\n    case _: y\n";
    assert_eq!(soft_words(source), ["Match", "Case", "Case", "Case"]);
    let source = "match p:\n    # comment\n\n    case 1: case = 2\n";
    assert_eq!(soft_words(source), ["Match", "Case", "Name(case)"]);
}

#[test]
fn case_is_a_name_outside_match_blocks() {
    for source in [
        "case = 1\n",
        "case(x)\n",
        "case x:\n    pass\n",
        "if p:\n    case: int = 1\n",
        "def f():\n    case [1]: pass\n",
        "x = case if y else case\n",
    ] {
        assert!(
            soft_words(source).iter().all(|tok| tok == "Name(case)"),
            "{source}"
        );
    }
    let after_block = "match p:\n    case 1:\n        pass\ncase = 2\n";
    assert_eq!(soft_words(after_block), ["Match", "Case", "Name(case)"]);
    let unindented = "match p:\ncase 1: pass\n";
    assert_eq!(soft_words(unindented), ["Match", "Name(case)"]);
}

#[test]
fn nested_match_blocks() {
    let source = concat!(
        "match a:\n",
        "    case 1:\n",
        "        match b:\n",
        "            case 2: pass\n",
        "            case 3:\n",
        "                case = 4\n",
        "    case 5: pass\n",
        "case(6)\n",
    );
    assert_eq!(
        soft_words(source),
        [
            "Match",
            "Case",
            "Match",
            "Case",
            "Case",
            "Name(case)",
            "Case",
            "Name(case)"
        ]
    );
    let in_function = "def f():\n    match a:\n        case 1: pass\n    case(2)\n";
    assert_eq!(soft_words(in_function), ["Match", "Case", "Name(case)"]);
    let closed_at_end = "if x:\n    match a:\n        case 1:\n            pass";
    assert_eq!(soft_words(closed_at_end), ["Match", "Case"]);
}

#[test]
fn parenthesised_with_items() {
    let paren = |source: &str| {
        let toks = tokens(source);
        let at = usize::from(toks[0] == "Async") + 1;
        toks[at].clone()
    };
    assert_each_gives(
        paren,
        "LParWith",
        &[
            "with (a, b): pass",
            "with (a as b, c as d): pass",
            "with (a): pass",
            "async with (a as b,\n  c): pass",
            "with (open(x) as f): pass",
        ],
    );
    assert_each_gives(
        paren,
        "LPar",
        &[
            "with (a, b) as c: pass",
            "with (a) as b, (c) as d: pass",
            "with (): pass",
            "with (yield): pass",
            "with (x := 1): pass",
            "with (x for x in y): pass",
            "with (*a, b): pass",
            "with (a, b), c: pass",
        ],
    );
    assert_eq!(tokens("x = with_(a, b)")[3], "LPar");
}
