//! The error every numeric and formatting algorithm returns: which Python
//! exception class to raise and its exact CPython message.

use std::fmt;

/// The Python exception class an algorithm's failure maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumErrorKind {
    /// `ValueError`.
    Value,
    /// `OverflowError`.
    Overflow,
    /// `ZeroDivisionError`.
    ZeroDivision,
    /// `TypeError`.
    Type,
    /// `MemoryError` (its message is empty).
    Memory,
}

/// A failed numeric or formatting operation: the exception to raise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// Which exception class.
    pub kind: NumErrorKind,
    /// The exception's message, exactly as CPython 3.11 words it.
    pub message: String,
}

impl NumError {
    /// A `ValueError` with `message`.
    pub fn value(message: impl Into<String>) -> Self {
        NumError {
            kind: NumErrorKind::Value,
            message: message.into(),
        }
    }

    /// An `OverflowError` with `message`.
    pub fn overflow(message: impl Into<String>) -> Self {
        NumError {
            kind: NumErrorKind::Overflow,
            message: message.into(),
        }
    }

    /// A `ZeroDivisionError` with `message`.
    pub fn zero_division(message: impl Into<String>) -> Self {
        NumError {
            kind: NumErrorKind::ZeroDivision,
            message: message.into(),
        }
    }

    /// A `MemoryError` (CPython's has an empty message).
    pub fn memory() -> Self {
        NumError {
            kind: NumErrorKind::Memory,
            message: String::new(),
        }
    }

    /// A `TypeError` with `message`.
    pub fn type_error(message: impl Into<String>) -> Self {
        NumError {
            kind: NumErrorKind::Type,
            message: message.into(),
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let class = match self.kind {
            NumErrorKind::Value => "ValueError",
            NumErrorKind::Overflow => "OverflowError",
            NumErrorKind::ZeroDivision => "ZeroDivisionError",
            NumErrorKind::Type => "TypeError",
            NumErrorKind::Memory => "MemoryError",
        };
        write!(f, "{class}: {}", self.message)
    }
}
