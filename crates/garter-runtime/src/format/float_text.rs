//! Floats to text the way CPython's `PyOS_double_to_string` does it:
//! exact decimal digits (from Rust's correctly rounded `{:e}`/`{:.N}`
//! formatting) laid out in `e`, `f`, `g` or repr (`r`) style.

/// Options of [`float_to_text`] beyond the code and precision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatTextFlags {
    /// `#`: keep the decimal point and (for `g`) trailing zeros.
    pub alternate: bool,
    /// Add `.0` to integral values shown without exponent.
    pub add_dot_0: bool,
    /// `z`: a value that shows as zero shows no minus sign.
    pub no_neg_zero: bool,
    /// Write `+` before non-negative values.
    pub always_sign: bool,
}

/// `x` as text for `code` (`e E f F g G`, or `r` for the shortest repr
/// digits) with `precision` digits (after the point for `e`/`f`,
/// significant for `g`; ignored for `r`). Negative values start with
/// `-`; `inf`/`nan` (upper-case for `E F G`); a NaN never has a minus.
pub fn float_to_text(x: f64, code: char, precision: usize, flags: FloatTextFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut negative = x.is_sign_negative() && !x.is_nan();
    let mut out = String::new();
    if !x.is_finite() {
        if negative {
            out.push('-');
        } else if flags.always_sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_owned()
        });
        return out;
    }
    let magnitude = x.abs();
    let precision = match code {
        'e' => precision.saturating_add(1),
        'g' => precision.max(1),
        _ => precision,
    };
    let (digits, decpt) = match code {
        'e' | 'g' => significant_digits(magnitude, precision),
        'f' => fixed_digits(magnitude, precision),
        _ => shortest_digits(magnitude),
    };
    if flags.no_neg_zero && negative && digits == "0" {
        negative = false;
    }
    if negative {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
    push_layout(&mut out, &digits, decpt, code, precision, flags);
    if upper {
        out = out.replace('e', "E");
    }
    out
}

/// CPython's `format_float_short` layout of `0.digits × 10^decpt`.
fn push_layout(
    out: &mut String,
    digits: &str,
    decpt: i64,
    code: char,
    precision: usize,
    flags: FloatTextFlags,
) {
    let precision = i64::try_from(precision).unwrap_or(i64::MAX / 4);
    let digits_len = i64::try_from(digits.len()).unwrap_or(0);
    let mut decpt = decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alternate {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exponent = 0;
    if use_exp {
        exponent = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| {
        out.push_str(&"0".repeat(usize::try_from(n).unwrap_or(0)));
    };
    if decpt <= 0 {
        zeros(out, decpt - vdigits_start);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = usize::try_from(decpt).unwrap_or(0);
        let (whole, fraction) = digits.split_at(split.min(digits.len()));
        out.push_str(whole);
        out.push('.');
        out.push_str(fraction);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        out.push('.');
        zeros(out, vdigits_end - decpt);
    } else {
        zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push('e');
        out.push(if exponent < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exponent.unsigned_abs()));
    }
}

/// The first `count` (at least 1) significant digits of `magnitude`,
/// correctly rounded, trailing zeros dropped, and the decimal point's
/// position: the value is `0.digits × 10^decpt`.
fn significant_digits(magnitude: f64, count: usize) -> (String, i64) {
    let text = format!("{:.*e}", count.saturating_sub(1), magnitude);
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    normalize(digits, exponent + 1)
}

/// The digits of `magnitude` rounded to `places` after the point.
fn fixed_digits(magnitude: f64, places: usize) -> (String, i64) {
    let text = format!("{:.*}", places, magnitude);
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let decpt = i64::try_from(whole.len()).unwrap_or(0);
    normalize(format!("{whole}{fraction}"), decpt)
}

/// The shortest digits that read back as `magnitude` (ties between
/// equally short candidates go to the correctly rounded one, unless that
/// one does not read back, as next to a power of two, where the gap
/// below is half the gap above).
fn shortest_digits(magnitude: f64) -> (String, i64) {
    let shortest = format!("{magnitude:e}");
    let count = shortest.split('e').next().map_or(1, |mantissa| {
        mantissa.bytes().filter(u8::is_ascii_digit).count()
    });
    let rounded = significant_digits(magnitude, count);
    if reads_back(&rounded, magnitude) {
        return rounded;
    }
    let (mantissa, exponent) = shortest.split_once('e').unwrap_or((&shortest, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    normalize(digits, exponent + 1)
}

/// Whether the digits `0.DIGITS * 10**decpt` parse back as `magnitude`.
fn reads_back((digits, decpt): &(String, i64), magnitude: f64) -> bool {
    format!("0.{digits}e{decpt}").parse::<f64>() == Ok(magnitude)
}

/// Drops leading zeros (moving the point) and trailing zeros; zero is
/// `("0", 1)`.
fn normalize(digits: String, decpt: i64) -> (String, i64) {
    let trimmed = digits.trim_start_matches('0');
    let decpt = decpt - i64::try_from(digits.len() - trimmed.len()).unwrap_or(0);
    let trimmed = trimmed.trim_end_matches('0');
    if trimmed.is_empty() {
        ("0".to_owned(), 1)
    } else {
        (trimmed.to_owned(), decpt)
    }
}
