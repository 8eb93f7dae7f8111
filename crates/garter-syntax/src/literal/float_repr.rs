//! `repr` of floats and complex numbers: CPython's `'r'` format, the
//! shortest digits that read back as the same double.

/// `repr(x)` for a float: `1.0`, `0.0001`, `1e-05`, `1e+16`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    format_shortest(x, true, false)
}

/// `repr(complex(real, imag))`: `1j`, `(1+2j)`, `(-0-1j)`, `infj`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", format_shortest(imag, false, false))
    } else {
        format!(
            "({}{}j)",
            format_shortest(real, false, false),
            format_shortest(imag, false, true)
        )
    }
}

/// CPython's `PyOS_double_to_string(x, 'r', 0, flags)`: `add_dot_0` adds
/// `.0` to integral values in fixed notation, `always_sign` writes `+`
/// before non-negative values. A NaN never shows a minus sign.
fn format_shortest(x: f64, add_dot_0: bool, always_sign: bool) -> String {
    let mut out = String::new();
    if x.is_nan() {
        if always_sign {
            out.push('+');
        }
        out.push_str("nan");
        return out;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    // `{:e}` gives the shortest round-trip digit count; among the strings
    // of that length CPython picks the correctly rounded one (ties to
    // even), which `{:.Ne}` computes exactly, unless that one does not
    // read back (next to a power of two the gap below is half the gap
    // above), when `{:e}`'s own digits are the answer.
    let shortest = format!("{:e}", x.abs());
    let digit_count = shortest.split('e').next().map_or(1, |mantissa| {
        mantissa.bytes().filter(u8::is_ascii_digit).count()
    });
    let rounded = format!("{:.*e}", digit_count.saturating_sub(1), x.abs());
    let scientific = if rounded.parse::<f64>() == Ok(x.abs()) {
        rounded
    } else {
        shortest
    };
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if !(-4..16).contains(&exponent) {
        push_exponent_form(&mut out, &digits, exponent);
    } else {
        push_fixed_form(&mut out, &digits, exponent, add_dot_0);
    }
    out
}

/// `d.ddde+XX` (at least two exponent digits); no point for one digit.
fn push_exponent_form(out: &mut String, digits: &str, exponent: i32) {
    let (first, rest) = digits.split_at(1.min(digits.len()));
    out.push_str(first);
    if !rest.is_empty() {
        out.push('.');
        out.push_str(rest);
    }
    out.push('e');
    out.push(if exponent < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exponent.unsigned_abs()));
}

/// Fixed notation for `0.digits × 10^(exponent + 1)`.
fn push_fixed_form(out: &mut String, digits: &str, exponent: i32, add_dot_0: bool) {
    let point = exponent + 1;
    if point <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat(point.unsigned_abs() as usize));
        out.push_str(digits);
        return;
    }
    let point = point as usize;
    if digits.len() > point {
        out.push_str(&digits[..point]);
        out.push('.');
        out.push_str(&digits[point..]);
    } else {
        out.push_str(digits);
        out.push_str(&"0".repeat(point - digits.len()));
        if add_dot_0 {
            out.push_str(".0");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats() {
        let cases = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1.5, "1.5"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e16, "1e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (123456789.125, "123456789.125"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (100.0, "100.0"),
            (0.001234, "0.001234"),
            (5.960464477539063e-08, "5.960464477539063e-08"),
            (2.9802322387695312e-08, "2.9802322387695312e-08"),
        ];
        for (value, expected) in cases {
            assert_eq!(float_repr(value), expected, "{value:e}");
        }
    }

    #[test]
    fn complexes() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(0.0, 1.5), "1.5j");
        assert_eq!(complex_repr(0.0, 1e16), "1e+16j");
        assert_eq!(complex_repr(0.0, f64::INFINITY), "infj");
        assert_eq!(complex_repr(0.0, f64::NAN), "nanj");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(1.0, f64::NAN), "(1+nanj)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
    }

    /// Every line of `testdata/float_reprs.txt` (made by
    /// `scripts/gen-repr-cases.py` from CPython 3.11) holds a float's bits
    /// and CPython's `repr(x)`, `repr(complex(0, x))`, `repr(complex(x, -x))`.
    #[test]
    fn agrees_with_cpython() {
        let cases = include_str!("testdata/float_reprs.txt");
        let mut checked = 0;
        for line in cases.lines() {
            let fields: Vec<&str> = line.split(' ').collect();
            let [bits, plain, imaginary, complex] = fields[..] else {
                panic!("bad line {line:?}");
            };
            let x = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
            assert_eq!(float_repr(x), plain, "{bits}");
            assert_eq!(complex_repr(0.0, x), imaginary, "{bits}");
            assert_eq!(complex_repr(x, -x), complex, "{bits}");
            checked += 1;
        }
        assert!(checked > 3000);
    }
}
