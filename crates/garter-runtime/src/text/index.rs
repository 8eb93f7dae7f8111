//! Character (code point) indices over UTF-8 strings: counting, indexing,
//! converting to byte offsets, slicing with a step, and clamping the
//! optional `start`/`end` arguments of `find`, `count` and friends.

/// The number of characters in `s` (`len(s)`).
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The byte offset of character `index` of `s`; `index == char_count(s)`
/// gives `s.len()`, larger indices give `None`.
pub fn byte_offset(s: &str, index: usize) -> Option<usize> {
    if s.is_ascii() {
        return (index <= s.len()).then_some(index);
    }
    s.char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(s.len()))
        .nth(index)
}

/// Character `index` of `s` (already made non-negative by the caller), or
/// `None` past the end.
pub fn char_at(s: &str, index: usize) -> Option<char> {
    if s.is_ascii() {
        return s.as_bytes().get(index).map(|&b| char::from(b));
    }
    s.chars().nth(index)
}

/// The characters of `s` between character indices `start` and `end`
/// (clamped to the string; empty when `start >= end`).
pub fn substring(s: &str, start: usize, end: usize) -> &str {
    let count = char_count(s);
    let end = end.min(count);
    if start >= end {
        return "";
    }
    let from = byte_offset(s, start).unwrap_or(s.len());
    let rest = s.get(from..).unwrap_or("");
    let to = byte_offset(rest, end - start).unwrap_or(rest.len());
    rest.get(..to).unwrap_or("")
}

/// `s[start::step]` limited to `length` characters, for a slice the caller
/// has already normalised (as `slice.indices` does): `start` is the first
/// character index, `step` is non-zero and `length` is the slice length.
/// Positions outside the string are skipped.
pub fn slice_chars(s: &str, start: i64, step: i64, length: usize) -> String {
    let positions = (0..length as i64).map_while(|k| k.checked_mul(step)?.checked_add(start));
    if step == 1 {
        let begin = usize::try_from(start.max(0)).unwrap_or(usize::MAX);
        return substring(s, begin, begin.saturating_add(length)).to_string();
    }
    if s.is_ascii() {
        let bytes = s.as_bytes();
        return positions
            .filter_map(|at| bytes.get(usize::try_from(at).ok()?))
            .map(|&b| char::from(b))
            .collect();
    }
    if step > 0 && start >= 0 {
        let skip = usize::try_from(start).unwrap_or(usize::MAX);
        let stride = usize::try_from(step).unwrap_or(usize::MAX);
        return s.chars().skip(skip).step_by(stride).take(length).collect();
    }
    let chars: Vec<char> = s.chars().collect();
    positions
        .filter_map(|at| chars.get(usize::try_from(at).ok()?).copied())
        .collect()
}

/// Clamps the `start` and `end` arguments of `find`, `count`,
/// `startswith`... like slice indices over a string of `len` characters:
/// negative values count from the end and stop at 0, `end` stops at `len`.
/// `start` may stay beyond `len`, and may exceed `end`. Missing arguments
/// (or `None`) mean the whole string.
pub fn adjust_indices(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let len_signed = i64::try_from(len).unwrap_or(i64::MAX);
    let clamp = |index: i64| {
        if index < 0 {
            usize::try_from(index.saturating_add(len_signed).max(0)).unwrap_or(0)
        } else {
            usize::try_from(index).unwrap_or(usize::MAX)
        }
    };
    let start = start.map_or(0, clamp);
    let end = end.map_or(len, |end| clamp(end).min(len));
    (start, end)
}
