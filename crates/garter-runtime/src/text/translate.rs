//! The object-free core of `str.translate` and the argument checks of
//! `str.maketrans`: the caller supplies the table lookup (a `__getitem__`
//! call) and builds the dict.

use super::error::TextError;
use super::surrogates::code_point;

/// What a translate table maps one character to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mapping {
    /// The table maps the character to `None`: it is deleted.
    Delete,
    /// The table maps the character to an int or a one-character string.
    Char(char),
    /// The table maps the character to a string (of any length).
    Str(String),
}

/// `s.translate(table)`: `lookup` is called with a character's code point
/// and answers `Ok(None)` when the character is not in the table (the
/// table's `__getitem__` raised `LookupError`), so it is kept;
/// `Ok(Some(mapping))` replaces it; an `Err` stops and is returned. The
/// caller turns table values into [`Mapping`]s and raises CPython's errors
/// ("character mapping must be in range(0x110000)", "character mapping
/// must return integer, None or str") through `Err`.
///
/// `lookup` is called in the order and as often as CPython calls
/// `__getitem__`: an ASCII string is first translated with each distinct
/// character looked up once, until a character maps to something other
/// than one ASCII character or deletion; from there each character is
/// looked up in turn, and after a deleted character the following ones are
/// looked up until one is not deleted, which is then looked up again.
pub fn translate<E>(
    s: &str,
    mut lookup: impl FnMut(u32) -> Result<Option<Mapping>, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    let done = if s.is_ascii() {
        translate_ascii_prefix(s, &mut lookup, &mut out)?
    } else {
        0
    };
    let rest = s.get(done..).unwrap_or("");
    let mut at = 0;
    while let Some(c) = rest.get(at..).and_then(|tail| tail.chars().next()) {
        at += c.len_utf8();
        match lookup(code_point(c))? {
            None => out.push(c),
            Some(Mapping::Char(mapped)) => out.push(mapped),
            Some(Mapping::Str(mapped)) => out.push_str(&mapped),
            Some(Mapping::Delete) => {
                while let Some(next) = rest.get(at..).and_then(|tail| tail.chars().next()) {
                    if !matches!(lookup(code_point(next))?, Some(Mapping::Delete)) {
                        break;
                    }
                    at += next.len_utf8();
                }
            }
        }
    }
    Ok(out)
}

/// Translates the ASCII string `s` into `out` while every character maps
/// to one ASCII character or is deleted, looking each distinct character
/// up once; answers how many characters it translated.
fn translate_ascii_prefix<E>(
    s: &str,
    lookup: &mut impl FnMut(u32) -> Result<Option<Mapping>, E>,
    out: &mut String,
) -> Result<usize, E> {
    const UNKNOWN: u8 = 0xff;
    const DELETED: u8 = 0xfe;
    let mut table = [UNKNOWN; 128];
    for (at, &byte) in s.as_bytes().iter().enumerate() {
        let slot = usize::from(byte & 0x7f);
        let mut entry = table[slot];
        if entry == UNKNOWN {
            let mapping = lookup(u32::from(byte))?;
            entry = match mapping {
                None => byte,
                Some(Mapping::Delete) => DELETED,
                Some(Mapping::Char(mapped)) if mapped.is_ascii() => mapped as u8,
                Some(Mapping::Str(mapped)) => match mapped.as_bytes() {
                    [only] if only.is_ascii() => *only,
                    _ => return Ok(at),
                },
                Some(Mapping::Char(_)) => return Ok(at),
            };
            table[slot] = entry;
        }
        if entry != DELETED {
            out.push(char::from(entry));
        }
    }
    Ok(s.len())
}

/// The entries of `str.maketrans(from, to, delete)` in insertion order:
/// each character of `from` maps to the character of `to` at the same
/// place, then each character of `delete` maps to `None`. Later entries
/// for the same key replace earlier ones when the caller inserts them into
/// the dict. Strings of different lengths are
/// [`TextError::MaketransLengths`].
pub fn maketrans_pairs(
    from: &str,
    to: &str,
    delete: Option<&str>,
) -> Result<Vec<(u32, Option<u32>)>, TextError> {
    if from.chars().count() != to.chars().count() {
        return Err(TextError::MaketransLengths);
    }
    let mapped = from
        .chars()
        .zip(to.chars())
        .map(|(key, value)| (code_point(key), Some(code_point(value))));
    let deleted = delete
        .unwrap_or("")
        .chars()
        .map(|key| (code_point(key), None));
    Ok(mapped.chain(deleted).collect())
}

/// The code point that a string key of the one-argument
/// `str.maketrans(dict)` stands for; a key that is not exactly one
/// character is [`TextError::MaketransKeyLength`].
pub fn maketrans_key(key: &str) -> Result<u32, TextError> {
    let mut chars = key.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(code_point(c)),
        _ => Err(TextError::MaketransKeyLength),
    }
}
