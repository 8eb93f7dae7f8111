//! The `%`-format language (`'%-6s|%+.3e' % args`) minus fetching the
//! values: a parser yielding literal text and conversion specs, and the
//! per-conversion rendering of ints, floats, strs and chars given the
//! flags, width and precision — as CPython 3.11's `PyUnicode_Format`.
//!
//! The driver (which owns the argument tuple or mapping) iterates
//! [`PercentParser`]; for each [`PercentConversion`] it fetches any `*`
//! width and precision arguments, then the value (from the mapping when
//! the spec has a key), then renders it with the `render_*` function the
//! conversion character selects, or raises
//! [`unsupported_format_character`] for an unknown one.

use super::float_text::{float_to_text, FloatTextFlags};
use crate::number::error::NumError;
use crate::number::int_text::magnitude_to_decimal;
use num_bigint::{BigInt, Sign};

/// The flags between `%` and the width.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: show a plus sign on non-negative numbers.
    pub sign: bool,
    /// ` `: show a space on non-negative numbers.
    pub blank: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
}

/// A width or precision as written in the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    /// Not given.
    Absent,
    /// `*`: taken from the next argument (an int).
    Star,
    /// Written as digits (a precision of `.` alone is `Given(0)`).
    Given(usize),
}

/// One `%...c` conversion spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentConversion {
    /// The `(name)` mapping key, when given.
    pub key: Option<String>,
    /// The flags.
    pub flags: PercentFlags,
    /// The width.
    pub width: PercentCount,
    /// The precision.
    pub precision: PercentCount,
    /// The conversion character (`d`, `s`, `%`, or an unsupported one).
    pub conversion: char,
    /// The conversion character's index in the format string (in
    /// characters), as the "unsupported format character" error says.
    pub index: usize,
}

/// A piece of a `%`-format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    /// Text copied as is (`%%` gives a `"%"` piece).
    Literal(&'a str),
    /// A conversion consuming a value.
    Conversion(PercentConversion),
}

/// What went wrong parsing a conversion spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentErrorKind {
    /// A `(` without its `)`: ValueError "incomplete format key" — but
    /// when the values are not a mapping CPython raises TypeError "format
    /// requires a mapping" instead (see [`format_requires_mapping`]).
    IncompleteKey,
    /// The string ends inside a spec: ValueError "incomplete format".
    IncompleteFormat,
    /// ValueError "width too big".
    WidthTooBig,
    /// ValueError "precision too big".
    PrecisionTooBig,
}

/// A parse failure, and how many `*` arguments CPython fetches (in
/// order, each of which may fail first) before raising it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PercentParseError {
    /// The failure.
    pub kind: PercentErrorKind,
    /// `*` arguments fetched before the failure.
    pub star_args_before: usize,
}

impl PercentParseError {
    /// The exception CPython raises.
    pub fn to_error(self) -> NumError {
        NumError::value(match self.kind {
            PercentErrorKind::IncompleteKey => "incomplete format key",
            PercentErrorKind::IncompleteFormat => "incomplete format",
            PercentErrorKind::WidthTooBig => "width too big",
            PercentErrorKind::PrecisionTooBig => "precision too big",
        })
    }
}

/// TypeError "format requires a mapping": a spec has a `(key)` but the
/// values are not a mapping.
pub fn format_requires_mapping() -> NumError {
    NumError::type_error("format requires a mapping")
}

/// ValueError for a conversion character `%` does not know, raised
/// after the value was fetched.
pub fn unsupported_format_character(conversion: char, index: usize) -> NumError {
    let code = crate::text::surrogates::code_point(conversion);
    let shown = if (31..=126).contains(&code) {
        conversion
    } else {
        '?'
    };
    NumError::value(format!(
        "unsupported format character '{shown}' (0x{code:x}) at index {index}"
    ))
}

/// Iterates the pieces of a `%`-format string; stops after an error.
pub struct PercentParser<'a> {
    text: &'a str,
    /// Byte offset of the next character.
    offset: usize,
    /// Character index of the next character.
    index: usize,
    failed: bool,
}

/// Starts parsing `text` as a `%`-format string.
pub fn parse_percent(text: &str) -> PercentParser<'_> {
    PercentParser {
        text,
        offset: 0,
        index: 0,
        failed: false,
    }
}

impl<'a> PercentParser<'a> {
    fn peek(&self) -> Option<char> {
        self.text.get(self.offset..)?.chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.offset += c.len_utf8();
        self.index += 1;
        Some(c)
    }

