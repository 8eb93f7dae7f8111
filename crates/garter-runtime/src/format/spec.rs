//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width]
//! [grouping][.precision][type]` parsed into a [`FormatSpec`], with
//! CPython 3.11's checks and error messages for malformed specs.

use crate::number::error::NumError;
use crate::text::chars::decimal_value;

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`: pad on the right.
    Left,
    /// `>`: pad on the left.
    Right,
    /// `^`: pad both sides, the extra one on the right.
    Center,
    /// `=`: pad between the sign (and prefix) and the digits.
    AfterSign,
}

/// The thousands separator a spec asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (every four with `b`, `o`, `x`, `X`).
    Underscore,
}

impl Grouping {
    /// The separator character.
    pub fn separator(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// Which kind of value a spec is parsed for; it fixes the default
/// alignment and the default presentation type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecTarget {
    /// int (and bool): right-aligned, type `d`.
    Int,
    /// float: right-aligned, no type.
    Float,
    /// complex: right-aligned, no type.
    Complex,
    /// str (and `object.__format__`): left-aligned, type `s`.
    Str,
}

/// A parsed format spec, with the target's defaults filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The padding character (`' '` unless given, `'0'` with the `0` flag).
    pub fill: char,
    /// The alignment, explicit or the target's default.
    pub align: Align,
    /// `'+'`, `'-'` or `' '` when given.
    pub sign: Option<char>,
    /// `z`: show negative zero as zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// The minimum width.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<Grouping>,
    /// The digits after `.`.
    pub precision: Option<usize>,
    /// The presentation type, explicit or the target's default (`None`
    /// for float and complex without one).
    pub kind: Option<char>,
}

/// Parses `spec` for a value of Python type `type_name` (used in the
/// "Invalid format specifier" message).
pub fn parse_format_spec(
    spec: &str,
    target: SpecTarget,
    type_name: &str,
) -> Result<FormatSpec, NumError> {
    let chars: Vec<char> = spec.chars().collect();
    let default_align = match target {
        SpecTarget::Str => Align::Left,
        _ => Align::Right,
    };
    let mut parsed = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        kind: match target {
            SpecTarget::Int => Some('d'),
            SpecTarget::Str => Some('s'),
            SpecTarget::Float | SpecTarget::Complex => None,
        },
    };
    let mut pos = 0;
    let at = |i: usize| chars.get(i).copied();
    let mut fill_specified = false;
    let mut align_specified = false;
    if let Some(align) = at(1).and_then(align_of) {
        parsed.align = align;
        parsed.fill = chars.first().copied().unwrap_or(' ');
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if let Some(align) = at(0).and_then(align_of) {
        parsed.align = align;
        align_specified = true;
        pos = 1;
    }
    if let Some(sign @ ('+' | '-' | ' ')) = at(pos) {
        parsed.sign = Some(sign);
        pos += 1;
    }
    if at(pos) == Some('z') {
        parsed.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        parsed.alternate = true;
        pos += 1;
    }
    if !fill_specified && at(pos) == Some('0') {
        parsed.fill = '0';
        if !align_specified && default_align == Align::Right {
            parsed.align = Align::AfterSign;
        }
        pos += 1;
    }
    parsed.width = parse_count(&chars, &mut pos)?;
    if at(pos) == Some(',') {
        parsed.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if at(pos) == Some('_') {
        if parsed.grouping.is_some() {
            return Err(comma_and_underscore());
        }
        parsed.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if at(pos) == Some(',') && parsed.grouping == Some(Grouping::Underscore) {
        return Err(comma_and_underscore());
    }
    if at(pos) == Some('.') {
        pos += 1;
        parsed.precision = parse_count(&chars, &mut pos)?;
        if parsed.precision.is_none() {
            return Err(NumError::value("Format specifier missing precision"));
        }
    }
    let rest = chars.get(pos..).unwrap_or_default();
    if rest.len() > 1 {
        return Err(NumError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if let Some(&kind) = rest.first() {
        // A NUL type character means "no type", as in CPython.
        parsed.kind = (kind != '\0').then_some(kind);
    }
    if let Some(grouping) = parsed.grouping {
        let allowed = match parsed.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => grouping == Grouping::Underscore,
            _ => false,
        };
        if !allowed {
            return Err(NumError::value(format!(
                "Cannot specify '{}' with {}.",
                grouping.separator(),
                quoted_code(parsed.kind.unwrap_or('\0'))
            )));
        }
    }
    Ok(parsed)
}

/// The alignment an alignment character asks for.
fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of decimal digits (any script, as CPython accepts) at
/// `pos`; `None` when there are none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let mut value: Option<usize> = None;
    while let Some(digit) = chars.get(*pos).copied().and_then(decimal_value) {
        let so_far = value.unwrap_or(0);
        // CPython's limit is PY_SSIZE_T_MAX.
        if so_far > (isize::MAX as usize - digit as usize) / 10 {
            return Err(NumError::value("Too many decimal digits in format string"));
        }
        value = Some(so_far * 10 + digit as usize);
        *pos += 1;
    }
    Ok(value)
}

fn comma_and_underscore() -> NumError {
    NumError::value("Cannot specify both ',' and '_'.")
}

/// A presentation type as CPython quotes it in messages: `'x'` for
/// printable ASCII, `'\x1f600'` otherwise.
pub(crate) fn quoted_code(kind: char) -> String {
    let code = crate::text::surrogates::code_point(kind);
    if code > 32 && code < 128 {
        format!("'{kind}'")
    } else {
        format!("'\\x{code:x}'")
    }
}

/// CPython's "Unknown format code" error for `kind` on `type_name`.
pub fn unknown_format_code(kind: Option<char>, type_name: &str) -> NumError {
    NumError::value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(kind.unwrap_or('\0'))
    ))
}
