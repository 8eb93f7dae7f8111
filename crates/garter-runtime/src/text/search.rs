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
    let at = find_bytes(window.as_bytes(), sub.as_bytes())?;
    Some(char_index(window, first, at))
}

/// `s.rfind(sub, start, end)` as a character index, `None` for Python's -1.
/// `s.rindex` raises `ValueError: substring not found` on `None`.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (window, first) = window(s, sub, start, end)?;
    let at = rfind_bytes(window.as_bytes(), sub.as_bytes())?;
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
        match_offsets(window.as_bytes(), sub.as_bytes(), usize::MAX).count()
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
    if old.is_empty() {
        return s.replacen(old, new, limit);
    }
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    for at in match_offsets(s.as_bytes(), old.as_bytes(), limit) {
        out.push_str(s.get(copied..at).unwrap_or_default());
        out.push_str(new);
        copied = at + old.len();
    }
    out.push_str(s.get(copied..).unwrap_or_default());
    out
}

/// Haystacks shorter than this are scanned directly: building a memmem
/// searcher costs more than the scan.
const SHORT_HAYSTACK: usize = 64;

/// The byte offset of the first `needle` in `hay` (0 for an empty
/// needle): `memchr` for one byte, a direct scan of a short haystack,
/// memchr's memmem otherwise. UTF-8 is self-synchronising, so on the
/// bytes of two strs a match always starts and ends on a character
/// boundary.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => memchr::memchr(*b, hay),
        _ if hay.len() < SHORT_HAYSTACK => hay.windows(needle.len()).position(|w| w == needle),
        _ => memchr::memmem::find(hay, needle),
    }
}

/// The byte offset of the last `needle` in `hay` (`hay.len()` for an
/// empty needle); the counterpart of [`find_bytes`].
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(hay.len()),
        [b] => memchr::memrchr(*b, hay),
        _ if hay.len() < SHORT_HAYSTACK => hay.windows(needle.len()).rposition(|w| w == needle),
        _ => memchr::memmem::rfind(hay, needle),
    }
}

/// The byte offsets of the first `limit` non-overlapping occurrences of
/// a non-empty `needle`, left to right, with one searcher for them all.
pub fn match_offsets<'a>(
    hay: &'a [u8],
    needle: &'a [u8],
    limit: usize,
) -> impl Iterator<Item = usize> + 'a {
    memchr::memmem::find_iter(hay, needle).take(limit)
}

/// `hay` with the first `limit` occurrences of a non-empty `old`
/// replaced by `new`.
pub fn replace_bytes(hay: &[u8], old: &[u8], new: &[u8], limit: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut copied = 0;
    for at in match_offsets(hay, old, limit) {
        out.extend_from_slice(hay.get(copied..at).unwrap_or_default());
        out.extend_from_slice(new);
        copied = at + old.len();
    }
    out.extend_from_slice(hay.get(copied..).unwrap_or_default());
    out
}

/// The pieces of `hay` between the first `limit` occurrences of a
/// non-empty `sep` (so at most `limit + 1` pieces).
pub fn split_bytes<'a>(hay: &'a [u8], sep: &[u8], limit: usize) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut begin = 0;
    for at in match_offsets(hay, sep, limit) {
        parts.push(hay.get(begin..at).unwrap_or_default());
        begin = at + sep.len();
    }
    parts.push(hay.get(begin..).unwrap_or_default());
    parts
}
