//! Complex arithmetic as CPython computes it (`_Py_c_quot`, `_Py_c_pow`,
//! the repeated squaring of small integer powers, `abs`), and parsing
//! `complex(str)`. Pure functions over `(re, im)` pairs; errors come
//! back as [`ComplexError`] for the type to turn into exceptions.

/// A complex number as `(real, imag)`.
pub type C64 = (f64, f64);

/// Why a complex operation failed (CPython's `errno` after the C code).
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum ComplexError {
    /// `EDOM`: division by zero, zero to a negative or complex power.
    Domain,
    /// `ERANGE`: the result overflowed.
    Range,
}

pub fn add(a: C64, b: C64) -> C64 {
    (a.0 + b.0, a.1 + b.1)
}

pub fn sub(a: C64, b: C64) -> C64 {
    (a.0 - b.0, a.1 - b.1)
}

pub fn mul(a: C64, b: C64) -> C64 {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` by Smith's method, scaled by the larger part of `b`.
pub fn quot(a: C64, b: C64) -> Result<C64, ComplexError> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(ComplexError::Domain);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// `x ** n` for `n >= 0` by repeated squaring.
fn pow_unsigned(x: C64, n: i64) -> C64 {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask = mask.wrapping_shl(1);
        p = mul(p, p);
    }
    r
}

/// `x ** n` for a small integer `n`.
fn pow_int(x: C64, n: i64) -> Result<C64, ComplexError> {
    if n > 0 {
        Ok(pow_unsigned(x, n))
    } else {
        quot((1.0, 0.0), pow_unsigned(x, -n))
    }
}

/// `a ** b` by polar form.
fn pow_general(a: C64, b: C64) -> Result<C64, ComplexError> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(ComplexError::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    if phase.is_infinite() {
        // The C library's cos and sin of an infinity report EDOM, which
        // CPython turns into its zero-division error.
        return Err(ComplexError::Domain);
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` as `complex.__pow__` computes it: small integral exponents
/// by repeated multiplication, others in polar form; an infinite part
/// in the result is an overflow.
pub fn pow(a: C64, b: C64) -> Result<C64, ComplexError> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        pow_int(a, b.0 as i64)?
    } else {
        pow_general(a, b)?
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(ComplexError::Range);
    }
    Ok(r)
}

/// `abs(z)`: infinite if either part is, NaN if either is NaN, an
/// overflow error if the finite parts overflow.
pub fn abs(z: C64) -> Result<f64, ComplexError> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() || z.1.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() {
        return Err(ComplexError::Range);
    }
    Ok(r)
}

/// Why `complex(str)` failed.
#[derive(Debug, PartialEq, Eq)]
pub enum ParseError {
    /// "complex() arg is a malformed string".
    Malformed,
    /// Misplaced underscores: "could not convert string to complex: ...".
    Underscores,
}

/// Parses `complex(s)`: whitespace and Unicode decimal digits are
/// mapped to ASCII first, underscores between digits are dropped.
pub fn parse(s: &str) -> Result<C64, ParseError> {
    let mut ascii = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            ascii.push(c as u8);
        } else if crate::text::chars::is_space(c) {
            ascii.push(b' ');
        } else if let Some(d) = crate::text::chars::decimal_value(c) {
            ascii.push(b'0' + d as u8);
        } else {
            ascii.push(b'?');
        }
    }
    if ascii.contains(&b'_') {
        ascii = remove_underscores(&ascii)?;
    }
    parse_ascii(&ascii).ok_or(ParseError::Malformed)
}

/// Drops underscores that sit between two digits; any other underscore
/// is an error. Text after a NUL is an error too.
fn remove_underscores(s: &[u8]) -> Result<Vec<u8>, ParseError> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &b in s {
        if b == 0 {
            return Err(ParseError::Underscores);
        }
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return Err(ParseError::Underscores);
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return Err(ParseError::Underscores);
            }
            out.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return Err(ParseError::Underscores);
    }
    Ok(out)
}

fn is_space(b: u8) -> bool {
    crate::text::chars::is_ascii_space(b)
}

