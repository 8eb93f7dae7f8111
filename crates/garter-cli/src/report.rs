//! Printing syntax errors: CPython 3.11's traceback text when stderr is not
//! a terminal (byte for byte what `python3 FILE` prints), a miette report
//! when it is.
//!
//! Both renderings are plain functions returning a `String`, so tests can
//! check them without a terminal.

use garter_syntax::{LineIndex, SyntaxError, SyntaxErrorKind};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use std::io::{IsTerminal, Write};

/// Prints `err`, found in `source` read from `filename`, to stderr.
pub fn print_syntax_error(filename: &str, source: &str, err: &SyntaxError) {
    let text = if std::io::stderr().is_terminal() {
        miette_report(filename, source, err, crate::color::stderr_enabled())
    } else if is_pseudo_file(filename)
        && err.kind != SyntaxErrorKind::RecursionError
        && garter_syntax::parse_module(source).is_ok()
    {
        // python3 shows no line for an error its compiler finds (not its
        // parser) in code that is not in a file: it cannot read it back.
        lineless_traceback(filename, source, err)
    } else {
        cpython_traceback(&shown_path(filename), source, err)
    };
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Whether `filename` names no file (`<string>`, `<stdin>`).
fn is_pseudo_file(filename: &str) -> bool {
    filename.starts_with('<') && filename.ends_with('>')
}

/// The traceback of a syntax error without its source line.
pub fn lineless_traceback(filename: &str, source: &str, err: &SyntaxError) -> String {
    let loc = err.location(&LineIndex::new(source), source);
    format!(
        "  File \"{filename}\", line {}\n{}: {}\n",
        loc.lineno,
        err.kind.name(),
        err.msg
    )
}

/// Prints an error met while decoding the bytes of `filename` (bad UTF-8,
/// unknown coding declaration). CPython prints these without a source
/// line, and names the file inside the message.
pub fn print_decode_error(filename: &str, err: &SyntaxError) {
    let text = decode_error_text(&shown_path(filename), err);
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// The text CPython prints for a decoding error of the file `path`.
pub fn decode_error_text(path: &str, err: &SyntaxError) -> String {
    const NON_UTF8: &str = "Non-UTF-8 code starting with";
    let msg = match err.msg.find(" on line ") {
        Some(at) if err.msg.starts_with(NON_UTF8) => {
            format!("{} in file {path}{}", &err.msg[..at], &err.msg[at..])
        }
        _ => err.msg.clone(),
    };
    format!("{}: {msg}\n", err.kind.name())
}

/// The script path as CPython 3.11 shows it: made absolute by joining it
/// to the working directory, without normalising it. Names such as
/// `<string>` and `<stdin>` are not paths and stay as they are.
pub fn shown_path(filename: &str) -> String {
    let path = std::path::Path::new(filename);
    if path.is_absolute() || is_pseudo_file(filename) {
        return filename.to_owned();
    }
    match std::env::current_dir() {
        Ok(dir) => format!("{}/{filename}", dir.display()),
        Err(_) => filename.to_owned(),
    }
}

/// The source line an error points at, as CPython's `SyntaxError.text`
/// holds it: the line with a `\n` unless it is the file's unterminated
/// last line. `None` when the line does not exist.
fn error_line(index: &LineIndex, source: &str, lineno: usize) -> Option<String> {
    let start = index.line_start(lineno);
    if index.line_of(start) != lineno || (start >= source.len() && lineno > 1) {
        return None;
    }
    let line = index.line_text(source, lineno);
    let terminated = source.len() > start + line.len();
    Some(if terminated {
        format!("{line}\n")
    } else {
        line.to_owned()
    })
}

/// What `python3 FILE` prints on stderr for `err` in `source`, the file
/// being shown as `path`.
pub fn cpython_traceback(path: &str, source: &str, err: &SyntaxError) -> String {
    let kind = err.kind.name();
    if err.kind == SyntaxErrorKind::RecursionError {
        return format!("{kind}: {}\n", err.msg);
    }
    let index = LineIndex::new(source);
    let loc = err.location(&index, source);
    let mut out = format!("  File \"{path}\", line {}\n", loc.lineno);
    if let Some(text) = error_line(&index, source, loc.lineno) {
        // CPython draws a single caret for indentation errors.
        let (end_lineno, end_offset) = match err.kind {
            SyntaxErrorKind::IndentationError | SyntaxErrorKind::TabError => (loc.lineno, 0),
            _ => (loc.end_lineno, loc.end_offset),
        };
        push_error_text(
            &mut out, &text, loc.lineno, loc.offset, end_lineno, end_offset,
        );
    }
    out.push_str(&format!("{kind}: {}\n", err.msg));
    out
}

/// CPython 3.11's `print_error_text` after its end-offset clamping: the
/// line without its indentation, and a caret line under `offset` (1-based,
/// in characters) up to `end_offset`. Lengths are counted in UTF-8 bytes,
/// as CPython does.
fn push_error_text(
    out: &mut String,
    text: &str,
    lineno: usize,
    offset: usize,
    end_lineno: usize,
    end_offset: usize,
) {
    let line_size = text.len() as isize;
    let mut offset = offset as isize;
    let mut end_offset = end_offset as isize;
    if end_lineno > lineno {
        end_offset = line_size;
    }
    if end_offset > line_size + 1 {
        end_offset = line_size + 1;
    }
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    offset -= 1;
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset -= (text.len() - stripped.len()) as isize;
    let body = stripped.strip_suffix('\n').unwrap_or(stripped);
    offset = offset.min(body.len() as isize);
    out.push_str("    ");
    out.push_str(body);
    out.push('\n');
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets as usize));
    out.push('\n');
}

