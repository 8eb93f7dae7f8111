//! Ints to text and bytes: `str(n)` with CPython 3.11's 4300-digit
//! limit, `bin`/`oct`/`hex`, and `int.to_bytes`/`int.from_bytes`.

use super::error::NumError;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, Zero};

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const DECIMAL_DIGIT_LIMIT: usize = 4300;

/// The ValueError message of `str(n)` for an int with too many digits.
pub const DECIMAL_DIGIT_LIMIT_MESSAGE: &str = "Exceeds the limit (4300 digits) for integer string \
     conversion; use sys.set_int_max_str_digits() to increase the limit";

/// Err with the `int(text)` direction's message (which counts the
/// digits) when `digit_count` exceeds the limit.
pub fn check_decimal_digit_limit(digit_count: usize) -> Result<(), NumError> {
    if digit_count > DECIMAL_DIGIT_LIMIT {
        return Err(NumError::value(format!(
            "Exceeds the limit ({DECIMAL_DIGIT_LIMIT} digits) for integer string conversion: \
             value has {digit_count} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// `str(n)` / `repr(n)`: ValueError beyond 4300 decimal digits.
pub fn int_to_decimal(value: &BigInt) -> Result<String, NumError> {
    let digits = magnitude_to_decimal(value.magnitude())?;
    Ok(if value.is_negative() {
        format!("-{digits}")
    } else {
        digits
    })
}

/// The decimal digits of `magnitude`: ValueError (`str(n)`'s message)
/// beyond 4300 digits.
pub fn magnitude_to_decimal(magnitude: &BigUint) -> Result<String, NumError> {
    // Decline before converting when the value surely has too many
    // digits (log10(2) > 0.30103), so huge ints cost no quadratic work.
    let bits = usize::try_from(magnitude.bits()).unwrap_or(usize::MAX);
    if bits.saturating_sub(1) / 10 * 3 > DECIMAL_DIGIT_LIMIT {
        return Err(NumError::value(DECIMAL_DIGIT_LIMIT_MESSAGE));
    }
    let digits = magnitude.to_str_radix(10);
    if digits.len() > DECIMAL_DIGIT_LIMIT {
        return Err(NumError::value(DECIMAL_DIGIT_LIMIT_MESSAGE));
    }
    Ok(digits)
}

/// `bin(n)`, `oct(n)`, `hex(n)` for `radix` 2, 8, 16 (any other radix
/// gets no prefix): `-0b101`, `0o17`, `0xff`.
pub fn int_to_prefixed(value: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if value.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", value.magnitude().to_str_radix(radix))
}

/// The byte order argument of `to_bytes`/`from_bytes`: `true` for
/// little-endian.
pub fn parse_byteorder(byteorder: &str) -> Result<bool, NumError> {
    match byteorder {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(NumError::value(
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

/// `n.to_bytes(length, byteorder, signed=signed)`.
pub fn int_to_bytes(
    value: &BigInt,
    length: usize,
    little_endian: bool,
    signed: bool,
) -> Result<Vec<u8>, NumError> {
    if !signed && value.is_negative() {
        return Err(NumError::overflow("can't convert negative int to unsigned"));
    }
    // CPython lets -1 fit in zero signed bytes.
    let minus_one = signed && *value == BigInt::from(-1);
    let mut bytes = if value.is_zero() || (minus_one && length == 0) {
        Vec::new()
    } else if signed {
        value.to_signed_bytes_le()
    } else {
        value.magnitude().to_bytes_le()
    };
    if bytes.len() > length {
        return Err(NumError::overflow("int too big to convert"));
    }
    let pad = if value.is_negative() { 0xff } else { 0 };
    bytes.resize(length, pad);
    if !little_endian {
        bytes.reverse();
    }
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder, signed=signed)`.
pub fn int_from_bytes(bytes: &[u8], little_endian: bool, signed: bool) -> BigInt {
    match (little_endian, signed) {
        (true, true) => BigInt::from_signed_bytes_le(bytes),
        (false, true) => BigInt::from_signed_bytes_be(bytes),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
    }
}
