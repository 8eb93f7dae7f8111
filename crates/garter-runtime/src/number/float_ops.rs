//! Exact float ↔ text and ratio conversions: `float.hex`,
//! `float.fromhex` and `float.as_integer_ratio`.

use super::convert::scaled_to_f64;
use super::error::NumError;
use num_bigint::{BigInt, BigUint};
use num_traits::{One, Zero};

/// A finite float as `mantissa × 2^exponent` with an integral mantissa
/// below 2^53 and the float's sign.
fn decompose(value: f64) -> (bool, u64, i64) {
    let bits = value.to_bits();
    let negative = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (negative, fraction, -1074)
    } else {
        (negative, fraction | (1 << 52), biased - 1075)
    }
}

/// `x.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `0x0.0000000000001p-1022`,
/// `inf`, `nan`.
pub fn float_hex(value: f64) -> String {
    if value.is_nan() {
        return "nan".to_owned();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exponent) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let exponent_sign = if exponent < 0 { '-' } else { '+' };
    format!(
        "{sign}0x{lead}.{fraction:013x}p{exponent_sign}{}",
        exponent.unsigned_abs()
    )
}

fn invalid_hex() -> NumError {
    NumError::value("invalid hexadecimal floating-point string")
}

/// `float.fromhex(text)`: ValueError "invalid hexadecimal floating-point
/// string" for bad text, OverflowError "hexadecimal value too large to
/// represent as a float" beyond the range. Values round to nearest even.
pub fn float_fromhex(text: &str) -> Result<f64, NumError> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    while is_ascii_space(at(pos)) {
        pos += 1;
    }
    let value = if let Some((value, used)) = parse_inf_or_nan(bytes.get(pos..).unwrap_or_default())
    {
        pos += used;
        value
    } else {
        let negative = at(pos) == b'-';
        if matches!(at(pos), b'-' | b'+') {
            pos += 1;
        }
        if at(pos) == b'0' && matches!(at(pos + 1), b'x' | b'X') {
            pos += 2;
        }
        let mut digits = String::new();
        let mut fraction_digits: i64 = 0;
        while at(pos).is_ascii_hexdigit() {
            digits.push(char::from(at(pos)));
            pos += 1;
        }
        if at(pos) == b'.' {
            pos += 1;
            while at(pos).is_ascii_hexdigit() {
                digits.push(char::from(at(pos)));
                fraction_digits += 1;
                pos += 1;
            }
        }
        if digits.is_empty() {
            return Err(invalid_hex());
        }
        let mut exponent: i64 = 0;
        if matches!(at(pos), b'p' | b'P') {
            pos += 1;
            let exponent_negative = at(pos) == b'-';
            if matches!(at(pos), b'-' | b'+') {
                pos += 1;
            }
            if !at(pos).is_ascii_digit() {
                return Err(invalid_hex());
            }
            while at(pos).is_ascii_digit() {
                // Saturate: anything this large over- or underflows anyway.
                exponent = (exponent * 10 + i64::from(at(pos) - b'0')).min(1 << 50);
                pos += 1;
            }
            if exponent_negative {
                exponent = -exponent;
            }
        }
        let mantissa = BigUint::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
        let magnitude = scaled_to_f64(&mantissa, false, exponent - 4 * fraction_digits);
        if magnitude.is_infinite() {
            return Err(NumError::overflow(
                "hexadecimal value too large to represent as a float",
            ));
        }
        if negative {
            -magnitude
        } else {
            magnitude
        }
    };
    while is_ascii_space(at(pos)) {
        pos += 1;
    }
    if pos != bytes.len() {
        return Err(invalid_hex());
    }
    Ok(value)
}

/// C's `isspace` in the "C" locale.
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `[+-](inf|infinity|nan)` (any case) at the start of `bytes`: the value
/// and the bytes used.
pub(crate) fn parse_inf_or_nan(bytes: &[u8]) -> Option<(f64, usize)> {
    let (negative, start) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = bytes.get(start..)?;
    let starts_with = |word: &[u8]| {
        rest.get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word))
    };
    let (value, used) = if starts_with(b"infinity") {
        (f64::INFINITY, 8)
    } else if starts_with(b"inf") {
        (f64::INFINITY, 3)
    } else if starts_with(b"nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if negative { -value } else { value }, start + used))
}

/// `x.as_integer_ratio()`: the lowest-terms fraction equal to `x`, with a
/// positive denominator.
pub fn float_as_integer_ratio(value: f64) -> Result<(BigInt, BigInt), NumError> {
    if value.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if value.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (negative, mantissa, exponent) = decompose(value);
    if mantissa == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let signed = |magnitude: BigInt| if negative { -magnitude } else { magnitude };
    if exponent >= 0 {
        let numerator = BigInt::from(mantissa) << exponent.unsigned_abs();
        return Ok((signed(numerator), BigInt::one()));
    }
    let shift = u64::from(mantissa.trailing_zeros()).min(exponent.unsigned_abs());
    let numerator = BigInt::from(mantissa >> shift);
    let denominator = BigInt::one() << (exponent.unsigned_abs() - shift);
    Ok((signed(numerator), denominator))
}
