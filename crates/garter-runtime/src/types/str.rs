//! `str`: the string payload and the `str` type's methods.
//!
//! A `PyStr` is immutable UTF-8 with its length in characters and a
//! lazily computed hash. Python indexes strings by code point, so ASCII
//! strings (character count equal to byte count) take byte fast paths;
//! other strings build, on their first indexing, a table of the byte
//! offset of every `CHECKPOINT`-th character, so `s[i]` stays cheap.
//!
//! Lone surrogates U+D800+k are stored as the private-use characters
//! U+DD800+k (see `text::surrogates`); a string remembers whether it may
//! hold one, so comparisons and encoders keep their byte fast paths
//! otherwise.

use crate::text::surrogates;
use std::cell::{Cell, OnceCell};

/// Characters between two recorded byte offsets of a non-ASCII string.
const CHECKPOINT: usize = 32;

/// The data of a str object.
pub struct PyStr {
    text: Box<str>,
    chars: usize,
    /// Whether the text may hold a stored lone surrogate.
    surrogates: bool,
    hash: Cell<Option<i64>>,
    /// Byte offsets of characters 0, CHECKPOINT, 2*CHECKPOINT...
    checkpoints: OnceCell<Box<[usize]>>,
}

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let (chars, surrogates) = if text.is_ascii() {
            (text.len(), false)
        } else {
            (
                text.chars().count(),
                surrogates::may_hold_surrogates(text.as_bytes()),
            )
        };
        PyStr {
            text,
            chars,
            surrogates,
            hash: Cell::new(None),
            checkpoints: OnceCell::new(),
        }
    }

    /// The byte offset of character `index` (`len` for the end).
    pub fn byte_offset(&self, index: usize) -> Option<usize> {
        if index > self.chars {
            return None;
        }
        if self.is_ascii() {
            return Some(index);
        }
        if index == self.chars {
            return Some(self.text.len());
        }
        let table = self.checkpoints.get_or_init(|| {
            self.text
                .char_indices()
                .step_by(CHECKPOINT)
                .map(|(at, _)| at)
                .collect()
        });
        let start = *table.get(index / CHECKPOINT)?;
        let rest = self.text.get(start..)?;
        rest.char_indices()
            .nth(index % CHECKPOINT)
            .map(|(at, _)| start + at)
    }

    /// Character `index`.
    pub fn char_at(&self, index: usize) -> Option<char> {
        let at = self.byte_offset(index)?;
        self.text.get(at..)?.chars().next()
    }

    /// Characters `start..end` (clamped to the string).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.chars);
        if start >= end {
            return "";
        }
        match (self.byte_offset(start), self.byte_offset(end)) {
            (Some(from), Some(to)) => self.text.get(from..to).unwrap_or_default(),
            _ => "",
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

    /// Python's order of two strs: by code point, so a stored surrogate
    /// sorts where U+D800..U+DFFF do.
    #[inline]
    pub fn compare(&self, other: &PyStr) -> std::cmp::Ordering {
        surrogates::compare(&self.text, &other.text, self.surrogates || other.surrogates)
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
