//! `format(x, spec)` for int, float and complex: applying a parsed
//! [`FormatSpec`] with CPython 3.11's rules and error messages.

use super::float_text::{float_to_text, FloatTextFlags};
use super::layout::{layout_number, pad_text, sign_for, NumberParts};
use super::spec::{unknown_format_code, Align, FormatSpec};
use crate::number::convert::int_to_f64;
use crate::number::error::NumError;
use crate::number::int_text::magnitude_to_decimal;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `format(value, spec)` for an int; `type_name` names the type in
/// errors (`int`, `bool`, a subclass). Float types (`e f g %`...)
/// convert the int to float first.
pub fn format_int(value: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    match spec.kind {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int_digits(value, spec),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            format_float(int_to_f64(value)?, spec, type_name)
        }
        other => Err(unknown_format_code(other, type_name)),
    }
}

/// `format(value, spec)` for an int that fits an `i64`.
pub fn format_i64(value: i64, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    format_int(&BigInt::from(value), spec, type_name)
}

fn format_int_digits(value: &BigInt, spec: &FormatSpec) -> Result<String, NumError> {
    if spec.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let kind = spec.kind.unwrap_or('d');
    if kind == 'c' {
        return format_int_char(value, spec);
    }
    let (radix, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        magnitude_to_decimal(value.magnitude())?
    } else {
        value.magnitude().to_str_radix(radix)
    };
    if kind == 'X' {
        digits.make_ascii_uppercase();
    }
    let group = match (spec.grouping, kind) {
        (_, 'n') | (None, _) => None,
        (Some(grouping), 'b' | 'o' | 'x' | 'X') => Some((grouping.separator(), 4)),
        (Some(grouping), _) => Some((grouping.separator(), 3)),
    };
    let parts = NumberParts {
        sign: sign_for(value.sign() == Sign::Minus, spec),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        remainder: "",
    };
    Ok(layout_number(&parts, spec, group))
}

