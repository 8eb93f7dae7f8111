//! Stripping: `strip`/`lstrip`/`rstrip` of Python whitespace or of a set of
//! characters, and `removeprefix`/`removesuffix`. Results borrow from the
//! input.

use super::chars::is_space;

/// The set of characters to strip: Python whitespace, or the characters of
/// a string (looked up in a table when they are all ASCII).
enum StripSet<'a> {
    Whitespace,
    Ascii([bool; 128]),
    Chars(&'a str),
}

impl<'a> StripSet<'a> {
    fn new(chars: Option<&'a str>) -> Self {
        match chars {
            None => StripSet::Whitespace,
            Some(chars) if chars.is_ascii() => {
                let mut table = [false; 128];
                for b in chars.bytes() {
                    if let Some(slot) = table.get_mut(usize::from(b)) {
                        *slot = true;
                    }
                }
                StripSet::Ascii(table)
            }
            Some(chars) => StripSet::Chars(chars),
        }
    }

    fn contains(&self, c: char) -> bool {
        match self {
            StripSet::Whitespace => is_space(c),
            StripSet::Ascii(table) => c.is_ascii() && table.get(c as usize) == Some(&true),
            StripSet::Chars(chars) => chars.contains(c),
        }
    }
}

/// `s.strip(chars)`: `None` strips Python whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    let set = StripSet::new(chars);
    s.trim_matches(|c| set.contains(c))
}

/// `s.lstrip(chars)`: `None` strips Python whitespace.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    let set = StripSet::new(chars);
    s.trim_start_matches(|c| set.contains(c))
}

/// `s.rstrip(chars)`: `None` strips Python whitespace.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    let set = StripSet::new(chars);
    s.trim_end_matches(|c| set.contains(c))
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}
