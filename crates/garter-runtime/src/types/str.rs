//! `str`: the string payload and the `str` type's methods.
//!
//! A `PyStr` is immutable UTF-8 with its length in characters and a
//! lazily computed hash. Python indexes strings by code point, so ASCII
//! strings (character count equal to byte count) take byte fast paths.

use std::cell::Cell;

/// The data of a str object.
pub struct PyStr {
    text: Box<str>,
    chars: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            chars,
            hash: Cell::new(None),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in characters (code points).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Every character is ASCII, so character and byte indices agree.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The cached hash, computed by `compute` on first use.
    #[inline]
    pub fn cached_hash(&self, compute: impl FnOnce(&str) -> i64) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = compute(&self.text);
        self.hash.set(Some(h));
        h
    }
}

impl PartialEq<str> for PyStr {
    fn eq(&self, other: &str) -> bool {
        &*self.text == other
    }
}

impl PartialEq<&str> for PyStr {
    fn eq(&self, other: &&str) -> bool {
        &*self.text == *other
    }
}
