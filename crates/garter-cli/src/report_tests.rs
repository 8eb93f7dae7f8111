//! Tests of the error renderings on hand-made errors: the CPython text
//! against what python3 3.11 prints, and the miette report against golden
//! files in `tests/golden/` (rendered without colors).

use super::{cpython_traceback, decode_error_text, miette_report};
use garter_syntax::ast::Span;
use garter_syntax::SyntaxError;

fn err(msg: &str, start: usize, end: usize) -> SyntaxError {
    SyntaxError::new(msg, Span::new(start, end))
}

#[test]
fn caret_under_the_span() {
    let text = cpython_traceback("/x.py", "x = 1 1\n", &err("invalid syntax", 6, 7));
    assert_eq!(
        text,
        "  File \"/x.py\", line 1\n    x = 1 1\n          ^\nSyntaxError: invalid syntax\n"
    );
}

#[test]
fn indentation_is_stripped_and_tabs_count_as_one() {
    let source = "if x:\n\tfoo( \u{20ac}\n";
    let text = cpython_traceback(
        "/b.py",
        source,
        &err("invalid character '€' (U+20AC)", 12, 15),
    );
    assert_eq!(
        text,
        "  File \"/b.py\", line 2\n    foo( €\n         ^\nSyntaxError: invalid character '€' (U+20AC)\n"
    );
}

#[test]
fn caret_left_of_the_stripped_text_is_not_printed() {
    let source = "a = 1\n  b = 2\n";
    let mut error = err("unexpected indent", 7, 7);
    error.kind = garter_syntax::SyntaxErrorKind::IndentationError;
    let text = cpython_traceback("/h.py", source, &error);
    assert_eq!(
        text,
        "  File \"/h.py\", line 2\n    b = 2\nIndentationError: unexpected indent\n"
    );
}

#[test]
fn long_spans_are_clipped_to_the_line() {
    // python3: SyntaxError("msg", ("x.py", 1, 5, "x = 1 1\n", 2, 2))
    let text = cpython_traceback("/x.py", "x = 1 1\ny\n", &err("msg", 4, 9));
    assert_eq!(
        text,
        "  File \"/x.py\", line 1\n    x = 1 1\n        ^^^\nSyntaxError: msg\n"
    );
}

#[test]
fn error_at_end_of_unterminated_last_line() {
    let text = cpython_traceback("/g.py", "x = 1 +", &err("invalid syntax", 7, 8));
    assert_eq!(
        text,
        "  File \"/g.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"
    );
}

#[test]
fn decoding_errors_name_the_file() {
    let error = err(
        "Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; \
         see https://peps.python.org/pep-0263/ for details",
        0,
        0,
    );
    assert_eq!(
        decode_error_text("/e.py", &error),
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /e.py on line 2, \
         but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
    );
}

/// Compares a miette rendering with `tests/golden/NAME.txt`; with
/// `GARTER_BLESS=1` in the environment, writes it instead.
fn golden(name: &str, source: &str, error: &SyntaxError) {
    let rendered = miette_report(&format!("{name}.py"), source, error, false);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.txt"));
    if std::env::var_os("GARTER_BLESS").is_some() {
        std::fs::write(&path, &rendered).expect("write the golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).expect("golden file (GARTER_BLESS=1 writes it)");
    assert_eq!(rendered, expected, "miette rendering of {name} changed");
}

#[test]
fn miette_never_closed() {
    golden(
        "never_closed",
        "x = (1,\n",
        &err("'(' was never closed", 4, 5),
    );
}

#[test]
fn miette_unterminated_string() {
    golden(
        "unterminated_string",
        "x = 1\ny = \"abc\n",
        &err("unterminated string literal (detected at line 2)", 10, 10),
    );
}

#[test]
fn miette_expected_colon() {
    golden(
        "expected_colon",
        "if x\n    pass\n",
        &err("expected ':'", 4, 4),
    );
}

#[test]
fn miette_duplicate_argument() {
    golden(
        "duplicate_argument",
        "def f(x, x):\n    pass\n",
        &err("duplicate argument 'x' in function definition", 9, 10),
    );
}

#[test]
fn miette_recursion_error() {
    let error = garter_syntax::validate::depth::recursion_error();
    golden("recursion", "x = -1\n", &error);
}
