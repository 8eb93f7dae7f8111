//! Padding and tabs: `center`, `ljust`, `rjust`, `zfill` and `expandtabs`,
//! counting widths in characters. When no padding is needed the input is
//! returned borrowed (Python returns the same object). Widths are taken as
//! given: the caller bounds them before asking for a huge string.

use std::borrow::Cow;
use std::iter::repeat_n;

use super::error::TextError;
use super::index::char_count;

/// `s` with `left` and `right` copies of `fill` around it.
fn padded(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::new();
    out.extend(repeat_n(fill, left));
    out.push_str(s);
    out.extend(repeat_n(fill, right));
    out
}

/// How many characters `s` lacks to be `width` wide, or `None` if none.
fn margin(s: &str, width: i64) -> Option<usize> {
    let width = usize::try_from(width).ok()?;
    width
        .checked_sub(char_count(s))
        .filter(|&margin| margin > 0)
}

/// `s.center(width, fill)`: an odd margin puts the extra character on the
/// left when `width` is odd and on the right when it is even.
pub fn center(s: &str, width: i64, fill: char) -> Cow<'_, str> {
    let Some(margin) = margin(s, width) else {
        return Cow::Borrowed(s);
    };
    let left = margin / 2 + (margin & usize::try_from(width).unwrap_or(0) & 1);
    Cow::Owned(padded(s, left, margin - left, fill))
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Cow<'_, str> {
    match margin(s, width) {
        Some(margin) => Cow::Owned(padded(s, 0, margin, fill)),
        None => Cow::Borrowed(s),
    }
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Cow<'_, str> {
    match margin(s, width) {
        Some(margin) => Cow::Owned(padded(s, margin, 0, fill)),
        None => Cow::Borrowed(s),
    }
}

/// `s.zfill(width)`: zeros on the left, after a leading `+` or `-`.
pub fn zfill(s: &str, width: i64) -> Cow<'_, str> {
    let Some(margin) = margin(s, width) else {
        return Cow::Borrowed(s);
    };
    let mut out = padded(s, margin, 0, '0');
    if let Some(sign @ ('+' | '-')) = s.chars().next() {
        out.replace_range(..1, &sign.to_string());
        out.replace_range(margin..margin + 1, "0");
    }
    Cow::Owned(out)
}

/// How many columns `c` takes at `column` when tabs stop every `tabsize`.
fn tab_width(c: char, column: usize, tabsize: usize) -> usize {
    match c {
        '\t' if tabsize > 0 => tabsize - column % tabsize,
        '\t' => 0,
        _ => 1,
    }
}

/// `s.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple
/// of `tabsize` columns (none when `tabsize <= 0`); `\n` and `\r` restart
/// the column count. CPython reads `tabsize` as a C `int`: the caller raises
/// `OverflowError` for larger values.
pub fn expandtabs(s: &str, tabsize: i32) -> Result<Cow<'_, str>, TextError> {
    if !s.contains('\t') {
        return Ok(Cow::Borrowed(s));
    }
    let tabsize = usize::try_from(tabsize).unwrap_or(0);
    let mut total: usize = 0;
    let mut column: usize = 0;
    for c in s.chars() {
        let width = tab_width(c, column, tabsize);
        total = total
            .checked_add(width)
            .filter(|&total| total <= isize::MAX as usize)
            .ok_or(TextError::NewStringTooLong)?;
        column = if matches!(c, '\n' | '\r') {
            0
        } else {
            column + width
        };
    }
    let mut out = String::with_capacity(s.len());
    let mut column: usize = 0;
    for c in s.chars() {
        let width = tab_width(c, column, tabsize);
        if c == '\t' {
            out.extend(repeat_n(' ', width));
        } else {
            out.push(c);
        }
        column = if matches!(c, '\n' | '\r') {
            0
        } else {
            column + width
        };
    }
    Ok(Cow::Owned(out))
}
