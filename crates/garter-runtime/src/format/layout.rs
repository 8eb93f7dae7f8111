//! Laying out a formatted number: sign, prefix, digit grouping with
//! zero fill, the remainder (fraction, exponent, `%`) and the padding a
//! spec's width and alignment ask for — CPython's `calc_number_widths`.

use super::spec::{Align, FormatSpec};

/// A number split into the parts padding and grouping treat differently.
pub(crate) struct NumberParts<'a> {
    /// The sign to show, if any (`'-'`, `'+'` or `' '`).
    pub sign: Option<char>,
    /// `0x`, `0b`... (empty when none).
    pub prefix: &'a str,
    /// The integer digits, which grouping and zero padding apply to.
    pub digits: &'a str,
    /// Everything after the integer digits: decimal point, fraction,
    /// exponent, `%`, or all of `inf`/`nan`.
    pub remainder: &'a str,
}

/// The sign a non-negative number shows under `spec`'s sign option.
pub(crate) fn sign_for(negative: bool, spec: &FormatSpec) -> Option<char> {
    if negative {
        Some('-')
    } else {
        match spec.sign {
            Some(sign @ ('+' | ' ')) => Some(sign),
            _ => None,
        }
    }
}

/// Renders `parts` padded to `spec`'s width, grouping the digits in
/// runs of `group` (separator, run length) when given.
pub(crate) fn layout_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    group: Option<(char, usize)>,
) -> String {
    let width = spec.width.map_or(-1, to_isize);
    let leading = to_isize(usize::from(parts.sign.is_some()) + parts.prefix.chars().count());
    let remainder_len = to_isize(parts.remainder.chars().count());
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
        width - leading - remainder_len
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, group)
    };
    let padding = (width - leading - remainder_len - to_isize(grouped.chars().count())).max(0);
    let padding = usize::try_from(padding).unwrap_or(0);
    let (left, between, right) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    let mut out = String::with_capacity(padding + parts.digits.len() + parts.remainder.len() + 4);
    push_fill(&mut out, spec.fill, left);
    if let Some(sign) = parts.sign {
        out.push(sign);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, between);
    out.push_str(&grouped);
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, right);
    out
}

/// Pads `text` (of `len` characters) to `width` per `align`, as
/// CPython's `calc_padding` (`=` acts as `<`).
pub(crate) fn pad_text(
    text: &str,
    len: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> String {
    let total = width.unwrap_or(0).max(len);
    let extra = total - len;
    let left = match align {
        Align::Right => extra,
        Align::Center => extra / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let mut out = String::with_capacity(text.len() + extra);
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, extra - left);
    out
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    for _ in 0..count {
        out.push(fill);
    }
}

fn to_isize(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}

/// `digits` with separators every `group.1` digits from the right, and
/// left-filled with `0` digits (separated too) up to `min_width`
/// characters — CPython's `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(digits: &str, min_width: isize, group: Option<(char, usize)>) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut remaining = to_isize(chars.len());
    let mut min_width = min_width;
    // Pieces of the result, rightmost first.
    let mut pieces: Vec<String> = Vec::new();
    let take = |length: isize, remaining: isize, pieces: &mut Vec<String>| {
        let zeros = (length - remaining).max(0);
        let count = remaining.min(length).max(0);
        let end = usize::try_from(remaining).unwrap_or(0);
        let start = end.saturating_sub(usize::try_from(count).unwrap_or(0));
        let mut piece: String = "0".repeat(usize::try_from(zeros).unwrap_or(0));
        piece.extend(chars.get(start..end).unwrap_or_default());
        pieces.push(piece);
        count
    };
    match group {
        None => {
            let length = remaining.max(min_width).max(1);
            take(length, remaining, &mut pieces);
        }
        Some((_, size)) => loop {
            let length = to_isize(size).min(remaining.max(min_width).max(1));
            remaining -= take(length, remaining, &mut pieces);
            min_width -= length;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        },
    }
    let separator = group.map(|(c, _)| c.to_string()).unwrap_or_default();
    pieces.reverse();
    pieces.join(&separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_with_zero_fill() {
        assert_eq!(group_digits("1234", 10, Some((',', 3))), "00,001,234");
        assert_eq!(group_digits("1234", 9, Some((',', 3))), "0,001,234");
        assert_eq!(group_digits("1234567", 0, Some(('_', 4))), "123_4567");
        assert_eq!(group_digits("12", 5, None), "00012");
        assert_eq!(group_digits("123", 0, Some((',', 3))), "123");
    }
}
