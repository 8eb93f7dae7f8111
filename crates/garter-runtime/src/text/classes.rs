//! The `str.isX()` predicates over whole strings, with Python's results for
//! the empty string (`False`, except `isprintable` and `isascii`).

use super::chars;

/// Whether `s` is non-empty and every character satisfies `test`.
fn all_nonempty(s: &str, test: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(test)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, chars::is_alpha)
}

/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, chars::is_alnum)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, chars::is_decimal)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, chars::is_digit)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, chars::is_numeric)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, chars::is_space)
}

/// `s.isprintable()`; true for the empty string.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(chars::is_printable)
}

/// `s.isascii()`; true for the empty string.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isidentifier()`: an XID_Start character or `_`, then XID_Continue
/// characters. Keywords count as identifiers.
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => {
            chars::is_identifier_start(first) && chars.all(chars::is_identifier_continue)
        }
        None => false,
    }
}

/// `s.islower()`: at least one cased character and no uppercase or
/// titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if chars::is_uppercase(c) || chars::is_titlecase(c) {
            return false;
        }
        cased = cased || chars::is_lowercase(c);
    }
    cased
}

/// `s.isupper()`: at least one cased character and no lowercase or
/// titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if chars::is_lowercase(c) || chars::is_titlecase(c) {
            return false;
        }
        cased = cased || chars::is_uppercase(c);
    }
    cased
}

/// `s.istitle()`: uppercase and titlecase characters only after uncased
/// ones, lowercase ones only after cased ones, and at least one cased.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if chars::is_uppercase(c) || chars::is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if chars::is_lowercase(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}