/// A hint for the errors where one is obvious from the message.
pub fn help_for(err: &SyntaxError) -> Option<String> {
    let msg = err.msg.as_str();
    if let Some(open) = msg
        .strip_suffix("' was never closed")
        .and_then(|m| m.strip_prefix('\''))
    {
        return closing_of(open).map(|close| format!("add the missing '{close}'"));
    }
    if let Some(rest) = msg.strip_prefix("closing parenthesis '") {
        let open = rest.rsplit('\'').nth(1)?;
        return closing_of(open).map(|close| format!("close '{open}' with '{close}'"));
    }
    let help = match msg {
        _ if msg.starts_with("unterminated string literal") => {
            "close the string with the quote it starts with"
        }
        _ if msg.starts_with("unterminated triple-quoted string literal") => {
            "close the string with the three quotes it starts with"
        }
        _ if msg.starts_with("unmatched '") => "remove it, or add the opening bracket it closes",
        "expected ':'" => "add ':' here",
        _ if msg.starts_with("expected an indented block") => "indent the block's first line",
        "unexpected indent" => "remove the extra indentation",
        "unindent does not match any outer indentation level" => {
            "indent this line like the block it belongs to"
        }
        "inconsistent use of tabs and spaces in indentation" => {
            "indent with spaces only (or tabs only)"
        }
        "'return' outside function" => "'return' only works inside a function body",
        "'break' outside loop" | "'continue' not properly in loop" => {
            "this only works inside a 'for' or 'while' loop"
        }
        _ if err.kind == SyntaxErrorKind::RecursionError => "nest this code less deeply",
        _ => return None,
    };
    Some(help.to_owned())
}

fn closing_of(open: &str) -> Option<&'static str> {
    match open {
        "(" => Some(")"),
        "[" => Some("]"),
        "{" => Some("}"),
        _ => None,
    }
}

/// Moves `offset` back to a character boundary of `source`, within it.
fn char_floor(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The miette report for `err`: file and position, a code frame with the
/// failing text underlined, the exception type and message, and a help
/// line where one helps.
pub fn miette_report(filename: &str, source: &str, err: &SyntaxError, color: bool) -> String {
    let mut diagnostic = MietteDiagnostic::new(err.msg.clone()).with_code(err.kind.name());
    if err.kind != SyntaxErrorKind::RecursionError {
        let start = char_floor(source, err.span.start as usize);
        let mut end = char_floor(source, (err.span.end as usize).max(start));
        // Underline the character an empty span points at, if any.
        if end == start {
            if let Some(c) = source[start..]
                .chars()
                .next()
                .filter(|c| !matches!(c, '\n' | '\r'))
            {
                end += c.len_utf8();
            }
        }
        diagnostic = diagnostic.with_label(LabeledSpan::at(start..end, "here"));
    }
    if let Some(help) = help_for(err) {
        diagnostic = diagnostic.with_help(help);
    }
    let report = miette::Report::new(diagnostic)
        .with_source_code(NamedSource::new(filename, source.to_owned()));
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    if handler.render_report(&mut out, report.as_ref()).is_err() {
        return format!("{err}\n");
    }
    out
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
