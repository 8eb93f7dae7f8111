//! Number literals: finding where one ends with CPython's rules and
//! errors (underscores, prefixes, leading zeros, a literal running into a
//! name), and telling integers, floats and imaginaries apart.
//!
//! The scan follows CPython's tokenizer closely because its error
//! positions depend on how far it read: a cursor moves over the bytes,
//! and an error "at the cursor" points at the last byte read.

use crate::ast::Span;
use crate::token::Tok;
use crate::SyntaxError;

/// Where the number literal starting at byte `start` ends.
pub(super) fn scan_number(source: &str, start: usize) -> Result<usize, SyntaxError> {
    let mut cursor = NumberCursor {
        source,
        start,
        pos: start,
    };
    cursor.number()
}

/// The token for number text the scanner found: `Imag` if it ends in
/// `j`, `Float` if it has a fraction or exponent, `Int` otherwise.
pub(super) fn classify_number(text: &str) -> Tok<'_> {
    let bytes = text.as_bytes();
    if matches!(bytes.last(), Some(b'j' | b'J')) {
        return Tok::Imag(text);
    }
    let is_hex = matches!(bytes.get(1), Some(b'x' | b'X'));
    if !is_hex && bytes.iter().any(|b| matches!(b, b'.' | b'e' | b'E')) {
        Tok::Float(text)
    } else {
        Tok::Int(text)
    }
}

/// A byte cursor that reads like CPython's `tok_nextc`/`tok_backup`:
/// reading at the end yields `None` without moving.
struct NumberCursor<'src> {
    source: &'src str,
    start: usize,
    pos: usize,
}

fn is_digit(c: Option<u8>) -> bool {
    c.is_some_and(|b| b.is_ascii_digit())
}

fn is_potential_identifier_char(c: Option<u8>) -> bool {
    c.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
}

