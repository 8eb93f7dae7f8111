//! Pure algorithms over `&[u8]` behind the methods `bytes` and
//! `bytearray` share: searching with optional `start`/`end`, splitting,
//! stripping, padding, ASCII case mapping and character classes, and the
//! hex conversions. Bytes methods treat only ASCII as letters, digits and
//! whitespace (`b' \t\n\r\x0b\x0c'`), unlike str's Unicode methods.

use crate::text::error::TextError;
use crate::text::index::adjust_indices;

/// Python's whitespace for bytes (`Py_ISSPACE`).
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The part of `s` that `start`/`end` select and its offset, or `None`
/// when it is shorter than `needed` bytes.
fn window(s: &[u8], needed: usize, start: Option<i64>, end: Option<i64>) -> Option<(&[u8], usize)> {
    let (start, end) = adjust_indices(s.len(), start, end);
    if end < start || end - start < needed {
        return None;
    }
    Some((s.get(start..end)?, start))
}

/// The first index of `needle` in `hay` (0 for an empty needle).
fn position(hay: &[u8], needle: &[u8]) -> Option<usize> {
    crate::text::search::find_bytes(hay, needle)
}

/// The last index of `needle` in `hay` (`hay.len()` for an empty needle).
fn last_position(hay: &[u8], needle: &[u8]) -> Option<usize> {
    crate::text::search::rfind_bytes(hay, needle)
}

/// `s.find(sub, start, end)`, `None` for Python's -1.
pub fn find(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (w, first) = window(s, sub.len(), start, end)?;
    position(w, sub).map(|at| at + first)
}

/// `s.rfind(sub, start, end)`, `None` for Python's -1.
pub fn rfind(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (w, first) = window(s, sub.len(), start, end)?;
    last_position(w, sub).map(|at| at + first)
}

/// Non-overlapping occurrences of a non-empty `sub` in `s`.
fn occurrences(s: &[u8], sub: &[u8]) -> usize {
    memchr::memmem::find_iter(s, sub).count()
}

/// `s.count(sub, start, end)`; an empty `sub` occurs once more than the
/// number of bytes selected.
pub fn count(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let Some((w, _)) = window(s, sub.len(), start, end) else {
        return 0;
    };
    if sub.is_empty() {
        w.len() + 1
    } else {
        occurrences(w, sub)
    }
}

/// `s.startswith(prefix, start, end)` for one prefix.
pub fn startswith(s: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    window(s, prefix.len(), start, end).is_some_and(|(w, _)| w.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    window(s, suffix.len(), start, end).is_some_and(|(w, _)| w.ends_with(suffix))
}

/// `s.replace(old, new, count)`: the first `count` occurrences (all when
/// negative); an empty `old` matches before every byte and at the end.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut limit = usize::try_from(count).unwrap_or(usize::MAX);
    if old.is_empty() {
        let mut out = Vec::with_capacity(s.len());
        for &b in s {
            if limit > 0 {
                out.extend_from_slice(new);
                limit -= 1;
            }
            out.push(b);
        }
        if limit > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    crate::text::search::replace_bytes(s, old, new, limit)
}

/// `s.split(sep, maxsplit)`; a negative `maxsplit` means no limit.
pub fn split<'a>(
    s: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, TextError> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let Some(sep) = sep else {
        return Ok(split_whitespace(s, limit));
    };
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    Ok(crate::text::search::split_bytes(s, sep, limit))
}

/// `s.rsplit(sep, maxsplit)`: splits made from the right, parts returned
/// left to right.
pub fn rsplit<'a>(
    s: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, TextError> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut rest = s;
            loop {
                let end = rest
                    .iter()
                    .rposition(|&b| !is_space(b))
                    .map_or(0, |i| i + 1);
                rest = rest.get(..end).unwrap_or_default();
                if rest.is_empty() {
                    break;
                }
                if parts.len() == limit {
                    parts.push(rest);
                    break;
                }
                let begin = rest.iter().rposition(|&b| is_space(b)).map_or(0, |i| i + 1);
                parts.push(rest.get(begin..).unwrap_or_default());
                rest = rest.get(..begin).unwrap_or_default();
            }
        }
        Some([]) => return Err(TextError::EmptySeparator),
        Some(sep) => {
            let mut rest = s;
            while parts.len() < limit {
                let Some(at) = last_position(rest, sep) else {
                    break;
                };
                parts.push(rest.get(at + sep.len()..).unwrap_or_default());
                rest = rest.get(..at).unwrap_or_default();
            }
            parts.push(rest);
        }
    }
    parts.reverse();
    Ok(parts)
}

