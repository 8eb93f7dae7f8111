//! Splitting: `split`/`rsplit` on a separator or on Python whitespace,
//! `splitlines` on Python's line boundaries, `partition`/`rpartition`.
//! Results borrow from the input.

use super::chars::is_space;
use super::error::TextError;

/// `s.split(sep, maxsplit)`; a negative `maxsplit` means no limit.
/// `sep == Some("")` is [`TextError::EmptySeparator`].
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, TextError> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    match sep {
        Some("") => Err(TextError::EmptySeparator),
        Some(sep) => Ok(split_on(s, sep, limit)),
        None => Ok(split_whitespace(s, limit)),
    }
}

/// The pieces of `s` between the first `limit` occurrences of a
/// non-empty `sep` (matches of UTF-8 in UTF-8 fall on character
/// boundaries, so every piece is a valid slice).
fn split_on<'a>(s: &'a str, sep: &str, limit: usize) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut begin = 0;
    for at in super::search::match_offsets(s.as_bytes(), sep.as_bytes(), limit) {
        parts.push(s.get(begin..at).unwrap_or_default());
        begin = at + sep.len();
    }
    parts.push(s.get(begin..).unwrap_or_default());
    parts
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but the splits are made from
/// the right; the parts are returned left to right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, TextError> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut parts: Vec<&str> = match sep {
        Some("") => return Err(TextError::EmptySeparator),
        Some(sep) => s.rsplitn(limit.saturating_add(1), sep).collect(),
        None => rsplit_whitespace(s, limit),
    };
    parts.reverse();
    Ok(parts)
}

/// Splits on runs of whitespace, at most `limit` times; the last part keeps
/// its trailing whitespace when the limit is reached.
fn split_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        parts.push(rest.get(..end).unwrap_or(""));
        rest = rest.get(end..).unwrap_or("");
    }
    parts
}

/// Splits on runs of whitespace from the right, at most `limit` times; the
/// parts come out right to left.
fn rsplit_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(at, c)| at + c.len_utf8());
        parts.push(rest.get(start..).unwrap_or(""));
        rest = rest.get(..start).unwrap_or("");
    }
    parts
}

/// Whether `c` ends a line for `splitlines`.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`: `\r\n` is one boundary; no empty last line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let Some((at, c)) = rest.char_indices().find(|&(_, c)| is_line_break(c)) else {
            lines.push(rest);
            break;
        };
        let mut next = at + c.len_utf8();
        if c == '\r' && rest.as_bytes().get(next) == Some(&b'\n') {
            next += 1;
        }
        let end = if keepends { next } else { at };
        lines.push(rest.get(..end).unwrap_or(""));
        rest = rest.get(next..).unwrap_or("");
    }
    lines
}

/// `s.partition(sep)`: before, separator, after the first `sep`, or
/// `(s, "", "")` when it does not occur.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    Ok(
        match super::search::find_bytes(s.as_bytes(), sep.as_bytes()) {
            Some(at) => split_at_match(s, at, sep.len()),
            None => (s, "", ""),
        },
    )
}

/// `s.rpartition(sep)`: before, separator, after the last `sep`, or
/// `("", "", s)` when it does not occur.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    Ok(
        match super::search::rfind_bytes(s.as_bytes(), sep.as_bytes()) {
            Some(at) => split_at_match(s, at, sep.len()),
            None => ("", "", s),
        },
    )
}

/// Cuts `s` around the match of `len` bytes at byte `at`.
fn split_at_match(s: &str, at: usize, len: usize) -> (&str, &str, &str) {
    let end = at + len;
    (
        s.get(..at).unwrap_or(""),
        s.get(at..end).unwrap_or(""),
        s.get(end..).unwrap_or(""),
    )
}
