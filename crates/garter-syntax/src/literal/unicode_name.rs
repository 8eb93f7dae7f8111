//! `\N{name}` lookup with CPython 3.11's rules: names and aliases from
//! Unicode 14.0 (not newer), matched case-insensitively except for the
//! algorithmic `HANGUL SYLLABLE ` and `CJK UNIFIED IDEOGRAPH-` names,
//! which must be upper case. Named sequences are not accepted. Also the
//! reverse, a character's name as `unicodedata.name` gives it (the
//! `namereplace` error handler's names).

use super::unicode_tables::UNASSIGNED;

/// Aliases newer than Unicode 14.0, which `unicode_names2` knows but
/// CPython 3.11 does not.
const NEWER_ALIASES: [&str; 7] = [
    "EM",
    "ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE",
    "SUNDANESE LETTER ARCHAIC I",
    "CUNEIFORM SIGN KALAM",
    "BAMUM LETTER PHASE-A MAEMGBIEE",
    "MENDE KIKAKUI SYLLABLE M172 MBO",
    "MENDE KIKAKUI SYLLABLE M174 MBOO",
];

const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";

/// The character `\N{name}` stands for, if CPython 3.11 knows the name.
pub fn lookup_character(name: &str) -> Option<char> {
    if !name.is_ascii() {
        return None;
    }
    let algorithmic = [HANGUL_PREFIX, CJK_PREFIX].iter().any(|prefix| {
        name.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    });
    if algorithmic && name.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if let Some(digits) = name.strip_prefix(CJK_PREFIX) {
        if digits.len() != 4 && digits.len() != 5 {
            return None;
        }
    }
    if NEWER_ALIASES
        .iter()
        .any(|alias| alias.eq_ignore_ascii_case(name))
    {
        return None;
    }
    let found = unicode_names2::character(name)?;
    if super::in_ranges(UNASSIGNED, found as u32) {
        return None;
    }
    Some(found)
}

/// The name of `c` in Unicode 14.0 (CPython 3.11's `unicodedata.name`),
/// `None` for characters without one (controls, surrogates, private use,
/// unassigned).
pub fn character_name(c: char) -> Option<String> {
    if super::in_ranges(UNASSIGNED, c as u32) {
        return None;
    }
    unicode_names2::name(c).map(|name| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_aliases() {
        assert_eq!(lookup_character("LATIN SMALL LETTER A"), Some('a'));
        assert_eq!(lookup_character("latin small letter a"), Some('a'));
        assert_eq!(lookup_character("LINE FEED"), Some('\n'));
        assert_eq!(lookup_character("BYTE ORDER MARK"), Some('\u{feff}'));
        assert_eq!(lookup_character("TOMATO"), Some('🍅'));
        assert_eq!(lookup_character("nonsense"), None);
        assert_eq!(lookup_character(""), None);
        assert_eq!(lookup_character("é"), None);
    }

    #[test]
    fn names_of_characters() {
        assert_eq!(
            character_name('é').as_deref(),
            Some("LATIN SMALL LETTER E WITH ACUTE")
        );
        assert_eq!(character_name('\u{20ac}').as_deref(), Some("EURO SIGN"));
        assert_eq!(character_name('가').as_deref(), Some("HANGUL SYLLABLE GA"));
        assert_eq!(
            character_name('\u{4e00}').as_deref(),
            Some("CJK UNIFIED IDEOGRAPH-4E00")
        );
        assert_eq!(character_name('\x00'), None);
        assert_eq!(character_name('\u{378}'), None);
        assert_eq!(character_name('\u{1f6dc}'), None);
        assert_eq!(character_name('\u{e000}'), None);
    }

    #[test]
    fn algorithmic_names_are_upper_case() {
        assert_eq!(lookup_character("HANGUL SYLLABLE GA"), Some('가'));
        assert_eq!(lookup_character("hangul syllable ga"), None);
        assert_eq!(lookup_character("CJK UNIFIED IDEOGRAPH-4E00"), Some('一'));
        assert_eq!(lookup_character("CJK UNIFIED IDEOGRAPH-04E00"), Some('一'));
        assert_eq!(lookup_character("CJK UNIFIED IDEOGRAPH-4e00"), None);
    }

    #[test]
    fn newer_than_unicode_14_and_named_sequences() {
        assert_eq!(lookup_character("WALKING PERSON"), None);
        assert_eq!(lookup_character("em"), None);
        assert_eq!(lookup_character("SUNDANESE LETTER ARCHAIC I"), None);
        assert_eq!(lookup_character("END OF MEDIUM"), Some('\x19'));
        assert_eq!(
            lookup_character("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"),
            None
        );
    }
}
