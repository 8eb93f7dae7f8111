//! Lone surrogates in Garter strings.
//!
//! A Python str may hold lone surrogate code points (U+D800..U+DFFF),
//! which Rust's UTF-8 `str` cannot. Garter stores the surrogate U+D800+k
//! as the code point U+DD800+k: the same low 16 bits, in plane 13, which
//! Unicode leaves unassigned (so no text uses it, unlike the private-use
//! planes or U+10FFFF, `sys.maxunicode`). Everything Python observes
//! (`ord`, `chr`, `repr`, codecs, comparisons) goes through
//! [`code_point`] and [`stored_char`], so programs see surrogates; the
//! real code points U+DD800..U+DDFFF are the price: `chr` refuses them and
//! decoding input that holds them fails with [`RESERVED_MESSAGE`].

use std::cmp::Ordering;

/// The first code point that stands for a surrogate (U+D800).
pub const STORED_BASE: u32 = 0xd_d800;

/// The last code point that stands for a surrogate (U+DFFF).
pub const STORED_LAST: u32 = 0xd_dfff;

/// The first lone surrogate.
pub const SURROGATE_FIRST: u32 = 0xd800;

/// The last lone surrogate.
pub const SURROGATE_LAST: u32 = 0xdfff;

/// Why input holding U+DD800..U+DDFFF is refused.
pub const RESERVED_MESSAGE: &str =
    "Garter reserves code points U+DD800..U+DDFFF for lone surrogates";

/// The Python code point of the stored character `c`.
#[inline]
pub fn code_point(c: char) -> u32 {
    let code = u32::from(c);
    if is_reserved(code) {
        code - STORED_BASE + SURROGATE_FIRST
    } else {
        code
    }
}

/// Whether the stored character `c` is a lone surrogate.
#[inline]
pub fn is_surrogate(c: char) -> bool {
    is_reserved(u32::from(c))
}

/// Whether the Python code point `code` is a surrogate.
#[inline]
pub fn is_surrogate_code(code: u32) -> bool {
    (SURROGATE_FIRST..=SURROGATE_LAST).contains(&code)
}

/// Whether the real code point `code` is one Garter keeps for surrogates.
#[inline]
pub fn is_reserved(code: u32) -> bool {
    (STORED_BASE..=STORED_LAST).contains(&code)
}

/// The stored character for the Python code point `code`: surrogates map
/// to U+DD800.., reserved and out-of-range code points give `None`.
#[inline]
pub fn stored_char(code: u32) -> Option<char> {
    if is_surrogate_code(code) {
        char::from_u32(code - SURROGATE_FIRST + STORED_BASE)
    } else if is_reserved(code) {
        None
    } else {
        char::from_u32(code)
    }
}

/// Whether the UTF-8 `bytes` may hold a stored surrogate (a lead byte
/// 0xF3, the prefix of planes 12 to 15). ASCII text never does.
#[inline]
pub fn may_hold_surrogates(bytes: &[u8]) -> bool {
    bytes.contains(&0xf3)
}

/// Whether the stored text holds a lone surrogate.
pub fn has_surrogates(text: &str) -> bool {
    may_hold_surrogates(text.as_bytes()) && text.chars().any(is_surrogate)
}

