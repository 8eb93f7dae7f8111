//! Case conversions of whole strings as CPython 3.11 does them: `upper`,
//! `lower` (with the Greek final sigma rule), `casefold`, `title`,
//! `capitalize` and `swapcase`, using full (possibly multi-character) case
//! mappings.

use super::chars::{
    is_case_ignorable, is_cased, is_lowercase, is_uppercase, to_casefold, to_lower, to_title,
    to_upper,
};

const CAPITAL_SIGMA: char = '\u{3a3}';
const SMALL_SIGMA: char = '\u{3c3}';
const FINAL_SIGMA: char = '\u{3c2}';

/// Whether the capital sigma starting at byte `at` of `s` lowers to the
/// final form `ς`: a cased character comes before it and none after it,
/// skipping case-ignorable characters on both sides.
fn is_final_sigma(s: &str, at: usize) -> bool {
    let before = s.get(..at).unwrap_or("");
    let after = s.get(at + CAPITAL_SIGMA.len_utf8()..).unwrap_or("");
    let cased_before = before
        .chars()
        .rev()
        .find(|&c| !is_case_ignorable(c))
        .is_some_and(is_cased);
    cased_before
        && !after
            .chars()
            .find(|&c| !is_case_ignorable(c))
            .is_some_and(is_cased)
}

/// Appends the lowercase of the character `c` found at byte `at` of `s`.
fn push_lower_at(s: &str, at: usize, c: char, out: &mut String) {
    if c == CAPITAL_SIGMA {
        out.push(if is_final_sigma(s, at) {
            FINAL_SIGMA
        } else {
            SMALL_SIGMA
        });
    } else {
        to_lower(c).push_to(out);
    }
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        to_upper(c).push_to(&mut out);
    }
    out
}

/// `s.lower()`, with `Σ` becoming `ς` at the end of a word.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        push_lower_at(s, at, c, &mut out);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        to_casefold(c).push_to(&mut out);
    }
    out
}

/// `s.title()`: a character after a cased character is lowercased, any
/// other is titlecased.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    if s.is_ascii() {
        for c in s.chars() {
            out.push(if previous_is_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            });
            previous_is_cased = c.is_ascii_alphabetic();
        }
        return out;
    }
    for (at, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_at(s, at, c, &mut out);
        } else {
            to_title(c).push_to(&mut out);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()` (3.8+ semantics): the first character titlecased, the
/// rest lowercased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices();
    if let Some((_, first)) = chars.next() {
        to_title(first).push_to(&mut out);
    }
    if s.is_ascii() {
        out.push_str(&s.get(1..).unwrap_or("").to_ascii_lowercase());
        return out;
    }
    for (at, c) in chars {
        push_lower_at(s, at, c, &mut out);
    }
    out
}

/// `s.swapcase()`: uppercase characters lowercased, lowercase ones
/// uppercased, others kept.
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        return s
            .chars()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        if is_uppercase(c) {
            push_lower_at(s, at, c, &mut out);
        } else if is_lowercase(c) {
            to_upper(c).push_to(&mut out);
        } else {
            out.push(c);
        }
    }
    out
}