fn parse_ascii(s: &[u8]) -> Option<C64> {
    let mut i = 0;
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let bracket = at(i) == b'(';
    if bracket {
        i += 1;
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
    }
    let (re, im);
    match float_prefix(&s[i..]) {
        Some((z, used)) => {
            i += used;
            match at(i) {
                b'+' | b'-' => {
                    re = z;
                    match float_prefix(&s[i..]) {
                        Some((y, used)) => {
                            im = y;
                            i += used;
                        }
                        None => {
                            im = if at(i) == b'+' { 1.0 } else { -1.0 };
                            i += 1;
                        }
                    }
                    if !matches!(at(i), b'j' | b'J') {
                        return None;
                    }
                    i += 1;
                }
                b'j' | b'J' => {
                    re = 0.0;
                    im = z;
                    i += 1;
                }
                _ => {
                    re = z;
                    im = 0.0;
                }
            }
        }
        None => {
            re = 0.0;
            im = match at(i) {
                b'+' => {
                    i += 1;
                    1.0
                }
                b'-' => {
                    i += 1;
                    -1.0
                }
                _ => 1.0,
            };
            if !matches!(at(i), b'j' | b'J') {
                return None;
            }
            i += 1;
        }
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if bracket {
        if at(i) != b')' {
            return None;
        }
        i += 1;
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
    }
    (i == s.len()).then_some((re, im))
}

/// The longest prefix of `s` that reads as a float (sign, digits with an
/// optional point and exponent, or `inf`/`infinity`/`nan`): its value
/// and length. Overflow gives an infinity.
pub fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &s[i..];
    let starts =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    let signed = |x: f64| if negative { -x } else { x };
    if starts(b"infinity") {
        return Some((signed(f64::INFINITY), i + 8));
    }
    if starts(b"inf") {
        return Some((signed(f64::INFINITY), i + 3));
    }
    if starts(b"nan") {
        return Some((signed(f64::NAN), i + 3));
    }
    let start = i;
    let mut digits = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < s.len() && matches!(s[i], b'e' | b'E') {
        let mut j = i + 1;
        if j < s.len() && matches!(s[j], b'+' | b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[start..i]).ok()?;
    let value: f64 = text.parse().ok()?;
    Some((signed(value), i))
}

#[cfg(test)]
mod tests {
    //! Expected values from python3 3.11.
    use super::*;

    #[test]
    fn parses_like_cpython() {
        assert_eq!(parse("1+2j"), Ok((1.0, 2.0)));
        assert_eq!(parse(" ( 1+2j ) "), Ok((1.0, 2.0)));
        assert_eq!(parse("j"), Ok((0.0, 1.0)));
        assert_eq!(parse("-j"), Ok((0.0, -1.0)));
        assert_eq!(parse("+1.5e3-2.5J"), Ok((1500.0, -2.5)));
        assert_eq!(parse("1_2j"), Ok((0.0, 12.0)));
        assert_eq!(parse("\u{661}+2j"), Ok((1.0, 2.0)));
        assert_eq!(parse("  \u{2003} 3j"), Ok((0.0, 3.0)));
        assert_eq!(parse("1e500j"), Ok((0.0, f64::INFINITY)));
        assert_eq!(parse("1__2"), Err(ParseError::Underscores));
        for bad in ["(1+2j", "", "infj+1", "1e", "1+", "1+2j\0", "1+2jj", "()"] {
            assert_eq!(parse(bad), Err(ParseError::Malformed), "{bad:?}");
        }
    }

    #[test]
    fn arithmetic_like_cpython() {
        assert_eq!(quot((1.0, 2.0), (3.0, -4.0)), Ok((-0.2, 0.4)));
        assert_eq!(quot((1.0, 0.0), (0.0, 0.0)), Err(ComplexError::Domain));
        assert_eq!(pow((0.0, 1.0), (2.0, 0.0)), Ok((-1.0, 0.0)));
        assert_eq!(
            pow((1.0, 2.0), (-3.0, 0.0)),
            Ok((-0.08800000000000001, 0.016))
        );
        assert_eq!(
            pow((1.0, 1.0), (2.0, 3.0)),
            Ok((-0.16345093210735503, 0.09600498360894892))
        );
        assert_eq!(pow((0.0, 0.0), (-1.0, 0.0)), Err(ComplexError::Domain));
        assert_eq!(pow((0.0, 0.0), (0.0, 1.0)), Err(ComplexError::Domain));
        assert_eq!(pow((1e200, 0.0), (2.0, 0.0)), Err(ComplexError::Range));
        assert_eq!(abs((3.0, 4.0)), Ok(5.0));
        assert_eq!(abs((f64::INFINITY, f64::NAN)), Ok(f64::INFINITY));
        assert_eq!(abs((1e308, 1e308)), Ok(1.4142135623730951e308));
    }
}
