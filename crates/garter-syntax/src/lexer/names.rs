//! Identifiers beyond ASCII (PEP 3131): checking them against
//! XID_Start/XID_Continue, CPython's "invalid character" errors, and the
//! NFKC normalisation the parser applies to every name.

use crate::ast::Span;
use crate::SyntaxError;
use unicode_normalization::UnicodeNormalization;

/// Returns a name in the form Python uses for it: NFKC-normalised when
/// it is not plain ASCII (so `ℌ` and `H` are the same variable).
pub fn normalize_identifier(name: &str) -> Box<str> {
    if name.is_ascii() {
        Box::from(name)
    } else {
        name.nfkc().collect::<String>().into_boxed_str()
    }
}

/// Checks that `text` (starting at byte `start` of the source) is a valid
/// identifier, reporting the first character that is not.
pub(super) fn verify_identifier(text: &str, start: usize) -> Result<(), SyntaxError> {
    for (index, (offset, ch)) in text.char_indices().enumerate() {
        let valid = if index == 0 {
            ch == '_' || unicode_ident::is_xid_start(ch)
        } else {
            unicode_ident::is_xid_continue(ch)
        };
        if !valid {
            return Err(invalid_character(ch, start + offset));
        }
    }
    Ok(())
}

/// CPython's error for a character that cannot appear outside strings and
/// comments, pointing at byte `at`.
pub(super) fn invalid_character(ch: char, at: usize) -> SyntaxError {
    let code = u32::from(ch);
    let msg = if is_printable(ch) {
        format!("invalid character '{ch}' (U+{code:04X})")
    } else {
        format!("invalid non-printable character U+{code:04X}")
    };
    SyntaxError::new(msg, Span::new(at, at))
}

/// Python's `str.isprintable` for one character: false for control and
/// format characters, separators other than the space, private-use
/// characters and noncharacters. (Unassigned code points, which Python
/// also calls unprintable, are not tracked.)
fn is_printable(ch: char) -> bool {
    let code = u32::from(ch);
    !matches!(code,
        0x00..=0x1F | 0x7F..=0xA0 | 0xAD
        | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890..=0x891 | 0x8E2
        | 0x1680 | 0x180E | 0x2000..=0x200F | 0x2028..=0x202F
        | 0x205F..=0x2064 | 0x2066..=0x206F | 0x3000
        | 0xD800..=0xF8FF | 0xFDD0..=0xFDEF | 0xFEFF | 0xFFF9..=0xFFFB
        | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F
        | 0xF0000..=0x10FFFF)
        && code & 0xFFFE != 0xFFFE
}
