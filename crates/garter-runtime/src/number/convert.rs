//! Exact conversions between ints and floats: int → float and int / int
//! correctly rounded (ties to even), float → int by truncation, and the
//! shared "scaled integer to nearest double" rounding step.

use super::error::NumError;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{FromPrimitive, ToPrimitive, Zero};

/// `float(n)`: the nearest double (ties to even); OverflowError "int too
/// large to convert to float" when it rounds beyond the float range.
pub fn int_to_f64(value: &BigInt) -> Result<f64, NumError> {
    let magnitude = scaled_to_f64(value.magnitude(), false, 0);
    if magnitude.is_infinite() {
        return Err(NumError::overflow("int too large to convert to float"));
    }
    Ok(if value.sign() == Sign::Minus {
        -magnitude
    } else {
        magnitude
    })
}

/// `int(x)` for a float: truncates toward zero. OverflowError for an
/// infinity, ValueError for a NaN.
pub fn f64_to_int(value: f64) -> Result<BigInt, NumError> {
    if value.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if value.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    Ok(BigInt::from_f64(value.trunc()).unwrap_or_default())
}

/// `a / b` for ints, correctly rounded. ZeroDivisionError "division by
/// zero" for `b == 0`; OverflowError "integer division result too large
/// for a float" when the quotient is beyond the float range.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division("division by zero"));
    }
    const EXACT_LIMIT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= EXACT_LIMIT && y.unsigned_abs() <= EXACT_LIMIT {
            // Both are exact doubles, so IEEE division rounds correctly.
            return Ok(x as f64 / y as f64);
        }
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let magnitude = if a.is_zero() {
        0.0
    } else {
        let (n, d) = (a.magnitude(), b.magnitude());
        // Aim for a quotient of 55 or 56 bits: two guard bits below the
        // 53 kept, and a sticky bit from the remainder.
        let shift = i64::try_from(n.bits()).unwrap_or(i64::MAX)
            - i64::try_from(d.bits()).unwrap_or(i64::MAX)
            - 55;
        let (numerator, denominator) = if shift >= 0 {
            (n.clone(), d << u64::try_from(shift).unwrap_or(0))
        } else {
            (n << shift.unsigned_abs(), d.clone())
        };
        let quotient = &numerator / &denominator;
        let sticky = !(&numerator % &denominator).is_zero();
        scaled_to_f64(&quotient, sticky, shift)
    };
    if magnitude.is_infinite() {
        return Err(NumError::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// The double nearest to `(mantissa + δ) × 2^exp2` (ties to even), where
/// `δ` is a positive amount below one unit when `sticky` (the value is a
/// little above `mantissa`). Too large a value is `inf`.
pub(crate) fn scaled_to_f64(mantissa: &BigUint, sticky: bool, exp2: i64) -> f64 {
    if mantissa.is_zero() {
        return 0.0;
    }
    let bits = i64::try_from(mantissa.bits()).unwrap_or(i64::MAX);
    // Drop the bits below the double's precision (53 bits, or fewer
    // for subnormal results whose last bit is worth 2^-1074).
    let excess = (bits - 53).max((-1074_i64).saturating_sub(exp2));
    if excess <= 0 {
        let exact = mantissa.to_u64().unwrap_or(0) as f64;
        return times_power_of_two(exact, exp2);
    }
    let excess_bits = excess.unsigned_abs();
    let mut kept = (mantissa >> excess_bits).to_u64().unwrap_or(0);
    let half_bit = mantissa.bit(excess_bits - 1);
    let below_half = sticky
        || mantissa
            .trailing_zeros()
            .is_some_and(|zeros| zeros < excess_bits - 1);
    if half_bit && (below_half || kept & 1 == 1) {
        kept += 1;
    }
    times_power_of_two(kept as f64, exp2.saturating_add(excess))
}

/// `value × 2^exp` for an integral `value` below 2^54, exact whenever
/// the result is representable (`inf` beyond the range).
fn times_power_of_two(value: f64, exp: i64) -> f64 {
    let mut result = value;
    let mut exp = exp.clamp(-3000, 3000);
    while exp > 1023 {
        result *= power_of_two(1023);
        exp -= 1023;
    }
    while exp < -1022 {
        result *= power_of_two(-1022);
        exp += 1022;
    }
    result * power_of_two(exp)
}

/// `2^exp` for `-1022 <= exp <= 1023`.
fn power_of_two(exp: i64) -> f64 {
    f64::from_bits(u64::try_from(exp + 1023).unwrap_or(0) << 52)
}