/// Splits on runs of whitespace, at most `limit` times.
fn split_whitespace(s: &[u8], limit: usize) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut rest = s;
    loop {
        let begin = rest
            .iter()
            .position(|&b| !is_space(b))
            .unwrap_or(rest.len());
        rest = rest.get(begin..).unwrap_or_default();
        if rest.is_empty() {
            break;
        }
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let end = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
        parts.push(rest.get(..end).unwrap_or_default());
        rest = rest.get(end..).unwrap_or_default();
    }
    parts
}

/// `s.splitlines(keepends)`: lines end at `\n`, `\r` or `\r\n`.
pub fn splitlines(s: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let b = s.get(i).copied().unwrap_or(0);
        if b == b'\n' || b == b'\r' {
            let mut next = i + 1;
            if b == b'\r' && s.get(next) == Some(&b'\n') {
                next += 1;
            }
            let end = if keepends { next } else { i };
            parts.push(s.get(start..end).unwrap_or_default());
            start = next;
            i = next;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        parts.push(s.get(start..).unwrap_or_default());
    }
    parts
}

/// The parts of a byte string before and after a separator.
pub type Halves<'a> = (&'a [u8], &'a [u8]);

/// `s.partition(sep)` (`reverse` for `rpartition`): the parts before
/// and after the match, or `None` when `sep` does not occur.
pub fn partition<'a>(
    s: &'a [u8],
    sep: &[u8],
    reverse: bool,
) -> Result<Option<Halves<'a>>, TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    let at = if reverse {
        last_position(s, sep)
    } else {
        position(s, sep)
    };
    Ok(at.map(|at| {
        (
            s.get(..at).unwrap_or_default(),
            s.get(at + sep.len()..).unwrap_or_default(),
        )
    }))
}

/// `s.strip(chars)` on the chosen sides; `None` strips whitespace.
pub fn strip<'a>(s: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let strip_it = |b: &u8| match chars {
        Some(set) => set.contains(b),
        None => is_space(*b),
    };
    let begin = if left {
        s.iter().position(|b| !strip_it(b)).unwrap_or(s.len())
    } else {
        0
    };
    let end = if right {
        s.iter().rposition(|b| !strip_it(b)).map_or(0, |i| i + 1)
    } else {
        s.len()
    };
    s.get(begin..end.max(begin)).unwrap_or_default()
}

/// Every byte mapped by `f`.
fn mapped(s: &[u8], mut f: impl FnMut(u8) -> u8) -> Vec<u8> {
    s.iter().map(|&b| f(b)).collect()
}

pub fn lower(s: &[u8]) -> Vec<u8> {
    mapped(s, |b| b.to_ascii_lowercase())
}

pub fn upper(s: &[u8]) -> Vec<u8> {
    mapped(s, |b| b.to_ascii_uppercase())
}

pub fn swapcase(s: &[u8]) -> Vec<u8> {
    mapped(s, |b| {
        if b.is_ascii_lowercase() {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        }
    })
}

/// `s.capitalize()`: the first byte upper case, the rest lower case.
pub fn capitalize(s: &[u8]) -> Vec<u8> {
    let mut out = lower(s);
    if let Some(first) = out.first_mut() {
        *first = first.to_ascii_uppercase();
    }
    out
}

/// `s.title()`: letters after a non-letter upper case, others lower case.
pub fn title(s: &[u8]) -> Vec<u8> {
    let mut previous_cased = false;
    mapped(s, |b| {
        let out = if previous_cased {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        };
        previous_cased = b.is_ascii_alphabetic();
        out
    })
}

/// Whether `s` is non-empty and every byte passes `test`.
pub fn all_bytes(s: &[u8], test: impl Fn(&u8) -> bool) -> bool {
    !s.is_empty() && s.iter().all(test)
}

