//! The `re` pattern parser's escapes and character sets: `\d`, `\x41`,
//! `\101`, backreferences by number, and `[...]`, with CPython's errors.

use super::re_parse::{err, ClassItem, Node, ParseError, Parser, FLAG_ASCII, FLAG_IGNORECASE};

enum ClassAtom {
    Char(char),
    Item(ClassItem),
}

impl Parser<'_> {
    /// `\N{name}` (after the `N`).
    fn named_char(&mut self, here: usize) -> Result<char, ParseError> {
        if self.peek() != Some('{') {
            return err("missing {", self.pos);
        }
        self.pos += 1;
        let start = self.pos;
        let mut name = String::new();
        loop {
            match self.peek() {
                None if name.is_empty() => return err("missing character name", start),
                None => return err("missing }, unterminated name", start),
                Some('}') => break,
                Some(c) => name.push(c),
            }
            self.pos += 1;
        }
        if name.is_empty() {
            return err("missing character name", start);
        }
        self.pos += 1;
        match garter_syntax::literal::unicode_name::lookup_character(&name) {
            Some(c) => Ok(c),
            None => err(format!("undefined character name '{name}'"), here),
        }
    }

    pub(super) fn parse_escape(&mut self, flags: u32, here: usize) -> Result<Node, ParseError> {
        let ascii = flags & FLAG_ASCII != 0;
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", here);
        };
        let class = |item| Node::Class {
            items: vec![item],
            negated: false,
            icase: false,
            ascii,
        };
        Ok(match c {
            'A' => {
                self.pos += 1;
                Node::StartOfString
            }
            'Z' => {
                self.pos += 1;
                Node::EndOfString
            }
            'b' | 'B' => {
                self.pos += 1;
                Node::WordBoundary {
                    negated: c == 'B',
                    ascii,
                }
            }
            'd' | 'D' => {
                self.pos += 1;
                class(ClassItem::Digit(c == 'D'))
            }
            'w' | 'W' => {
                self.pos += 1;
                class(ClassItem::Word(c == 'W'))
            }
            's' | 'S' => {
                self.pos += 1;
                class(ClassItem::Space(c == 'S'))
            }
            '1'..='9' => {
                if let Some(code) = self.octal_escape(here)? {
                    return Ok(self.literal(code, flags));
                }
                let mut digits = String::new();
                while let Some(d) = self.peek().filter(|d| d.is_ascii_digit()) {
                    if digits.len() == 2 {
                        break;
                    }
                    digits.push(d);
                    self.pos += 1;
                }
                let group: usize = digits.parse().unwrap_or(0);
                if group > self.groups {
                    return err(format!("invalid group reference {group}"), here + 1);
                }
                if self.open.contains(&group) {
                    return err("cannot refer to an open group", here);
                }
                Node::Backref {
                    group,
                    icase: flags & FLAG_IGNORECASE != 0,
                }
            }
            _ => {
                let code = self.char_escape(here, false)?;
                self.literal(code, flags)
            }
        })
    }

    /// `\ooo` (three octal digits, or a leading 0) as a character.
    fn octal_escape(&mut self, here: usize) -> Result<Option<char>, ParseError> {
        let digits: Vec<char> = (0..3)
            .map_while(|i| self.peek_at(i).filter(|d| d.is_digit(8)))
            .collect();
        let leading_zero = self.peek() == Some('0');
        if digits.len() < 3 && !leading_zero {
            return Ok(None);
        }
        let text: String = digits.iter().collect();
        let value = u32::from_str_radix(&text, 8).unwrap_or(0);
        if value > 0o377 {
            return err(
                format!("octal escape value \\{text} outside of range 0-0o377"),
                here,
            );
        }
        self.pos += digits.len();
        Ok(char::from_u32(value))
    }

    /// A character escape (after the backslash): `\n`, `\x41`, `\.`...
    fn char_escape(&mut self, here: usize, in_class: bool) -> Result<char, ParseError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", here);
        };
        self.pos += 1;
        let simple = match c {
            'a' => Some('\x07'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            'b' if in_class => Some('\x08'),
            '\\' => Some('\\'),
            _ => None,
        };
        if let Some(s) = simple {
            return Ok(s);
        }
        match c {
            'N' => self.named_char(here),
            'x' | 'u' | 'U' => {
                let width = match c {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = (0..width)
                    .map_while(|i| self.peek_at(i).filter(|d| d.is_ascii_hexdigit()))
                    .collect();
                if hex.len() != width {
                    return err(format!("incomplete escape \\{c}{hex}"), here);
                }
                self.pos += width;
                let value = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
                match char::from_u32(value) {
                    Some(ch) => Ok(ch),
                    None => err(format!("bad escape \\{c}{hex}"), here),
                }
            }
            '0'..='7' => {
                self.pos -= 1;
                let digits: Vec<char> = (0..3)
                    .map_while(|i| self.peek_at(i).filter(|d| d.is_digit(8)))
                    .collect();
                let text: String = digits.iter().collect();
                let value = u32::from_str_radix(&text, 8).unwrap_or(0);
                if value > 0o377 {
                    return err(
                        format!("octal escape value \\{text} outside of range 0-0o377"),
                        here,
                    );
                }
                self.pos += digits.len();
                Ok(char::from_u32(value).unwrap_or('\0'))
            }
            c if c.is_ascii_alphanumeric() => err(format!("bad escape \\{c}"), here),
            c => Ok(c),
        }
    }

    pub(super) fn parse_class(&mut self, flags: u32, start: usize) -> Result<Node, ParseError> {
        let ascii = flags & FLAG_ASCII != 0;
        let mut negated = false;
        if self.peek() == Some('^') {
            negated = true;
            self.pos += 1;
        }
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let here = self.pos;
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            if c == ']' && !first {
                self.pos += 1;
                break;
            }
            first = false;
            let lo = match self.class_char()? {
                ClassAtom::Item(item) => {
                    if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                        let text: String = self.slice(here, self.pos + 2);
                        return err(format!("bad character range {text}"), here);
                    }
                    items.push(item);
                    continue;
                }
                ClassAtom::Char(lo) => lo,
            };
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                self.pos += 1;
                let hi = match self.class_char()? {
                    ClassAtom::Char(hi) => hi,
                    ClassAtom::Item(_) => {
                        let text: String = self.slice(here, self.pos);
                        return err(format!("bad character range {text}"), here);
                    }
                };
                if hi < lo {
                    let text: String = self.slice(here, self.pos);
                    return err(format!("bad character range {text}"), here);
                }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(Node::Class {
            items,
            negated,
            icase: flags & FLAG_IGNORECASE != 0,
            ascii,
        })
    }

    fn class_char(&mut self) -> Result<ClassAtom, ParseError> {
        let here = self.pos;
        let c = self.peek().unwrap_or('\0');
        self.pos += 1;
        if c != '\\' {
            return Ok(ClassAtom::Char(c));
        }
        let item = match self.peek() {
            Some('d') => ClassItem::Digit(false),
            Some('D') => ClassItem::Digit(true),
            Some('w') => ClassItem::Word(false),
            Some('W') => ClassItem::Word(true),
            Some('s') => ClassItem::Space(false),
            Some('S') => ClassItem::Space(true),
            Some(d @ '1'..='9') => {
                if let Some(code) = self.octal_escape(here)? {
                    return Ok(ClassAtom::Char(code));
                }
                return err(format!("bad escape \\{d}"), here);
            }
            _ => return Ok(ClassAtom::Char(self.char_escape(here, true)?)),
        };
        self.pos += 1;
        Ok(ClassAtom::Item(item))
    }
}
