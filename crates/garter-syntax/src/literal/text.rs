//! `PyStrBuilder`: accumulates the code points of a Python str, staying a
//! plain UTF-8 `String` until a lone surrogate forces code-point storage.

use crate::ast::PyStr;

/// A growing Python str.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PyStrBuilder {
    Utf8(String),
    CodePoints(Vec<u32>),
}

impl Default for PyStrBuilder {
    fn default() -> PyStrBuilder {
        PyStrBuilder::Utf8(String::new())
    }
}

impl PyStrBuilder {
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            PyStrBuilder::Utf8(text) => text.is_empty(),
            PyStrBuilder::CodePoints(codes) => codes.is_empty(),
        }
    }

    pub(crate) fn push(&mut self, c: char) {
        match self {
            PyStrBuilder::Utf8(text) => text.push(c),
            PyStrBuilder::CodePoints(codes) => codes.push(c as u32),
        }
    }

    /// Appends any code point up to U+10FFFF, surrogates included.
    pub(crate) fn push_code_point(&mut self, code: u32) {
        match char::from_u32(code) {
            Some(c) => self.push(c),
            None => {
                self.switch_to_code_points();
                if let PyStrBuilder::CodePoints(codes) = self {
                    codes.push(code);
                }
            }
        }
    }

    pub(crate) fn push_str(&mut self, text: &str) {
        match self {
            PyStrBuilder::Utf8(own) => own.push_str(text),
            PyStrBuilder::CodePoints(codes) => codes.extend(text.chars().map(|c| c as u32)),
        }
    }

    fn switch_to_code_points(&mut self) {
        if let PyStrBuilder::Utf8(text) = self {
            *self = PyStrBuilder::CodePoints(text.chars().map(|c| c as u32).collect());
        }
    }

    /// The str built so far, leaving this builder empty.
    pub(crate) fn take(&mut self) -> PyStr {
        std::mem::take(self).finish()
    }

    pub(crate) fn finish(self) -> PyStr {
        match self {
            PyStrBuilder::Utf8(text) => PyStr::Utf8(text),
            PyStrBuilder::CodePoints(codes) => PyStr::CodePoints(codes),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stays_utf8_without_surrogates() {
        let mut text = PyStrBuilder::default();
        text.push_str("ab");
        text.push_code_point(0xe9);
        assert_eq!(text.finish(), PyStr::Utf8("abé".to_owned()));
    }

    #[test]
    fn switches_on_a_surrogate() {
        let mut text = PyStrBuilder::default();
        text.push('a');
        text.push_code_point(0xd800);
        text.push_str("é");
        assert!(!text.is_empty());
        assert_eq!(text.take(), PyStr::CodePoints(vec![0x61, 0xd800, 0xe9]));
        assert!(text.is_empty());
    }
}
