//! Float arithmetic with CPython's exact results and errors: `round`,
//! floor division, modulo, `divmod` and `**`.

use super::convert::f64_to_int;
use super::error::NumError;
use num_bigint::BigInt;

/// `round(x)`: the nearest int, ties to even. OverflowError for an
/// infinity, ValueError for a NaN.
pub fn float_round_to_int(value: f64) -> Result<BigInt, NumError> {
    f64_to_int(value.round_ties_even())
}

/// `round(x, ndigits)`: `x` rounded to `ndigits` decimal places (negative
/// rounds to tens, hundreds...), ties to even on the exact decimal value
/// of `x`, so `round(2.675, 2) == 2.67`. A huge Python `ndigits` may be
/// clamped to the `i64` range by the caller. OverflowError "rounded value
/// too large to represent" when the result leaves the float range.
pub fn float_round(value: f64, ndigits: i64) -> Result<f64, NumError> {
    // Beyond these, every float rounds to itself or to zero.
    const MOST_DIGITS: i64 = 323;
    const FEWEST_DIGITS: i64 = -308;
    if !value.is_finite() || ndigits > MOST_DIGITS {
        return Ok(value);
    }
    if ndigits < FEWEST_DIGITS {
        return Ok(0.0 * value);
    }
    let rounded = if ndigits >= 0 {
        let places = usize::try_from(ndigits).unwrap_or(0);
        parse_float_text(&format!("{value:.places$}"))
    } else {
        round_to_power_of_ten(value, ndigits.unsigned_abs())
    };
    if rounded.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `value` rounded to a multiple of `10^power` (ties to even).
fn round_to_power_of_ten(value: f64, power: u64) -> f64 {
    let zero = 0.0_f64.copysign(value);
    if value == 0.0 {
        return zero;
    }
    // Enough digits that the decimal exponent is exact: a double differs
    // from a power of ten by far more than 10^-60 relatively.
    let precise = format!("{:.60e}", value.abs());
    let (mantissa, exponent) = precise.split_once('e').unwrap_or((&precise, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let power = i64::try_from(power).unwrap_or(i64::MAX);
    let kept = exponent + 1 - power;
    if kept >= 1 {
        let digits = usize::try_from(kept - 1).unwrap_or(0);
        return parse_float_text(&format!("{value:.digits$e}"));
    }
    if kept < 0 {
        return zero;
    }
    // 10^(power-1) <= |value| < 10^power: it rounds to 10^power when
    // above half of it.
    let mut digits = mantissa.bytes().filter(u8::is_ascii_digit);
    let first = digits.next().unwrap_or(b'0');
    let rest_nonzero = digits.any(|digit| digit != b'0');
    if first > b'5' || (first == b'5' && rest_nonzero) {
        parse_float_text(&format!("1e{power}")).copysign(value)
    } else {
        zero
    }
}

/// Reads back a float Rust wrote (always well-formed).
fn parse_float_text(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

/// `x // y` for floats. ZeroDivisionError "float floor division by zero".
pub fn float_floor_divide(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    Ok(floor_div_mod(x, y).0)
}

/// `x % y` for floats: the result has the sign of `y`.
/// ZeroDivisionError "float modulo".
pub fn float_modulo(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::zero_division("float modulo"));
    }
    let remainder = x % y;
    Ok(if remainder != 0.0 {
        if (y < 0.0) != (remainder < 0.0) {
            remainder + y
        } else {
            remainder
        }
    } else {
        0.0_f64.copysign(y)
    })
}

/// `divmod(x, y)` for floats. ZeroDivisionError "float divmod()".
pub fn float_divmod(x: f64, y: f64) -> Result<(f64, f64), NumError> {
    if y == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    Ok(floor_div_mod(x, y))
}

/// CPython's `_float_div_mod` for a non-zero `y`.
fn floor_div_mod(x: f64, y: f64) -> (f64, f64) {
    let mut remainder = x % y;
    let mut quotient = (x - remainder) / y;
    if remainder != 0.0 {
        if (y < 0.0) != (remainder < 0.0) {
            remainder += y;
            quotient -= 1.0;
        }
    } else {
        remainder = 0.0_f64.copysign(y);
    }
    let floor_quotient = if quotient != 0.0 {
        let floor = quotient.floor();
        if quotient - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0_f64.copysign(x / y)
    };
    (floor_quotient, remainder)
}

/// The outcome of `x ** y` for floats.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPower {
    /// A float result.
    Float(f64),
    /// A negative base to a non-integral power: CPython computes the
    /// result as `complex(x) ** complex(y)`.
    Complex,
}

/// `x ** y` for floats. ZeroDivisionError "0.0 cannot be raised to a
/// negative power"; OverflowError whose message is
/// "(34, 'Numerical result out of range')" (CPython raises it with args
/// `(34, 'Numerical result out of range')`, errno ERANGE) on overflow.
pub fn float_power(x: f64, y: f64) -> Result<FloatPower, NumError> {
    let is_odd_integer = |v: f64| v.is_finite() && (v % 2.0).abs() == 1.0;
    if y == 0.0 {
        return Ok(FloatPower::Float(1.0));
    }
    if x.is_nan() {
        return Ok(FloatPower::Float(x));
    }
    if y.is_nan() {
        return Ok(FloatPower::Float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let base = x.abs();
        let result = if base == 1.0 {
            1.0
        } else if (y > 0.0) == (base > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(FloatPower::Float(result));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        let result = if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0_f64.copysign(x)
        } else {
            0.0
        };
        return Ok(FloatPower::Float(result));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(NumError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(FloatPower::Float(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if base < 0.0 {
        if y != y.floor() {
            return Ok(FloatPower::Complex);
        }
        base = -base;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(FloatPower::Float(if negate { -1.0 } else { 1.0 }));
    }
    let result = base.powf(y);
    if result.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(FloatPower::Float(if negate { -result } else { result }))
}
