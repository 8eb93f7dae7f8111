//! Number literals: `Int`, `Float` and `Imag` token text to constants.
//!
//! The lexer has already checked the form of each token, so these
//! functions only strip underscores and convert.

use crate::ast::{Constant, Span};
use crate::SyntaxError;
use num_bigint::BigInt;

/// CPython's default `sys.get_int_max_str_digits()`: decimal literals with
/// more digits are a syntax error (which also keeps conversion linear).
const MAX_DECIMAL_DIGITS: usize = 4300;

/// The value of an `Int` token (`0x_ff`, `1_000`, `0o17`, `0b1`, `7`).
/// `start` is the token's byte offset, where a too-long decimal literal's
/// error points.
pub fn parse_int(text: &str, start: usize) -> Result<Constant, SyntaxError> {
    let (radix, digits) = split_radix(text);
    let digits = without_underscores(digits);
    if radix == 10 && digits.len() > MAX_DECIMAL_DIGITS {
        return Err(SyntaxError::new(
            format!(
                "Exceeds the limit ({MAX_DECIMAL_DIGITS} digits) for integer string conversion: \
                 value has {} digits; use sys.set_int_max_str_digits() to increase the limit \
                 - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                digits.len()
            ),
            Span::new(start, start),
        ));
    }
    if let Ok(small) = u64::from_str_radix(&digits, radix) {
        return Ok(Constant::Int(BigInt::from(small)));
    }
    let value = BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
    Ok(Constant::Int(value))
}

/// The radix of an int literal and its digits after any `0x`/`0o`/`0b`.
fn split_radix(text: &str) -> (u32, &str) {
    let bytes = text.as_bytes();
    if bytes.len() >= 2 && bytes[0] == b'0' {
        let radix = match bytes[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => return (10, text),
        };
        return (radix, &text[2..]);
    }
    (10, text)
}

/// `text` without its `_` digit separators (borrowed when it has none).
fn without_underscores(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('_') {
        std::borrow::Cow::Owned(text.replace('_', ""))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The value of a `Float` token (`1.5e-3`, `.5`, `1_0.0`), correctly
/// rounded; too large a value is `inf`, as in CPython.
pub fn parse_float(text: &str) -> f64 {
    without_underscores(text).parse::<f64>().unwrap_or(f64::NAN)
}

/// The value of an `Imag` token (`1.5j`, `3J`): a complex with zero real part.
pub fn parse_imag(text: &str) -> Constant {
    let number = text.strip_suffix(['j', 'J']).unwrap_or(text);
    Constant::Complex {
        real: 0.0,
        imag: parse_float(number),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str) -> BigInt {
        match parse_int(text, 0) {
            Ok(Constant::Int(value)) => value,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn ints_in_every_radix() {
        assert_eq!(int("0"), BigInt::from(0));
        assert_eq!(int("1_000"), BigInt::from(1000));
        assert_eq!(int("0x_fF"), BigInt::from(255));
        assert_eq!(int("0O17"), BigInt::from(15));
        assert_eq!(int("0b1_01"), BigInt::from(5));
        assert_eq!(int("00"), BigInt::from(0));
        assert_eq!(
            int("123456789012345678901234567890").to_string(),
            "123456789012345678901234567890"
        );
        assert_eq!(
            int("0xffffffffffffffffffff").to_string(),
            "1208925819614629174706175"
        );
    }

    #[test]
    fn decimal_digit_limit() {
        assert!(parse_int(&"1".repeat(4300), 0).is_ok());
        let err = parse_int(&format!("{}1", "1_".repeat(4300)), 3).unwrap_err();
        assert!(err.msg.starts_with("Exceeds the limit (4300 digits)"));
        assert!(err.msg.contains("value has 4301 digits"));
        assert_eq!(err.span, Span::new(3, 3));
        assert!(parse_int(&format!("0x{}", "f".repeat(5000)), 0).is_ok());
    }

    #[test]
    fn floats_and_imaginaries() {
        assert_eq!(parse_float("1_0.5e-1"), 1.05);
        assert_eq!(parse_float(".5"), 0.5);
        assert_eq!(parse_float("1."), 1.0);
        assert_eq!(parse_float("1e400"), f64::INFINITY);
        assert_eq!(
            parse_float("2.2250738585072011e-308"),
            2.225073858507201e-308
        );
        assert_eq!(
            parse_imag("1.5J"),
            Constant::Complex {
                real: 0.0,
                imag: 1.5
            }
        );
        assert_eq!(
            parse_imag("1_0j"),
            Constant::Complex {
                real: 0.0,
                imag: 10.0
            }
        );
    }
}