    /// Parses after a `%`; `Ok(None)` for `%%`.
    fn conversion(&mut self) -> Result<Option<PercentConversion>, PercentParseError> {
        let mut stars = 0;
        let fail = |kind, stars| PercentParseError {
            kind,
            star_args_before: stars,
        };
        if self.peek() == Some('%') {
            self.bump();
            return Ok(None);
        }
        let mut key = None;
        if self.peek() == Some('(') {
            self.bump();
            let start = self.offset;
            let mut depth = 1;
            while depth > 0 {
                match self.bump() {
                    Some(')') => depth -= 1,
                    Some('(') => depth += 1,
                    Some(_) => {}
                    None => return Err(fail(PercentErrorKind::IncompleteKey, 0)),
                }
            }
            let end = self.offset - 1;
            key = Some(self.text.get(start..end).unwrap_or_default().to_owned());
        }
        let mut flags = PercentFlags::default();
        let mut current = self.bump();
        loop {
            match current {
                Some('-') => flags.left = true,
                Some('+') => flags.sign = true,
                Some(' ') => flags.blank = true,
                Some('#') => flags.alternate = true,
                Some('0') => flags.zero = true,
                _ => break,
            }
            current = self.bump();
        }
        let mut width = PercentCount::Absent;
        if current == Some('*') {
            width = PercentCount::Star;
            stars += 1;
            current = self.bump();
        } else if current.is_some_and(|c| c.is_ascii_digit()) {
            let (value, next) = self.digits(current, isize::MAX as usize);
            width = PercentCount::Given(value.ok_or(fail(PercentErrorKind::WidthTooBig, stars))?);
            current = next;
        }
        let mut precision = PercentCount::Absent;
        if current == Some('.') {
            precision = PercentCount::Given(0);
            current = self.bump();
            if current == Some('*') {
                precision = PercentCount::Star;
                stars += 1;
                current = self.bump();
            } else if current.is_some_and(|c| c.is_ascii_digit()) {
                let (value, next) = self.digits(current, i32::MAX as usize);
                precision = PercentCount::Given(
                    value.ok_or(fail(PercentErrorKind::PrecisionTooBig, stars))?,
                );
                current = next;
            }
        }
        if matches!(current, Some('h' | 'l' | 'L')) {
            current = self.bump();
        }
        let conversion = current.ok_or(fail(PercentErrorKind::IncompleteFormat, stars))?;
        Ok(Some(PercentConversion {
            key,
            flags,
            width,
            precision,
            conversion,
            index: self.index - 1,
        }))
    }

    /// Reads decimal digits starting with `first`: the value (`None`
    /// beyond `limit`) and the character after them.
    fn digits(&mut self, first: Option<char>, limit: usize) -> (Option<usize>, Option<char>) {
        let mut value = Some(0_usize);
        let mut current = first;
        while let Some(digit) = current.and_then(|c| c.to_digit(10)) {
            value = value.and_then(|v| {
                let digit = digit as usize;
                (v <= (limit - digit) / 10).then(|| v * 10 + digit)
            });
            if value.is_none() {
                return (None, current);
            }
            current = self.bump();
        }
        (value, current)
    }
}

impl<'a> Iterator for PercentParser<'a> {
    type Item = Result<PercentPiece<'a>, PercentParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.offset >= self.text.len() {
            return None;
        }
        let rest = self.text.get(self.offset..)?;
        if !rest.starts_with('%') {
            let length = rest.find('%').unwrap_or(rest.len());
            let literal = rest.get(..length)?;
            self.offset += length;
            self.index += literal.chars().count();
            return Some(Ok(PercentPiece::Literal(literal)));
        }
        self.bump();
        match self.conversion() {
            Ok(None) => Some(Ok(PercentPiece::Literal("%"))),
            Ok(Some(conversion)) => Some(Ok(PercentPiece::Conversion(conversion))),
            Err(error) => {
                self.failed = true;
                Some(Err(error))
            }
        }
    }
}

/// A conversion with its `*` arguments applied: what rendering needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PercentFormat {
    /// The flags (`-` set by a negative `*` width too).
    pub flags: PercentFlags,
    /// The minimum width (0 when none).
    pub width: usize,
    /// The precision.
    pub precision: Option<usize>,
    /// The conversion character.
    pub conversion: char,
}

