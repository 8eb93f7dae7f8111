//! Python's Unicode character classes and case mappings for one character,
//! looked up in the generated tables (CPython 3.11's Unicode 14.0 data, not
//! the Rust standard library's, whose Unicode version differs).

use super::tables;

/// Whether `code` lies in one of the sorted inclusive `ranges`.
fn in_ranges(ranges: &[(u32, u32)], code: u32) -> bool {
    let after = ranges.partition_point(|&(first, _)| first <= code);
    after > 0 && ranges.get(after - 1).is_some_and(|&(_, last)| code <= last)
}

/// `c.isalpha()` for one character.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::ALPHA, c as u32)
}

/// `c.isdecimal()` for one character.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::DECIMAL, c as u32)
}

/// `c.isdigit()` for one character.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::DIGIT, c as u32)
}

/// `c.isnumeric()` for one character.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::NUMERIC, c as u32)
}

/// `c.isalnum()` for one character: alphabetic, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_numeric(c) || is_digit(c) || is_decimal(c)
}

/// `c.isspace()` for one character: Python's whitespace, which is also
/// what `split()` and `strip()` without arguments remove.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return is_ascii_space(c as u8);
    }
    in_ranges(tables::SPACE, c as u32)
}

/// Python's whitespace among ASCII bytes: `\t \n \v \f \r`, `\x1c`-`\x1f`
/// and space.
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ')
}

/// `c.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(tables::PRINTABLE, c as u32)
}

/// Whether `c` may start an identifier (XID_Start or `_`).
pub fn is_identifier_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(tables::IDENTIFIER_START, c as u32)
}

/// Whether `c` may follow the first character of an identifier
/// (XID_Continue).
pub fn is_identifier_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(tables::IDENTIFIER_CONTINUE, c as u32)
}

/// Whether `c` has the Lowercase property (`c.islower()` for one character).
pub fn is_lowercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(tables::LOWERCASE, c as u32)
}

/// Whether `c` has the Uppercase property (`c.isupper()` for one character).
pub fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(tables::UPPERCASE, c as u32)
}

/// Whether `c` is a titlecase letter (general category Lt), such as `ǅ`.
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_ranges(tables::TITLECASE, c as u32)
}

/// Whether `c` is cased: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::CASED, c as u32)
}

/// Whether `c` is case-ignorable (skipped when deciding the final sigma).
pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    in_ranges(tables::CASE_IGNORABLE, c as u32)
}

/// The value 0-9 of a decimal character (`c.isdecimal()`), as `int()` reads
/// it, or `None` for any other character.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    if !is_decimal(c) {
        return None;
    }
    let code = c as u32;
    let after = tables::DECIMAL_ZEROS.partition_point(|&zero| zero <= code);
    let zero = tables::DECIMAL_ZEROS.get(after.checked_sub(1)?)?;
    Some(code - zero)
}

/// A full case mapping of one character: the character itself, another
/// character, or several characters (as `'ß'.upper()` is `'SS'`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseMapped {
    /// The mapping is a single character.
    One(char),
    /// The mapping is several characters.
    Many(&'static str),
}

impl CaseMapped {
    /// Appends the mapping to `out`.
    pub fn push_to(self, out: &mut String) {
        match self {
            CaseMapped::One(c) => out.push(c),
            CaseMapped::Many(s) => out.push_str(s),
        }
    }
}

/// Looks `c` up in a pair of generated case tables.
fn map_case(
    runs: &[(u32, u32, u32, i32)],
    multi: &'static [(u32, &'static str)],
    c: char,
) -> CaseMapped {
    let code = c as u32;
    if let Ok(at) = multi.binary_search_by_key(&code, |&(from, _)| from) {
        if let Some(&(_, to)) = multi.get(at) {
            return CaseMapped::Many(to);
        }
    }
    let after = runs.partition_point(|&(first, _, _, _)| first <= code);
    let Some(&(first, last, stride, delta)) = after.checked_sub(1).and_then(|at| runs.get(at))
    else {
        return CaseMapped::One(c);
    };
    if code > last || !(code - first).is_multiple_of(stride) {
        return CaseMapped::One(c);
    }
    match code.checked_add_signed(delta).and_then(char::from_u32) {
        Some(mapped) => CaseMapped::One(mapped),
        None => CaseMapped::One(c),
    }
}

/// `c.lower()` for one character, without the final sigma rule (a lone
/// `'Σ'` lowers to `'σ'`).
pub fn to_lower(c: char) -> CaseMapped {
    if c.is_ascii() {
        return CaseMapped::One(c.to_ascii_lowercase());
    }
    map_case(tables::LOWER_RUNS, tables::LOWER_MULTI, c)
}

/// `c.upper()` for one character.
pub fn to_upper(c: char) -> CaseMapped {
    if c.is_ascii() {
        return CaseMapped::One(c.to_ascii_uppercase());
    }
    map_case(tables::UPPER_RUNS, tables::UPPER_MULTI, c)
}

/// The titlecase mapping of one character (`c.title()` for one character).
pub fn to_title(c: char) -> CaseMapped {
    if c.is_ascii() {
        return CaseMapped::One(c.to_ascii_uppercase());
    }
    map_case(tables::TITLE_RUNS, tables::TITLE_MULTI, c)
}

/// `c.casefold()` for one character.
pub fn to_casefold(c: char) -> CaseMapped {
    if c.is_ascii() {
        return CaseMapped::One(c.to_ascii_lowercase());
    }
    map_case(tables::FOLD_RUNS, tables::FOLD_MULTI, c)
}
