//! The object-free core of `str.translate` and the argument checks of
//! `str.maketrans`: the caller supplies the table lookup (a `__getitem__`
//! call) and builds the dict.

use super::error::TextError;

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

/// `s.translate(table)`: `lookup` is called with each character's code
/// point in order and answers `Ok(None)` when the character is not in the
/// table (the table's `__getitem__` raised `LookupError`), so it is kept;
/// `Ok(Some(mapping))` replaces it; an `Err` stops and is returned. The
/// caller turns table values into [`Mapping`]s and raises CPython's errors
/// ("character mapping must be in range(0x110000)", "character mapping
/// must return integer, None or str") through `Err`.
pub fn translate<E>(
    s: &str,
    mut lookup: impl FnMut(u32) -> Result<Option<Mapping>, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(u32::from(c))? {
            None => out.push(c),
            Some(Mapping::Delete) => {}
            Some(Mapping::Char(mapped)) => out.push(mapped),
            Some(Mapping::Str(mapped)) => out.push_str(&mapped),
        }
    }
    Ok(out)
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
        .map(|(key, value)| (u32::from(key), Some(u32::from(value))));
    let deleted = delete
        .unwrap_or("")
        .chars()
        .map(|key| (u32::from(key), None));
    Ok(mapped.chain(deleted).collect())
}

/// The code point that a string key of the one-argument
/// `str.maketrans(dict)` stands for; a key that is not exactly one
/// character is [`TextError::MaketransKeyLength`].
pub fn maketrans_key(key: &str) -> Result<u32, TextError> {
    let mut chars = key.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(u32::from(c)),
        _ => Err(TextError::MaketransKeyLength),
    }
}
