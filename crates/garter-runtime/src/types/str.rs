//! `str`: the string payload and the `str` type's methods.
//!
//! A `PyStr` is immutable UTF-8 (kept inside the object when short) with
//! its length in characters and a lazily computed hash. Python indexes strings by code point, so ASCII
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

/// Texts up to this many bytes live inside the str object itself, so
/// most strs cost one allocation, not two, and no separate heap block.
/// (With it `PyStr` stays within the size `Payload::Dict` already gives
/// every object, checked below.)
const INLINE: usize = 62;

const _: () = assert!(std::mem::size_of::<PyStr>() <= 88);

/// Where a str's UTF-8 bytes are kept.
enum Text {
    /// The first `len` bytes of `bytes`.
    Inline { len: u8, bytes: [u8; INLINE] },
    /// A longer text, with the byte offsets of characters 0,
    /// CHECKPOINT, 2*CHECKPOINT... once a non-ASCII one is indexed
    /// (inline texts are short enough to scan).
    Heap {
        text: Box<str>,
        checkpoints: OnceCell<Box<[usize]>>,
    },
}

/// A new exact str holding a copy of `text` (short texts go straight
/// into the object, with no intermediate `String`; the object is the
/// one `Vm::new_str` makes).
pub fn new_str_from(vm: &crate::Vm, text: &str) -> crate::value::Value {
    vm.new_object(
        vm.types.str.clone(),
        crate::object::Payload::Str(PyStr::new(text)),
    )
}

/// The data of a str object.
pub struct PyStr {
    text: Text,
    chars: usize,
    /// Whether the text may hold a stored lone surrogate.
    surrogates: bool,
    /// The hash, or -1 before it is computed (a Python hash is never -1).
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new<T: AsRef<str> + Into<Box<str>>>(text: T) -> PyStr {
        let source = text.as_ref();
        let (chars, surrogates) = if source.is_ascii() {
            (source.len(), false)
        } else {
            (
                source.chars().count(),
                surrogates::may_hold_surrogates(source.as_bytes()),
            )
        };
        let text = match u8::try_from(source.len()) {
            Ok(len) if source.len() <= INLINE => {
                let mut bytes = [0u8; INLINE];
                if let Some(dst) = bytes.get_mut(..source.len()) {
                    dst.copy_from_slice(source.as_bytes());
                }
                Text::Inline { len, bytes }
            }
            _ => Text::Heap {
                text: text.into(),
                checkpoints: OnceCell::new(),
            },
        };
        PyStr {
            text,
            chars,
            surrogates,
            hash: Cell::new(-1),
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
        let (text, checkpoints) = match &self.text {
            Text::Inline { .. } => (self.as_str(), None),
            Text::Heap { text, checkpoints } => (&**text, Some(checkpoints)),
        };
        if index == self.chars {
            return Some(text.len());
        }
        let Some(checkpoints) = checkpoints else {
            return text.char_indices().nth(index).map(|(at, _)| at);
        };
        let table = checkpoints.get_or_init(|| {
            text.char_indices()
                .step_by(CHECKPOINT)
                .map(|(at, _)| at)
                .collect()
        });
        let start = *table.get(index / CHECKPOINT)?;
        let rest = text.get(start..)?;
        rest.char_indices()
            .nth(index % CHECKPOINT)
            .map(|(at, _)| start + at)
    }

    /// Character `index`.
    pub fn char_at(&self, index: usize) -> Option<char> {
        let at = self.byte_offset(index)?;
        self.as_str().get(at..)?.chars().next()
    }

    /// Characters `start..end` (clamped to the string).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.chars);
        if start >= end {
            return "";
        }
        match (self.byte_offset(start), self.byte_offset(end)) {
            (Some(from), Some(to)) => self.as_str().get(from..to).unwrap_or_default(),
            _ => "",
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            Text::Inline { len, bytes } => {
                let used = bytes.get(..usize::from(*len)).unwrap_or_default();
                // SAFETY: `new` copied exactly these bytes from a `&str`
                // (whole, so they are valid UTF-8) and nothing writes them
                // afterwards.
                unsafe { std::str::from_utf8_unchecked(used) }
            }
            Text::Heap { text, .. } => text,
        }
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
        surrogates::compare(
            self.as_str(),
            other.as_str(),
            self.surrogates || other.surrogates,
        )
    }

    /// Every character is ASCII, so character and byte indices agree.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        let bytes = match &self.text {
            Text::Inline { len, .. } => usize::from(*len),
            Text::Heap { text, .. } => text.len(),
        };
        self.chars == bytes
    }

    /// The cached hash, computed by `compute` on first use.
    #[inline]
    pub fn cached_hash(&self, compute: impl FnOnce(&str) -> i64) -> i64 {
        let cached = self.hash.get();
        if cached != -1 {
            return cached;
        }
        let h = compute(self.as_str());
        self.hash.set(h);
        h
    }
}

impl PartialEq<str> for PyStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for PyStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
