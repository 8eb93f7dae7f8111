//! Numbers from text: `int(text, base)` and `float(text)` with CPython
//! 3.11's rules — surrounding whitespace (Unicode included), a sign,
//! `_` only between digits, base prefixes and the leading-zero rule of
//! base 0, Unicode decimal digits — and their error messages.

use super::error::NumError;
use super::float_ops::parse_inf_or_nan;
use super::int_text::check_decimal_digit_limit;
use crate::text::chars::{decimal_value, is_space as is_python_space};
use garter_syntax::literal::repr::str_repr;
use num_bigint::BigInt;
use num_traits::Zero;

/// CPython's view of the text before parsing: Unicode decimal digits
/// become ASCII digits, Unicode whitespace becomes a space, any other
/// non-ASCII character becomes `?` (which no parser accepts).
fn to_ascii(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if let Some(digit) = decimal_value(c) {
                b'0' + digit as u8
            } else if is_python_space(c) {
                b' '
            } else {
                b'?'
            }
        })
        .collect()
}

/// C's `isspace` in the "C" locale.
fn is_c_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The ValueError message for a bad `int()` literal, given the repr of
/// the str (CPython shows at most its first 200 characters).
pub fn invalid_int_literal_message(base: u32, literal_repr: &str) -> String {
    let shown: String = literal_repr.chars().take(200).collect();
    format!("invalid literal for int() with base {base}: {shown}")
}

/// The ValueError message for a bad `float()` string, given its repr.
pub fn invalid_float_message(literal_repr: &str) -> String {
    format!("could not convert string to float: {literal_repr}")
}

fn repr_of(text: &str) -> String {
    str_repr(&crate::text::surrogates::to_literal(text))
}

/// `int(text, base)` for a str (`base` 0 or 2..=36). ValueError "int()
/// base must be >= 2 and <= 36, or 0", "invalid literal for int() with
/// base N: '...'", or the 4300-digit limit for non-power-of-two bases.
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, NumError> {
    if base == 1 || base > 36 {
        return Err(NumError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    parse_int_ascii(&to_ascii(text), base)
        .ok_or_else(|| NumError::value(invalid_int_literal_message(base, &repr_of(text))))?
}

/// `int(text, base)` for text already made ASCII; `None` when the text
/// is not a literal (the caller words that error).
fn parse_int_ascii(bytes: &[u8], base: u32) -> Option<Result<BigInt, NumError>> {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let mut pos = 0;
    while is_c_space(at(pos)) {
        pos += 1;
    }
    let negative = at(pos) == b'-';
    if matches!(at(pos), b'-' | b'+') {
        pos += 1;
    }
    let mut radix = base;
    let mut only_zero_allowed = false;
    if radix == 0 {
        radix = match (at(pos), at(pos + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                // An old C-style octal literal is invalid unless zero.
                only_zero_allowed = true;
                10
            }
            _ => 10,
        };
    }
    let has_prefix = at(pos) == b'0'
        && matches!(
            (radix, at(pos + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        );
    if has_prefix {
        pos += 2;
        if at(pos) == b'_' {
            pos += 1;
        }
    }
    if at(pos) == b'_' {
        return None;
    }
    let mut digits = Vec::new();
    let mut previous = 0;
    while let Some(byte) = bytes.get(pos).copied() {
        if byte == b'_' {
            if previous == b'_' {
                return None;
            }
        } else if char::from(byte).is_digit(radix) {
            digits.push(byte);
        } else {
            break;
        }
        previous = byte;
        pos += 1;
    }
    if previous == b'_' || digits.is_empty() {
        return None;
    }
    if !radix.is_power_of_two() {
        if let Err(error) = check_decimal_digit_limit(digits.len()) {
            return Some(Err(error));
        }
    }
    while is_c_space(at(pos)) {
        pos += 1;
    }
    if pos != bytes.len() {
        return None;
    }
    let magnitude = BigInt::parse_bytes(&digits, radix)?;
    if only_zero_allowed && !magnitude.is_zero() {
        return None;
    }
    Some(Ok(if negative { -magnitude } else { magnitude }))
}

/// `float(text)` for a str. ValueError "could not convert string to
/// float: '...'" when it is not a float literal; out-of-range values
/// become `inf` or zero, as in CPython.
pub fn parse_float(text: &str) -> Result<f64, NumError> {
    parse_float_ascii(&to_ascii(text))
        .ok_or_else(|| NumError::value(invalid_float_message(&repr_of(text))))
}

fn parse_float_ascii(bytes: &[u8]) -> Option<f64> {
    let start = bytes.iter().position(|&b| !is_c_space(b))?;
    let end = bytes.iter().rposition(|&b| !is_c_space(b))? + 1;
    let trimmed = bytes.get(start..end)?;
    let cleaned = without_digit_underscores(trimmed)?;
    if let Some((value, used)) = parse_inf_or_nan(&cleaned) {
        return (used == cleaned.len()).then_some(value);
    }
    if !is_decimal_float(&cleaned) {
        return None;
    }
    std::str::from_utf8(&cleaned).ok()?.parse().ok()
}

/// `text` without its `_` separators, or `None` when one is not between
/// two digits.
fn without_digit_underscores(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut previous = 0_u8;
    for &byte in text {
        if byte == b'_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == b'_' && !byte.is_ascii_digit() {
                return None;
            }
            out.push(byte);
        }
        previous = byte;
    }
    (previous != b'_').then_some(out)
}

/// Whether `text` is `[sign] digits [. digits] [e [sign] digits]` with at
/// least one mantissa digit.
fn is_decimal_float(text: &[u8]) -> bool {
    let mut pos = 0;
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    if matches!(at(pos), b'+' | b'-') {
        pos += 1;
    }
    let mut mantissa_digits = 0;
    while at(pos).is_ascii_digit() {
        pos += 1;
        mantissa_digits += 1;
    }
    if at(pos) == b'.' {
        pos += 1;
        while at(pos).is_ascii_digit() {
            pos += 1;
            mantissa_digits += 1;
        }
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(at(pos), b'e' | b'E') {
        pos += 1;
        if matches!(at(pos), b'+' | b'-') {
            pos += 1;
        }
        if !at(pos).is_ascii_digit() {
            return false;
        }
        while at(pos).is_ascii_digit() {
            pos += 1;
        }
    }
    pos == text.len()
}