impl PercentConversion {
    /// The format to render with, given the values of the `*` width and
    /// precision arguments (in that order) when the spec has them. A
    /// negative width means left-aligned; a negative precision is 0.
    /// (The driver raises TypeError "* wants int" for a non-int, and
    /// CPython's OverflowErrors for ints beyond `isize`/`i32`.)
    pub fn resolve(&self, star_width: Option<i64>, star_precision: Option<i64>) -> PercentFormat {
        let mut flags = self.flags;
        let width = match self.width {
            PercentCount::Given(width) => width,
            PercentCount::Star => {
                let value = star_width.unwrap_or(0);
                if value < 0 {
                    flags.left = true;
                }
                usize::try_from(value.unsigned_abs()).unwrap_or(usize::MAX)
            }
            PercentCount::Absent => 0,
        };
        let precision = match self.precision {
            PercentCount::Given(precision) => Some(precision),
            PercentCount::Star => {
                Some(usize::try_from(star_precision.unwrap_or(0).max(0)).unwrap_or(usize::MAX))
            }
            PercentCount::Absent => None,
        };
        PercentFormat {
            flags,
            width,
            precision,
            conversion: self.conversion,
        }
    }
}

/// `%d %i %u %o %x %X` of an int (after the driver's `__index__`/`__int__`
/// conversion). ValueError beyond 4300 decimal digits.
pub fn render_int(value: &BigInt, format: &PercentFormat) -> Result<String, NumError> {
    let (radix, prefix) = match format.conversion {
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
    if format.conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(precision) = format.precision {
        if precision > digits.len() {
            digits.insert_str(0, &"0".repeat(precision - digits.len()));
        }
    }
    let prefix = if format.flags.alternate { prefix } else { "" };
    let sign = number_sign(value.sign() == Sign::Minus, format.flags);
    Ok(pad(sign, prefix, &digits, format, true))
}

/// `%e %E %f %F %g %G` of a float (default precision 6).
pub fn render_float(value: f64, format: &PercentFormat) -> String {
    let flags = FloatTextFlags {
        alternate: format.flags.alternate,
        ..FloatTextFlags::default()
    };
    let text = float_to_text(
        value,
        format.conversion,
        format.precision.unwrap_or(6),
        flags,
    );
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    pad(number_sign(negative, format.flags), "", body, format, true)
}

/// `%s %r %a` of a str (the driver's `str`/`repr`/`ascii` of the value):
/// cut to the precision, then padded with spaces.
pub fn render_str(text: &str, format: &PercentFormat) -> String {
    let text = match format.precision.and_then(|p| text.char_indices().nth(p)) {
        Some((end, _)) => text.get(..end).unwrap_or(text),
        None => text,
    };
    pad(None, "", text, format, false)
}

/// `%c` of a character (the driver checks for an int in
/// `range(0x110000)` or a one-character str: TypeError "%c requires int
/// or char"; see `format::number::code_point_char`).
pub fn render_char(c: char, format: &PercentFormat) -> String {
    let mut buffer = [0; 4];
    pad(None, "", c.encode_utf8(&mut buffer), format, false)
}

fn number_sign(negative: bool, flags: PercentFlags) -> Option<char> {
    if negative {
        Some('-')
    } else if flags.sign {
        Some('+')
    } else if flags.blank {
        Some(' ')
    } else {
        None
    }
}

/// Sign, prefix and body padded to the width: spaces on the right with
/// `-`, zeros after the prefix with `0` (numbers only), else spaces on
/// the left.
fn pad(
    sign: Option<char>,
    prefix: &str,
    body: &str,
    format: &PercentFormat,
    numeric: bool,
) -> String {
    let used = usize::from(sign.is_some()) + prefix.chars().count() + body.chars().count();
    let padding = format.width.saturating_sub(used);
    let mut out = String::with_capacity(used + padding);
    let push_sign_and_prefix = |out: &mut String| {
        if let Some(sign) = sign {
            out.push(sign);
        }
        out.push_str(prefix);
    };
    if format.flags.left {
        push_sign_and_prefix(&mut out);
        out.push_str(body);
        out.push_str(&" ".repeat(padding));
    } else if numeric && format.flags.zero {
        push_sign_and_prefix(&mut out);
        out.push_str(&"0".repeat(padding));
        out.push_str(body);
    } else {
        out.push_str(&" ".repeat(padding));
        push_sign_and_prefix(&mut out);
        out.push_str(body);
    }
    out
}