/// The `c` type: the int as a character.
fn format_int_char(value: &BigInt, spec: &FormatSpec) -> Result<String, NumError> {
    if spec.sign.is_some() {
        return Err(NumError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code = value
        .to_i64()
        .ok_or_else(|| NumError::overflow("Python int too large to convert to C long"))?;
    let character = code_point_char(code)?;
    let digits = character.to_string();
    let parts = NumberParts {
        sign: None,
        prefix: "",
        digits: &digits,
        remainder: "",
    };
    Ok(layout_number(&parts, spec, None))
}

/// The character for `%c`/`format(n, 'c')`, in Garter's stored form (a
/// lone surrogate is U+DD800..): OverflowError outside
/// `range(0x110000)`, ValueError for a code point Garter reserves.
pub fn code_point_char(code: i64) -> Result<char, NumError> {
    if !(0..0x110000).contains(&code) {
        return Err(NumError::overflow("%c arg not in range(0x110000)"));
    }
    u32::try_from(code)
        .ok()
        .and_then(crate::text::surrogates::stored_char)
        .ok_or_else(|| {
            NumError::value(format!(
                "%c arg {code:#x} is not supported: {}",
                crate::text::surrogates::RESERVED_MESSAGE
            ))
        })
}

/// `format(value, spec)` for a float (`type_name` for errors).
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let kind = match spec.kind {
        None => 'r',
        Some(kind @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => kind,
        other => return Err(unknown_format_code(other, type_name)),
    };
    check_precision(spec)?;
    let (text, percent) = float_body(value, kind, spec, kind == 'r');
    let mut text = text;
    if percent {
        text.push('%');
    }
    let negative = text.starts_with('-');
    let unsigned = text.strip_prefix('-').unwrap_or(&text);
    let digit_end = unsigned
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(unsigned.len());
    let (digits, remainder) = unsigned.split_at(digit_end);
    let group = match (spec.grouping, kind) {
        (_, 'n') | (None, _) => None,
        (Some(grouping), _) => Some((grouping.separator(), 3)),
    };
    let parts = NumberParts {
        sign: sign_for(negative, spec),
        prefix: "",
        digits,
        remainder,
    };
    Ok(layout_number(&parts, spec, group))
}

/// CPython refuses precisions beyond a C int.
fn check_precision(spec: &FormatSpec) -> Result<(), NumError> {
    match spec.precision {
        Some(precision) if precision > i32::MAX as usize => {
            Err(NumError::value("precision too big"))
        }
        _ => Ok(()),
    }
}

/// The float's text for presentation `kind` (`r` for none) before
/// padding, and whether a `%` follows. `add_dot_0` for the float form of
/// no type (a complex's parts do not get `.0`).
fn float_body(value: f64, kind: char, spec: &FormatSpec, add_dot_0: bool) -> (String, bool) {
    let (code, value, percent) = match kind {
        'n' => ('g', value, false),
        '%' => ('f', value * 100.0, true),
        _ => (kind, value, false),
    };
    let (code, precision) = match (code, spec.precision) {
        ('r', None) => ('r', 0),
        ('r', Some(precision)) => ('g', precision),
        (code, precision) => (code, precision.unwrap_or(6)),
    };
    let flags = FloatTextFlags {
        alternate: spec.alternate,
        add_dot_0,
        no_neg_zero: spec.no_neg_zero,
        always_sign: false,
    };
    (float_to_text(value, code, precision, flags), percent)
}

/// `format(complex(real, imag), spec)` (`type_name` for errors).
pub fn format_complex(
    real: f64,
    imag: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, NumError> {
    let kind = match spec.kind {
        None => 'r',
        Some(kind @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => kind,
        other => return Err(unknown_format_code(other, type_name)),
    };
    if spec.fill == '0' {
        return Err(NumError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Align::AfterSign {
        return Err(NumError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    check_precision(spec)?;
    let (skip_real, parens) = if kind == 'r' {
        let skip = real == 0.0 && real.is_sign_positive();
        (skip, !skip)
    } else {
        (false, false)
    };
    let group = match (spec.grouping, kind) {
        (_, 'n') | (None, _) => None,
        (Some(grouping), _) => Some((grouping.separator(), 3)),
    };
    let unpadded = FormatSpec {
        fill: ' ',
        align: Align::Left,
        width: None,
        ..spec.clone()
    };
    let part = |value: f64, part_spec: &FormatSpec| {
        let (text, _) = float_body(value, kind, part_spec, false);
        let negative = text.starts_with('-');
        let unsigned = text.strip_prefix('-').unwrap_or(&text);
        let digit_end = unsigned
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(unsigned.len());
        let (digits, remainder) = unsigned.split_at(digit_end);
        let parts = NumberParts {
            sign: sign_for(negative, part_spec),
            prefix: "",
            digits,
            remainder,
        };
        layout_number(&parts, part_spec, group)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_real {
        body.push_str(&part(real, &unpadded));
    }
    let imag_spec = if skip_real {
        unpadded
    } else {
        FormatSpec {
            sign: Some('+'),
            ..unpadded
        }
    };
    body.push_str(&part(imag, &imag_spec));
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.chars().count();
    Ok(pad_text(&body, len, spec.width, spec.align, spec.fill))
}

/// `format(value, spec)` for a str (`type_name` for errors).
pub fn format_str(value: &str, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    if spec.kind != Some('s') {
        return Err(unknown_format_code(spec.kind, type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(NumError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(NumError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Align::AfterSign {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, len) = match spec.precision {
        Some(precision) => match value.char_indices().nth(precision) {
            Some((end, _)) => (value.get(..end).unwrap_or(value), precision),
            None => (value, value.chars().count()),
        },
        None => (value, value.chars().count()),
    };
    Ok(pad_text(text, len, spec.width, spec.align, spec.fill))
}
