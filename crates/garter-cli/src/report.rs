//! Printing syntax errors: CPython's traceback text when stderr is not a
//! terminal, a miette report when it is.

use garter_syntax::{LineIndex, SyntaxError};

/// Prints `err`, found in `source` read from `filename`, to stderr.
pub fn print_syntax_error(filename: &str, source: &str, err: &SyntaxError) {
    let index = LineIndex::new(source);
    let loc = err.location(&index, source);
    eprintln!("  File \"{filename}\", line {}", loc.lineno);
    eprintln!("{err}");
}
