//! Parsing `str.format` strings, as CPython 3.11's `unicode_format.h`:
//! literal text and replacement fields (`{name!conversion:spec}`), and a
//! field name's parts (`0[1].attr[key]`). Every error here is a
//! ValueError; its message is the `Err` string.

use crate::text::chars::decimal_value;

/// A replacement field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    /// The field name (`0`, `name.attr[0]`, or empty for auto-numbering).
    pub name: &'a str,
    /// The character after `!`, if any.
    pub conversion: Option<char>,
    /// The format spec after `:` (empty when none).
    pub spec: &'a str,
    /// The spec holds nested fields (`{:{width}}`) to expand first.
    pub spec_has_fields: bool,
}

/// One step through a format string: literal text, then maybe a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Markup<'a> {
    pub literal: &'a str,
    pub field: Option<Field<'a>>,
}

/// Iterates the [`Markup`] of a format string (CPython's
/// `MarkupIterator`); stops after an error.
pub struct MarkupIter<'a> {
    text: &'a str,
    /// Byte offset of the next character.
    pos: usize,
    failed: bool,
}

impl<'a> MarkupIter<'a> {
    pub fn new(text: &'a str) -> MarkupIter<'a> {
        MarkupIter {
            text,
            pos: 0,
            failed: false,
        }
    }

    fn peek(&self) -> Option<char> {
        self.text.get(self.pos..)?.chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn step(&mut self) -> Result<Markup<'a>, String> {
        let start = self.pos;
        let mut brace = None;
        while let Some(c) = self.bump() {
            if c == '{' || c == '}' {
                brace = Some(c);
                break;
            }
        }
        let at_end = self.pos >= self.text.len();
        let mut literal_end = self.pos;
        if brace == Some('}') && (at_end || self.peek() != Some('}')) {
            return Err("Single '}' encountered in format string".into());
        }
        if at_end && brace == Some('{') {
            return Err("Single '{' encountered in format string".into());
        }
        let mut field_follows = brace.is_some();
        if let Some(c) = brace {
            if self.peek() == Some(c) {
                self.bump();
                field_follows = false;
            } else {
                literal_end -= 1;
            }
        }
        let literal = self.text.get(start..literal_end).unwrap_or_default();
        let field = if field_follows {
            Some(self.field()?)
        } else {
            None
        };
        Ok(Markup { literal, field })
    }

    /// Parses a field after its `{`, up to and including its `}`.
    fn field(&mut self) -> Result<Field<'a>, String> {
        let name_start = self.pos;
        let mut last = None;
        while let Some(c) = self.bump() {
            match c {
                '{' => return Err("unexpected '{' in field name".into()),
                '[' => {
                    while self.peek().is_some_and(|c| c != ']') {
                        self.bump();
                    }
                }
                '}' | ':' | '!' => {
                    last = Some(c);
                    break;
                }
                _ => {}
            }
        }
        let name_end = match last {
            Some(c) => self.pos - c.len_utf8(),
            None => self.pos,
        };
        let name = self.text.get(name_start..name_end).unwrap_or_default();
        let mut field = Field {
            name,
            conversion: None,
            spec: "",
            spec_has_fields: false,
        };
        match last {
            Some('}') => return Ok(field),
            Some('!' | ':') => {}
            _ => return Err("expected '}' before end of string".into()),
        }
        if last == Some('!') {
            let Some(conversion) = self.bump() else {
                return Err("end of string while looking for conversion specifier".into());
            };
            field.conversion = Some(conversion);
            match self.bump() {
                Some('}') => return Ok(field),
                Some(':') | None => {}
                Some(_) => return Err("expected ':' after conversion specifier".into()),
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while let Some(c) = self.bump() {
            match c {
                '{' => {
                    field.spec_has_fields = true;
                    depth += 1;
                }
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = self.text.get(spec_start..self.pos - 1).unwrap_or_default();
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err("unmatched '{' in format spec".into())
    }
}

impl<'a> Iterator for MarkupIter<'a> {
    type Item = Result<Markup<'a>, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.text.len() {
            return None;
        }
        let step = self.step();
        self.failed = step.is_err();
        Some(step)
    }
}

/// A field name's first part as a number (any script's decimal digits),
/// `None` when it is empty or not all digits.
pub fn parse_index(text: &str) -> Result<Option<usize>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in text.chars() {
        let Some(digit) = decimal_value(c) else {
            return Ok(None);
        };
        let digit = digit as usize;
        if value > (isize::MAX as usize - digit) / 10 {
            return Err("Too many decimal digits in format string".into());
        }
        value = value * 10 + digit;
    }
    Ok(Some(value))
}

/// Splits a field name into its first part (before any `.` or `[`) and
/// the rest, which [`Accessors`] walks.
pub fn split_field_name(name: &str) -> (&str, &str) {
    let at = name.find(['.', '[']).unwrap_or(name.len());
    (
        name.get(..at).unwrap_or_default(),
        name.get(at..).unwrap_or_default(),
    )
}

/// One `.attr`, `[index]` or `[key]` after a field's first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accessor<'a> {
    Attribute(&'a str),
    Index(usize),
    Key(&'a str),
}

/// Iterates the accessors of a field name's rest (CPython's
/// `FieldNameIterator`); stops after an error.
pub struct Accessors<'a> {
    rest: &'a str,
    failed: bool,
}

impl<'a> Accessors<'a> {
    pub fn new(rest: &'a str) -> Accessors<'a> {
        Accessors {
            rest,
            failed: false,
        }
    }

    fn step(&mut self) -> Result<Accessor<'a>, String> {
        let mut chars = self.rest.chars();
        let first = chars.next();
        let after = chars.as_str();
        let (accessor, name, rest) = match first {
            Some('.') => {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let name = after.get(..end).unwrap_or_default();
                (Accessor::Attribute(name), name, after.get(end..))
            }
            Some('[') => {
                let Some(end) = after.find(']') else {
                    return Err("Missing ']' in format string".into());
                };
                let name = after.get(..end).unwrap_or_default();
                let accessor = match parse_index(name)? {
                    Some(index) => Accessor::Index(index),
                    None => Accessor::Key(name),
                };
                (accessor, name, after.get(end + 1..))
            }
            _ => return Err("Only '.' or '[' may follow ']' in format field specifier".into()),
        };
        if name.is_empty() {
            return Err("Empty attribute in format string".into());
        }
        self.rest = rest.unwrap_or_default();
        Ok(accessor)
    }
}

impl<'a> Iterator for Accessors<'a> {
    type Item = Result<Accessor<'a>, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.rest.is_empty() {
            return None;
        }
        let step = self.step();
        self.failed = step.is_err();
        Some(step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<String> {
        MarkupIter::new(text)
            .map(|m| match m {
                Ok(Markup { literal, field }) => format!("{literal:?} {field:?}"),
                Err(e) => format!("error {e}"),
            })
            .collect()
    }

    #[test]
    fn literals_and_escapes() {
        assert_eq!(
            pieces("a{{b}}c"),
            ["\"a{\" None", "\"b}\" None", "\"c\" None"]
        );
        assert_eq!(
            pieces("}"),
            ["error Single '}' encountered in format string"]
        );
        assert_eq!(
            pieces("ab{"),
            ["error Single '{' encountered in format string"]
        );
    }

    #[test]
    fn fields() {
        let f = MarkupIter::new("x{0[a}]!r:>{w}}y").next();
        let expected = Markup {
            literal: "x",
            field: Some(Field {
                name: "0[a}]",
                conversion: Some('r'),
                spec: ">{w}",
                spec_has_fields: true,
            }),
        };
        assert_eq!(f, Some(Ok(expected)));
        assert_eq!(pieces("{0!}"), ["error unmatched '{' in format spec"]);
        assert_eq!(
            pieces("{!"),
            ["error end of string while looking for conversion specifier"]
        );
        assert_eq!(
            pieces("{0!rx}"),
            ["error expected ':' after conversion specifier"]
        );
        assert_eq!(pieces("{a[}"), ["error expected '}' before end of string"]);
        assert_eq!(pieces("{a{"), ["error unexpected '{' in field name"]);
    }

    #[test]
    fn field_names() {
        assert_eq!(split_field_name("a.b[0]"), ("a", ".b[0]"));
        let parts: Vec<_> = Accessors::new(".b[0][k].c").collect();
        assert_eq!(
            parts,
            [
                Ok(Accessor::Attribute("b")),
                Ok(Accessor::Index(0)),
                Ok(Accessor::Key("k")),
                Ok(Accessor::Attribute("c"))
            ]
        );
        let bad: Vec<_> = Accessors::new("[0]x").collect();
        assert_eq!(
            bad,
            [
                Ok(Accessor::Index(0)),
                Err("Only '.' or '[' may follow ']' in format field specifier".to_string())
            ]
        );
        assert_eq!(parse_index("١٢"), Ok(Some(12)));
        assert_eq!(parse_index("-1"), Ok(None));
    }
}