/// `s.islower()`: some lower-case letter and no upper-case one.
pub fn islower(s: &[u8]) -> bool {
    s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase)
}

/// `s.isupper()`: some upper-case letter and no lower-case one.
pub fn isupper(s: &[u8]) -> bool {
    s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase)
}

/// `s.istitle()`: upper-case letters only after uncased bytes, lower-case
/// ones only after cased bytes, and at least one cased byte.
pub fn istitle(s: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for b in s {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `s` padded to `width` with `fill`: `left` bytes on the left and the
/// rest on the right, `None` when no padding is needed.
fn padded(s: &[u8], width: usize, fill: u8, left: impl FnOnce(usize) -> usize) -> Option<Vec<u8>> {
    let margin = width.checked_sub(s.len()).filter(|&m| m > 0)?;
    let left = left(margin).min(margin);
    let mut out = Vec::with_capacity(width);
    out.resize(left, fill);
    out.extend_from_slice(s);
    out.resize(width, fill);
    Some(out)
}

/// `s.center(width, fill)`, as CPython places an odd margin.
pub fn center(s: &[u8], width: usize, fill: u8) -> Option<Vec<u8>> {
    padded(s, width, fill, |margin| margin / 2 + (margin & width & 1))
}

pub fn ljust(s: &[u8], width: usize, fill: u8) -> Option<Vec<u8>> {
    padded(s, width, fill, |_| 0)
}

pub fn rjust(s: &[u8], width: usize, fill: u8) -> Option<Vec<u8>> {
    padded(s, width, fill, |margin| margin)
}

/// `s.zfill(width)`: zeros on the left, after a leading `+` or `-`.
pub fn zfill(s: &[u8], width: usize) -> Option<Vec<u8>> {
    let mut out = padded(s, width, b'0', |margin| margin)?;
    let margin = width - s.len();
    if let Some(&sign @ (b'+' | b'-')) = s.first() {
        if let Some(first) = out.first_mut() {
            *first = sign;
        }
        if let Some(moved) = out.get_mut(margin) {
            *moved = b'0';
        }
    }
    Some(out)
}

/// `s.expandtabs(tabsize)`: columns restart after `\n` and `\r`.
pub fn expandtabs(s: &[u8], tabsize: i64) -> Result<Vec<u8>, TextError> {
    let mut out = Vec::with_capacity(s.len());
    let mut column: usize = 0;
    for &b in s {
        match b {
            b'\t' => {
                if let Ok(size) = usize::try_from(tabsize) {
                    if size > 0 {
                        let n = size - column % size;
                        column = column.checked_add(n).ok_or(TextError::NewStringTooLong)?;
                        if out.len().saturating_add(n) > crate::types::str_args::MAX_STR_BYTES {
                            return Err(TextError::NewStringTooLong);
                        }
                        out.resize(out.len() + n, b' ');
                    }
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(out)
}

/// `data.hex(sep, bytes_per_sep)`: groups of `|bytes_per_sep|` bytes
/// counted from the right (positive) or the left (negative).
pub fn hex(data: &[u8], sep: Option<char>, bytes_per_sep: i64) -> String {
    let group = usize::try_from(bytes_per_sep.unsigned_abs()).unwrap_or(usize::MAX);
    let mut out = String::with_capacity(data.len() * 3);
    for (i, b) in data.iter().enumerate() {
        if let (Some(sep), true) = (sep, i > 0 && group > 0) {
            let boundary = if bytes_per_sep > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// `bytes.fromhex(text)`: pairs of hex digits, whitespace allowed between
/// pairs; on error the character position CPython reports.
pub fn fromhex(text: &str) -> Result<Vec<u8>, usize> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars.get(i).copied().unwrap_or(' ');
        if c.is_ascii() && is_space(c as u8) {
            i += 1;
            continue;
        }
        let high = c.to_digit(16).filter(|_| c.is_ascii()).ok_or(i)?;
        let low_char = chars.get(i + 1).copied().ok_or(i + 1)?;
        let low = low_char
            .to_digit(16)
            .filter(|_| low_char.is_ascii())
            .ok_or(i + 1)?;
        out.push((high * 16 + low) as u8);
        i += 2;
    }
    Ok(out)
}
