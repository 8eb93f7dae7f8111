//! Searching with character indices: `find`, `rfind`, `count`,
//! `startswith`, `endswith` (with Python's optional `start`/`end`) and
//! `replace`.

use super::index::{adjust_indices, char_count, substring};

/// The part of `s` that `start`/`end` select and its first character's
/// index, or `None` when it is shorter than `needed` characters.
fn window<'a>(
    s: &'a str,
    needed: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(&'a str, usize)> {
    let (start, end) = adjust_indices(char_count(s), start, end);
    if end < start || end - start < char_count(needed) {
        return None;
    }
    Some((substring(s, start, end), start))
}

/// The character index of the first character of `window`'s byte offset
/// `at`, counted from `first`.
fn char_index(window: &str, first: usize, at: usize) -> usize {
    first + char_count(window.get(..at).unwrap_or(""))
}

/// `s.find(sub, start, end)` as a character index, `None` for Python's -1.
/// `s.index` raises `ValueError: substring not found` on `None`.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (window, first) = window(s, sub, start, end)?;
    let at = window.find(sub)?;
    Some(char_index(window, first, at))
}

/// `s.rfind(sub, start, end)` as a character index, `None` for Python's -1.
/// `s.rindex` raises `ValueError: substring not found` on `None`.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (window, first) = window(s, sub, start, end)?;
    let at = window.rfind(sub)?;
    Some(char_index(window, first, at))
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub`
/// occurs once more than the number of characters selected.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let Some((window, _)) = window(s, sub, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        char_count(window) + 1
    } else {
        window.matches(sub).count()
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller tries each
/// member of a tuple).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, prefix, start, end).is_some_and(|(window, _)| window.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix (the caller tries each
/// member of a tuple).
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, suffix, start, end).is_some_and(|(window, _)| window.ends_with(suffix))
}

/// `s.replace(old, new, count)`: the first `count` non-overlapping
/// occurrences of `old` (all of them when `count` is negative). An empty
/// `old` matches before every character and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    s.replacen(old, new, limit)
}
