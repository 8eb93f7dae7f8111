//! Finding where the expression of an f-string replacement field ends,
//! by CPython 3.11's rules: brackets are matched, quoted strings skipped,
//! and a backslash or `#` anywhere is an error.

/// Deepest bracket nesting CPython allows inside a replacement field.
const MAX_NESTING: usize = 200;

/// Scans the expression starting at `start` (just after the `{`). Returns
/// where it ends: at a top-level `!`, `:`, `=` or `}` (not part of `!=`,
/// `==`, `<=`, `>=`), or at the end of `body`. The error is CPython's
/// message.
pub(super) fn scan_expression(body: &[u8], start: usize) -> Result<usize, String> {
    let mut brackets: Vec<u8> = Vec::new();
    let mut quote: Option<(u8, bool)> = None;
    let mut i = start;
    while let Some(&c) = body.get(i) {
        if c == b'\\' {
            return Err("f-string expression part cannot include a backslash".to_owned());
        }
        if let Some((quote_char, triple)) = quote {
            if c == quote_char {
                if !triple {
                    quote = None;
                } else if i + 2 < body.len() && body[i + 1] == c && body[i + 2] == c {
                    i += 2;
                    quote = None;
                }
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => {
                let triple = i + 2 < body.len() && body[i + 1] == c && body[i + 2] == c;
                if triple {
                    i += 2;
                }
                quote = Some((c, triple));
            }
            b'[' | b'{' | b'(' => {
                if brackets.len() >= MAX_NESTING {
                    return Err("f-string: too many nested parenthesis".to_owned());
                }
                brackets.push(c);
            }
            b'#' => return Err("f-string expression part cannot include '#'".to_owned()),
            b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                let next = body.get(i + 1).copied();
                if next == Some(b'=') && c != b':' && c != b'}' {
                    i += 2;
                    continue;
                }
                if c != b'>' && c != b'<' {
                    return Ok(i);
                }
            }
            b']' | b'}' | b')' => {
                let Some(opening) = brackets.pop() else {
                    return Err(format!("f-string: unmatched '{}'", c as char));
                };
                let matches = matches!((opening, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matches {
                    return Err(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        c as char, opening as char
                    ));
                }
            }
            _ => {}
        }
        i += 1;
    }
    if quote.is_some() {
        return Err("f-string: unterminated string".to_owned());
    }
    if let Some(&opening) = brackets.last() {
        return Err(format!("f-string: unmatched '{}'", opening as char));
    }
    Ok(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end_of(text: &str) -> Result<usize, String> {
        scan_expression(text.as_bytes(), 0)
    }

    #[test]
    fn stops_at_field_delimiters() {
        assert_eq!(end_of("x}"), Ok(1));
        assert_eq!(end_of("x!r}"), Ok(1));
        assert_eq!(end_of("a != b:>3}"), Ok(6));
        assert_eq!(end_of("a == b}"), Ok(6));
        assert_eq!(end_of("a <= b < c}"), Ok(10));
        assert_eq!(end_of("x = }"), Ok(2));
        assert_eq!(end_of("d[':'] or {1: 2}}"), Ok(16));
        assert_eq!(end_of("'''a'}'''}"), Ok(9));
        assert_eq!(end_of("x"), Ok(1));
    }

    #[test]
    fn errors() {
        assert_eq!(
            end_of("a\\b}"),
            Err("f-string expression part cannot include a backslash".to_owned())
        );
        assert_eq!(
            end_of("#}"),
            Err("f-string expression part cannot include '#'".to_owned())
        );
        assert_eq!(end_of("x)}"), Err("f-string: unmatched ')'".to_owned()));
        assert_eq!(end_of("(x"), Err("f-string: unmatched '('".to_owned()));
        assert_eq!(
            end_of("(x}"),
            Err(
                "f-string: closing parenthesis '}' does not match opening parenthesis '('"
                    .to_owned()
            )
        );
        assert_eq!(
            end_of("'x"),
            Err("f-string: unterminated string".to_owned())
        );
        assert_eq!(
            end_of(&"(".repeat(201)),
            Err("f-string: too many nested parenthesis".to_owned())
        );
    }
}
