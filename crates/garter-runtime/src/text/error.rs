//! The errors that string algorithms report, with the exception type and
//! message CPython raises for each.

use std::fmt;

/// An error from one of the string algorithms; the caller raises
/// [`TextError::exception_name`] with [`TextError::message`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextError {
    /// `split`, `rsplit`, `partition` or `rpartition` was given `''`.
    EmptySeparator,
    /// `expandtabs` would make a string longer than the address space.
    NewStringTooLong,
    /// `str.maketrans(x, y)` with `len(x) != len(y)`.
    MaketransLengths,
    /// A string key of a `str.maketrans` dict is not one character long.
    MaketransKeyLength,
}

impl TextError {
    /// The name of the built-in exception CPython raises.
    pub fn exception_name(self) -> &'static str {
        match self {
            TextError::NewStringTooLong => "OverflowError",
            TextError::EmptySeparator
            | TextError::MaketransLengths
            | TextError::MaketransKeyLength => "ValueError",
        }
    }

    /// CPython's message for the error.
    pub fn message(self) -> &'static str {
        match self {
            TextError::EmptySeparator => "empty separator",
            TextError::NewStringTooLong => "new string is too long",
            TextError::MaketransLengths => {
                "the first two maketrans arguments must have equal length"
            }
            TextError::MaketransKeyLength => "string keys in translate table must be of length 1",
        }
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for TextError {}