impl NumberCursor<'_> {
    fn next(&mut self) -> Option<u8> {
        let c = self.source.as_bytes().get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn backup(&mut self, c: Option<u8>) {
        if c.is_some() {
            self.pos -= 1;
        }
    }

    /// An error pointing at the last byte read (CPython's cursor column).
    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        let mut at = self.pos.saturating_sub(1).max(self.start);
        while !self.source.is_char_boundary(at) {
            at -= 1;
        }
        SyntaxError::new(msg, Span::new(at, at))
    }

    /// CPython gives the leading-zeros error's columns in bytes, not
    /// characters: the offset on the same line whose character column is
    /// the byte column of `at` (the same offset on ASCII lines).
    fn at_byte_column(&self, at: usize) -> usize {
        let line_start = self
            .source
            .get(..at)
            .and_then(|before| before.rfind(['\n', '\r']))
            .map_or(0, |newline| newline + 1);
        let before = self.source.get(line_start..at).unwrap_or_default();
        let extra_bytes = before.len() - before.chars().count();
        let rest = self.source.get(at..).unwrap_or_default();
        rest.char_indices()
            .take_while(|&(_, ch)| ch != '\n' && ch != '\r')
            .nth(extra_bytes)
            .map_or(
                at + rest.find(['\n', '\r']).unwrap_or(rest.len()),
                |(offset, _)| at + offset,
            )
    }

    fn number(&mut self) -> Result<usize, SyntaxError> {
        match self.next() {
            Some(b'.') => {
                let c = self.next();
                self.fraction(c)
            }
            Some(b'0') => match self.next() {
                Some(b'x' | b'X') => self.radix(16, "hexadecimal"),
                Some(b'o' | b'O') => self.radix(8, "octal"),
                Some(b'b' | b'B') => self.radix(2, "binary"),
                c => self.after_zero(c),
            },
            _ => {
                let c = self.decimal_tail()?;
                if c == Some(b'.') {
                    let c = self.next();
                    self.fraction(c)
                } else {
                    self.exponent_or_end(c)
                }
            }
        }
    }

    /// Reads digits and single underscores between digits; returns the
    /// first byte after them (already read).
    fn decimal_tail(&mut self) -> Result<Option<u8>, SyntaxError> {
        loop {
            let mut c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if c != Some(b'_') {
                return Ok(c);
            }
            let c = self.next();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    /// After a leading `0` that is not a radix prefix: more zeros, or a
    /// float, or the forbidden old-style octal.
    fn after_zero(&mut self, mut c: Option<u8>) -> Result<usize, SyntaxError> {
        loop {
            if c == Some(b'_') {
                c = self.next();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.error("invalid decimal literal"));
                }
            }
            if c != Some(b'0') {
                break;
            }
            c = self.next();
        }
        let zeros_end = self.pos;
        let nonzero = is_digit(c);
        if nonzero {
            c = self.decimal_tail()?;
        }
        match c {
            Some(b'.') => {
                let c = self.next();
                self.fraction(c)
            }
            Some(b'e' | b'E' | b'j' | b'J') => self.exponent_or_end(c),
            _ if nonzero => Err(SyntaxError::new(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
                Span::new(
                    self.at_byte_column(self.start),
                    self.at_byte_column(zeros_end - 1),
                ),
            )),
            _ => {
                self.verify_end(c, "decimal")?;
                self.backup(c);
                Ok(self.pos)
            }
        }
    }

    /// Digits of a hexadecimal, octal or binary literal after its prefix.
    fn radix(&mut self, radix: u32, kind: &str) -> Result<usize, SyntaxError> {
        let in_radix = |c: Option<u8>| c.is_some_and(|b| char::from(b).is_digit(radix));
        let mut c = self.next();
        loop {
            if c == Some(b'_') {
                c = self.next();
            }
            if !in_radix(c) {
                return Err(self.bad_radix_digit(c, radix, kind));
            }
            c = self.next();
            while in_radix(c) {
                c = self.next();
            }
            if c != Some(b'_') {
                break;
            }
        }
        if radix != 16 && is_digit(c) {
            return Err(self.bad_radix_digit(c, radix, kind));
        }
        self.verify_end(c, kind)?;
        self.backup(c);
        Ok(self.pos)
    }

    fn bad_radix_digit(&mut self, c: Option<u8>, radix: u32, kind: &str) -> SyntaxError {
        match c {
            Some(digit) if radix != 16 && digit.is_ascii_digit() => self.error(format!(
                "invalid digit '{}' in {kind} literal",
                char::from(digit)
            )),
            _ => {
                self.backup(c);
                self.error(format!("invalid {kind} literal"))
            }
        }
    }

    /// After the `.` of a float.
    fn fraction(&mut self, mut c: Option<u8>) -> Result<usize, SyntaxError> {
        if is_digit(c) {
            c = self.decimal_tail()?;
        }
        self.exponent_or_end(c)
    }

    /// After the integer or fraction digits: an optional exponent, then an
    /// optional `j`.
    fn exponent_or_end(&mut self, mut c: Option<u8>) -> Result<usize, SyntaxError> {
        if let Some(e @ (b'e' | b'E')) = c {
            c = self.next();
            if matches!(c, Some(b'+' | b'-')) {
                c = self.next();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.error("invalid decimal literal"));
                }
            } else if !is_digit(c) {
                self.backup(c);
                self.verify_end(Some(e), "decimal")?;
                self.backup(Some(e));
                return Ok(self.pos);
            }
            c = self.decimal_tail()?;
        }
        if matches!(c, Some(b'j' | b'J')) {
            c = self.next();
            self.verify_end(c, "imaginary")?;
        } else {
            self.verify_end(c, "decimal")?;
        }
        self.backup(c);
        Ok(self.pos)
    }

    /// A literal may not run into a name (ASCII letters, digits or `_`),
    /// except into the keywords that can follow a number in valid code
    /// (`1if x else y`, `0x1for`), which CPython only warns about. A
    /// non-ASCII character just ends the literal.
    fn verify_end(&mut self, c: Option<u8>, kind: &str) -> Result<(), SyntaxError> {
        let before_keyword = match c {
            Some(b'a') => self.keyword_follows("nd"),
            Some(b'e') => self.keyword_follows("lse"),
            Some(b'f') => self.keyword_follows("or"),
            Some(b'i') => matches!(
                self.source.as_bytes().get(self.pos),
                Some(b'f' | b'n' | b's')
            ),
            Some(b'o') => self.keyword_follows("r"),
            Some(b'n') => self.keyword_follows("ot"),
            _ => false,
        };
        if !before_keyword && c.is_some_and(|b| b.is_ascii()) && is_potential_identifier_char(c) {
            self.backup(c);
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// Whether the bytes after the cursor are `rest` and then something
    /// that cannot continue a name (so `1and x` is fine, `1andy` is not).
    fn keyword_follows(&self, rest: &str) -> bool {
        let after = self.pos + rest.len();
        self.source
            .as_bytes()
            .get(self.pos..after)
            .is_some_and(|bytes| bytes == rest.as_bytes())
            && !is_potential_identifier_char(self.source.as_bytes().get(after).copied())
    }
}
