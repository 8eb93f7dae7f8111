//! Syntax highlighting of the input line: keywords, builtins, strings,
//! numbers and comments get ANSI colors, and the bracket matching the one
//! at the cursor is shown with its partner. A small scanner of its own,
//! so that any text, however incomplete, can be colored.

/// What a piece of the line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Plain,
    Keyword,
    Builtin,
    Str,
    Number,
    Comment,
    Bracket,
}

/// Python 3.11's keywords, with the soft keywords `match` and `case`.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "match", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
];

/// Splits `text` into classified pieces, as byte ranges.
pub fn classify(text: &str, is_builtin: &dyn Fn(&str) -> bool) -> Vec<(usize, usize, Class)> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let c = bytes[at];
        let start = at;
        let class = if c == b'#' {
            at = text[at..].find('\n').map_or(text.len(), |n| at + n);
            Class::Comment
        } else if c == b'"' || c == b'\'' {
            at = string_end(text, at);
            Class::Str
        } else if c.is_ascii_digit() || (c == b'.' && next_is_digit(bytes, at)) {
            at = number_end(bytes, at);
            Class::Number
        } else if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 {
            at = word_end(text, at);
            let word = &text[start..at];
            if is_string_prefix(word) && matches!(bytes.get(at), Some(b'"' | b'\'')) {
                at = string_end(text, at);
                Class::Str
            } else if KEYWORDS.contains(&word) {
                Class::Keyword
            } else if is_builtin(word) {
                Class::Builtin
            } else {
                Class::Plain
            }
        } else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
            if matches!(c, b'(' | b')' | b'[' | b']' | b'{' | b'}') {
                Class::Bracket
            } else {
                Class::Plain
            }
        };
        pieces.push((start, at, class));
    }
    pieces
}

fn next_is_digit(bytes: &[u8], at: usize) -> bool {
    bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
}

fn word_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
        .map_or(text.len(), |(n, _)| at + n)
}

fn number_end(bytes: &[u8], start: usize) -> usize {
    let hex = matches!(bytes.get(start..start + 2), Some(b"0x" | b"0X"));
    let mut at = start;
    while let Some(&c) = bytes.get(at) {
        let exponent_sign =
            !hex && (c == b'+' || c == b'-') && at > start && matches!(bytes[at - 1], b'e' | b'E');
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
            at += 1;
        } else {
            break;
        }
    }
    at
}

fn is_string_prefix(word: &str) -> bool {
    word.len() <= 2
        && word
            .chars()
            .all(|c| matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'f' | 'u'))
}

/// The end of the string starting with the quote at `at`: after its
/// closing quote, or at the end of the line (the text, for a triple-quoted
/// string) when it is not closed yet.
fn string_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let quote = bytes[at];
    let triple = bytes.get(at..at + 3) == Some(&[quote, quote, quote][..]);
    let mut i = if triple { at + 3 } else { at + 1 };
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == b'\n' && !triple {
            return i;
        }
        if c == quote {
            if !triple {
                return i + 1;
            }
            if bytes.get(i..i + 3) == Some(&[quote, quote, quote][..]) {
                return i + 3;
            }
        }
        i += 1;
    }
    bytes.len()
}

