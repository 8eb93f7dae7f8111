//! Deciding, with the real parser, whether the lines typed so far make a
//! whole input to run or need more (an open block, bracket or
//! triple-quoted string), and how far to indent the next line.

use garter_syntax::ast::StmtKind;

/// What to do with the lines typed so far.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Run them (or report their syntax error).
    Complete,
    /// Read another line.
    Incomplete,
}

/// Whether `lines` (as typed, without newlines) make a whole input. A
/// compound statement ends with a blank line, as in python3's REPL; an
/// open bracket or triple-quoted string goes on whatever is typed.
pub fn verdict(lines: &[String]) -> Verdict {
    let source = joined(lines);
    if source.trim().is_empty() {
        return Verdict::Complete;
    }
    let ended = lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty());
    match garter_syntax::parse_module(&source) {
        Ok(module) => {
            let open_block = module.body.last().is_some_and(|s| is_compound(&s.kind));
            if open_block && !ended {
                Verdict::Incomplete
            } else {
                Verdict::Complete
            }
        }
        Err(err) => {
            let msg = err.msg.as_str();
            let unclosed = msg.ends_with("' was never closed")
                || msg.starts_with("unterminated triple-quoted string literal")
                || msg == "unexpected EOF while parsing";
            // An error at the very end of the input is one that more lines
            // can still mend (a decorator waiting for its function), as is
            // a block still missing from the last line (`if x:` waiting
            // for its body, `try:` for its handlers).
            let start = (err.span.start as usize).min(source.len());
            let at_end = start > source.trim_end().len();
            let awaits_block = (msg.starts_with("expected an indented block")
                || msg == "expected 'except' or 'finally' block")
                && source
                    .get(start..)
                    .is_some_and(|rest| rest.trim().lines().count() <= 1);
            if unclosed || ((at_end || awaits_block) && !ended) {
                Verdict::Incomplete
            } else {
                Verdict::Complete
            }
        }
    }
}

/// The lines as one source text, ending with a newline.
pub fn joined(lines: &[String]) -> String {
    let mut source = lines.join("\n");
    source.push('\n');
    source
}

fn is_compound(kind: &StmtKind) -> bool {
    matches!(
        kind,
        StmtKind::FunctionDef(_)
            | StmtKind::AsyncFunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::If { .. }
            | StmtKind::For(_)
            | StmtKind::AsyncFor(_)
            | StmtKind::While { .. }
            | StmtKind::With(_)
            | StmtKind::AsyncWith(_)
            | StmtKind::Try(_)
            | StmtKind::TryStar(_)
            | StmtKind::Match { .. }
    )
}

/// Spaces one level of indentation adds.
const INDENT: &str = "    ";

/// The indentation to offer on the line after `line`: one level more
/// after a line ending in `:`, one less after `return`, `pass`, `break`,
/// `continue` or `raise`, else the same.
pub fn next_indent(line: &str) -> String {
    let indent: String = line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let code = strip_comment(line).trim_end();
    if code.ends_with(':') {
        return format!("{indent}{INDENT}");
    }
    let first_word = code.split_whitespace().next().unwrap_or("");
    if matches!(
        first_word,
        "return" | "pass" | "break" | "continue" | "raise"
    ) {
        let keep = indent.len().saturating_sub(INDENT.len());
        return indent.chars().take(keep).collect();
    }
    indent
}

/// `line` without a trailing `#` comment (a `#` inside a string is kept).
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '#' => return &line[..at],
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {}
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::{next_indent, verdict, Verdict};

    fn check(lines: &[&str]) -> Verdict {
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        verdict(&lines)
    }

    // Each case is what python3's REPL does with the same lines.
    #[test]
    fn complete_inputs() {
        for lines in [
            &["x = 1"][..],
            &["1 +"],
            &["for x in y"],
            &["x = (1,", "", "2)"],
            &["if x:", "  pass", ""],
            &["if x:", "  pass", "    "],
            &["try:", "  pass", ""],
            &["# a comment"],
            &[""],
            &["x)"],
            &["'abc"],
        ] {
            assert_eq!(check(lines), Verdict::Complete, "{lines:?}");
        }
    }

    #[test]
    fn incomplete_inputs() {
        for lines in [
            &["(1,"][..],
            &["\"\"\"abc"],
            &["if x:"],
            &["if x: pass"],
            &["if x:", "  pass"],
            &["if x:", "  pass", "else:"],
            &["x = \\"],
            &["@dec"],
            &["try:", "  pass"],
            &["x = (1,", ""],
            &["def f():", "    return 1"],
            &["class A:", "    def f(self):"],
        ] {
            assert_eq!(check(lines), Verdict::Incomplete, "{lines:?}");
        }
    }

    #[test]
    fn indentation_follows_blocks() {
        assert_eq!(next_indent("def f(x):"), "    ");
        assert_eq!(next_indent("    if x:  # check"), "        ");
        assert_eq!(next_indent("    y = 1"), "    ");
        assert_eq!(next_indent("        return y"), "    ");
        assert_eq!(next_indent("x = '#:'"), "");
    }
}