/// `text` with each lone surrogate written as `\udXXX`: what CPython's
/// `backslashreplace` writes to stderr, and a faithful Rust string for
/// hosts.
pub fn escaped(text: &str) -> std::borrow::Cow<'_, str> {
    if !has_surrogates(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_surrogate(c) {
            out.push_str(&format!("\\u{:04x}", code_point(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The character index of the first character of `text` (real input, not
/// a stored str) that Garter cannot hold, if any.
pub fn first_reserved(text: &str) -> Option<usize> {
    if !may_hold_surrogates(text.as_bytes()) {
        return None;
    }
    text.chars().position(|c| is_reserved(u32::from(c)))
}

/// The stored text for Python code points, `Err(code)` for the first
/// reserved or invalid one.
pub fn from_code_points(codes: &[u32]) -> Result<String, u32> {
    let mut out = String::with_capacity(codes.len());
    for &code in codes {
        out.push(stored_char(code).ok_or(code)?);
    }
    Ok(out)
}

/// The code points of stored text, as Python sees them.
pub fn to_code_points(text: &str) -> Vec<u32> {
    text.chars().map(code_point).collect()
}

/// A string literal of the front end as stored text; `None` when it holds
/// a code point Garter reserves.
pub fn from_literal(literal: &garter_syntax::ast::PyStr) -> Option<String> {
    match literal {
        garter_syntax::ast::PyStr::Utf8(text) => match first_reserved(text) {
            Some(_) => None,
            None => Some(text.clone()),
        },
        garter_syntax::ast::PyStr::CodePoints(codes) => from_code_points(codes).ok(),
    }
}

/// The front end's form of stored text: code points when it holds
/// surrogates (so `repr` shows them as surrogates), else the text.
pub fn to_literal(text: &str) -> garter_syntax::ast::PyStr {
    if has_surrogates(text) {
        garter_syntax::ast::PyStr::CodePoints(to_code_points(text))
    } else {
        garter_syntax::ast::PyStr::Utf8(text.to_owned())
    }
}

/// Two stored texts in Python's order (by code point). `surrogates` says
/// whether either may hold one; without, UTF-8 byte order is that order.
pub fn compare(a: &str, b: &str, surrogates: bool) -> Ordering {
    let order = a.cmp(b);
    if !surrogates || order == Ordering::Equal {
        return order;
    }
    let mut left = a.chars();
    let mut right = b.chars();
    loop {
        match (left.next(), right.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (Some(x), Some(y)) => return code_point(x).cmp(&code_point(y)),
            _ => return order,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_round_trips() {
        for code in [0xd800, 0xdbff, 0xdc00, 0xdfff] {
            let c = stored_char(code).unwrap();
            assert!(is_surrogate(c));
            assert_eq!(code_point(c), code);
        }
        assert_eq!(stored_char(0xdd800), None);
        assert_eq!(stored_char(0xddfff), None);
        assert_eq!(stored_char(0x110000), None);
        assert_eq!(stored_char(0x10ffff), Some('\u{10ffff}'));
        assert_eq!(stored_char(0xde000), Some('\u{de000}'));
        assert_eq!(code_point('\u{e000}'), 0xe000);
    }

    #[test]
    fn finds_surrogates_and_reserved_input() {
        let s = from_code_points(&[0x61, 0xdc80]).unwrap();
        assert!(has_surrogates(&s));
        assert!(!has_surrogates("a\u{100000}\u{e0100}"));
        assert_eq!(first_reserved("ab\u{ddffd}"), Some(2));
        assert_eq!(first_reserved("ab\u{10ffff}"), None);
        assert_eq!(from_code_points(&[0xdd900]), Err(0xdd900));
        assert_eq!(escaped(&s), "a\\udc80");
        assert_eq!(escaped("plain"), "plain");
    }

    #[test]
    fn orders_by_code_point() {
        let d800 = from_code_points(&[0xd800]).unwrap();
        assert_eq!(compare(&d800, "\u{e000}", true), Ordering::Less);
        assert_eq!(compare(&d800, "\u{10000}", true), Ordering::Less);
        assert_eq!(compare(&d800, "\u{d7ff}", true), Ordering::Greater);
        assert_eq!(compare("a", "ab", true), Ordering::Less);
        assert_eq!(compare(&d800, &d800, true), Ordering::Equal);
    }

    #[test]
    fn literals_convert() {
        use garter_syntax::ast::PyStr as Lit;
        let stored = from_literal(&Lit::CodePoints(vec![0x61, 0xdfff])).unwrap();
        assert_eq!(to_literal(&stored), Lit::CodePoints(vec![0x61, 0xdfff]));
        assert_eq!(from_literal(&Lit::Utf8("\u{dd800}".into())), None);
        assert!(from_literal(&Lit::Utf8("\u{10ffff}".into())).is_some());
        assert_eq!(to_literal("ok"), Lit::Utf8("ok".into()));
    }
}