/// The byte offsets of the bracket at (or just before) the cursor and of
/// its partner, when both are code (not in a string or comment).
pub fn matching_brackets(
    pieces: &[(usize, usize, Class)],
    text: &str,
    cursor: usize,
) -> Option<(usize, usize)> {
    let brackets: Vec<(usize, u8)> = pieces
        .iter()
        .filter(|(_, _, class)| *class == Class::Bracket)
        .map(|(start, _, _)| (*start, text.as_bytes()[*start]))
        .collect();
    let here = brackets
        .iter()
        .position(|(at, _)| *at + 1 == cursor)
        .or_else(|| brackets.iter().position(|(at, _)| *at == cursor))?;
    let (at, c) = brackets[here];
    let (open, close, forward) = match c {
        b'(' => (b'(', b')', true),
        b'[' => (b'[', b']', true),
        b'{' => (b'{', b'}', true),
        b')' => (b'(', b')', false),
        b']' => (b'[', b']', false),
        _ => (b'{', b'}', false),
    };
    let mut depth = 0usize;
    let candidates: Box<dyn Iterator<Item = &(usize, u8)>> = if forward {
        Box::new(brackets[here..].iter())
    } else {
        Box::new(brackets[..=here].iter().rev())
    };
    for (other, b) in candidates {
        if *b == open || *b == close {
            let opening = (*b == open) == forward;
            if opening {
                depth += 1;
            } else {
                depth -= 1;
                if depth == 0 {
                    return Some((at, *other));
                }
            }
        }
    }
    None
}

/// The ANSI style of a class.
fn style(class: Class) -> Option<&'static str> {
    match class {
        Class::Plain | Class::Bracket => None,
        Class::Keyword => Some("\x1b[1;35m"),
        Class::Builtin => Some("\x1b[36m"),
        Class::Str => Some("\x1b[32m"),
        Class::Number => Some("\x1b[33m"),
        Class::Comment => Some("\x1b[2;37m"),
    }
}

const MATCHED_BRACKET: &str = "\x1b[1;4;34m";
const RESET: &str = "\x1b[0m";

/// `text` with ANSI colors, the cursor being at byte `cursor`.
pub fn highlight(text: &str, cursor: usize, is_builtin: &dyn Fn(&str) -> bool) -> String {
    let pieces = classify(text, is_builtin);
    let matched = matching_brackets(&pieces, text, cursor);
    let mut out = String::with_capacity(text.len() * 2);
    for (start, end, class) in pieces {
        let piece = &text[start..end];
        let style = match matched {
            Some((a, b)) if class == Class::Bracket && (start == a || start == b) => {
                Some(MATCHED_BRACKET)
            }
            _ => style(class),
        };
        match style {
            Some(style) => {
                out.push_str(style);
                out.push_str(piece);
                out.push_str(RESET);
            }
            None => out.push_str(piece),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{classify, highlight, matching_brackets, Class};

    fn classes(text: &str) -> Vec<(&str, Class)> {
        classify(text, &|w| w == "print")
            .into_iter()
            .filter(|(_, _, c)| *c != Class::Plain)
            .map(|(s, e, c)| (&text[s..e], c))
            .collect()
    }

    #[test]
    fn pieces_are_classified() {
        assert_eq!(
            classes("if x: print(f'a{b}', 1.5e-3)  # done"),
            [
                ("if", Class::Keyword),
                ("print", Class::Builtin),
                ("(", Class::Bracket),
                ("f'a{b}'", Class::Str),
                ("1.5e-3", Class::Number),
                (")", Class::Bracket),
                ("# done", Class::Comment),
            ]
        );
        assert_eq!(classes("'''a\nb'''"), [("'''a\nb'''", Class::Str)]);
        assert_eq!(classes("'open"), [("'open", Class::Str)]);
    }

    #[test]
    fn brackets_match_across_nesting_but_not_in_strings() {
        let text = "f(a[1], ')', (2))";
        let pieces = classify(text, &|_| false);
        assert_eq!(matching_brackets(&pieces, text, 2), Some((1, 16)));
        assert_eq!(matching_brackets(&pieces, text, 17), Some((16, 1)));
        assert_eq!(matching_brackets(&pieces, text, 9), None);
    }

    #[test]
    fn colors_keep_the_text() {
        let text = "def f(): return 'x' # c";
        let colored = highlight(text, 0, &|_| false);
        let mut plain = String::new();
        let mut in_escape = false;
        for c in colored.chars() {
            match (in_escape, c) {
                (false, '\x1b') => in_escape = true,
                (true, 'm') => in_escape = false,
                (false, c) => plain.push(c),
                _ => {}
            }
        }
        assert_eq!(plain, text);
    }
}
