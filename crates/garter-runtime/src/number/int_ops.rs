//! Int arithmetic whose edge cases CPython defines: floor division and
//! modulo by zero, `**` (negative exponents go to float), three-argument
//! `pow`, shifts, and `round(n, ndigits)` (ties to even).

use super::convert::int_to_f64;
use super::error::NumError;
use super::float_arith::{float_power, FloatPower};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Results beyond this many bits are refused with MemoryError rather
/// than exhausting memory (CPython fails the allocation instead).
const MAX_RESULT_BITS: u64 = 1 << 33;

/// `a // b` for ints. ZeroDivisionError "integer division or modulo by
/// zero".
pub fn int_floor_divide(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division(
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_floor(b))
}

/// `a % b` for ints (the sign of `b`). ZeroDivisionError "integer modulo
/// by zero".
pub fn int_modulo(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` for ints. ZeroDivisionError "integer division or
/// modulo by zero".
pub fn int_divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division(
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_mod_floor(b))
}

/// The outcome of `a ** b` for ints.
#[derive(Clone, Debug, PartialEq)]
pub enum IntPower {
    /// A non-negative exponent gives an int.
    Int(BigInt),
    /// A negative exponent gives a float.
    Float(f64),
}

/// `base ** exponent` for ints. A negative exponent computes in floats
/// (ZeroDivisionError "0.0 cannot be raised to a negative power" for a
/// zero base; OverflowError "int too large to convert to float" for
/// operands beyond the float range). MemoryError for results too large
/// to build.
pub fn int_power(base: &BigInt, exponent: &BigInt) -> Result<IntPower, NumError> {
    if exponent.is_negative() {
        let result = float_power(int_to_f64(base)?, int_to_f64(exponent)?)?;
        return Ok(IntPower::Float(match result {
            FloatPower::Float(value) => value,
            // An integral exponent never makes a complex.
            FloatPower::Complex => f64::NAN,
        }));
    }
    if base.is_zero() || base.magnitude().is_one() {
        // 0, 1 and -1 to any power: 1 for exponent 0 and for -1 to an
        // even power, else the base itself.
        let value = if exponent.is_zero() || (base.is_negative() && exponent.is_even()) {
            BigInt::one()
        } else {
            base.clone()
        };
        return Ok(IntPower::Int(value));
    }
    let exponent = exponent.to_u64().ok_or_else(NumError::memory)?;
    if (base.bits() - 1).saturating_mul(exponent) > MAX_RESULT_BITS {
        return Err(NumError::memory());
    }
    let exponent = u32::try_from(exponent).map_err(|_| NumError::memory())?;
    Ok(IntPower::Int(num_traits::pow(
        base.clone(),
        exponent as usize,
    )))
}

/// `pow(base, exponent, modulus)` for ints. ValueError "pow() 3rd
/// argument cannot be 0", and for a negative exponent "base is not
/// invertible for the given modulus" when no inverse exists. The result
/// has the sign of `modulus`.
pub fn int_power_modulo(
    base: &BigInt,
    exponent: &BigInt,
    modulus: &BigInt,
) -> Result<BigInt, NumError> {
    if modulus.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let size = modulus.abs();
    let mut base = base.mod_floor(&size);
    if exponent.is_negative() {
        base = modular_inverse(&base, &size)
            .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
    }
    let result = base.modpow(&exponent.abs(), &size);
    Ok(if modulus.is_negative() && !result.is_zero() {
        result - size
    } else {
        result
    })
}

/// The inverse of `value` modulo `size` (> 0), if any.
fn modular_inverse(value: &BigInt, size: &BigInt) -> Option<BigInt> {
    let extended = value.extended_gcd(size);
    if !extended.gcd.is_one() {
        // With size 1 every value is 0 and invertible (the result is 0).
        return size.is_one().then(BigInt::zero);
    }
    Some(extended.x.mod_floor(size))
}

/// `value << count`. ValueError "negative shift count"; OverflowError
/// "too many digits in integer" for a count beyond `i64`; MemoryError
/// for results too large to build.
pub fn int_shift_left(value: &BigInt, count: &BigInt) -> Result<BigInt, NumError> {
    if count.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    if value.is_zero() {
        return Ok(BigInt::zero());
    }
    let count = count
        .to_i64()
        .ok_or_else(|| NumError::overflow("too many digits in integer"))?;
    let count = count.unsigned_abs();
    if value.bits().saturating_add(count) > MAX_RESULT_BITS {
        return Err(NumError::memory());
    }
    Ok(value << count)
}

/// `value >> count` (rounds toward negative infinity). ValueError
/// "negative shift count".
pub fn int_shift_right(value: &BigInt, count: &BigInt) -> Result<BigInt, NumError> {
    if count.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    match count.to_u64() {
        Some(count) if count < value.bits() => Ok(value >> count),
        _ => Ok(if value.is_negative() {
            -BigInt::one()
        } else {
            BigInt::zero()
        }),
    }
}

/// `round(value, ndigits)` for an int: unchanged for `ndigits >= 0`,
/// else rounded to a multiple of `10**-ndigits`, ties to even. (When
/// that power of ten dwarfs `value` the result is 0 at once, where
/// CPython would first build the huge power.)
pub fn int_round(value: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return value.clone();
    }
    // |value| < 2^bits <= 10^(bits/3 + 1): a larger power rounds it to 0.
    let places = ndigits.magnitude().to_u64().unwrap_or(u64::MAX);
    if places > value.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let Ok(places) = usize::try_from(places) else {
        return BigInt::zero();
    };
    let unit = num_traits::pow(BigInt::from(10), places);
    let (quotient, remainder) = value.div_mod_floor(&unit);
    let twice = &remainder * 2;
    let rounded_up = twice > unit || (twice == unit && quotient.is_odd());
    let quotient = if rounded_up { quotient + 1 } else { quotient };
    quotient * unit
}
