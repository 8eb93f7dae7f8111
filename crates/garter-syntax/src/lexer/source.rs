//! Turning a source file's bytes into text as CPython does: a UTF-8 BOM,
//! PEP 263 coding declarations on the first two lines (the codecs are in
//! the generated `codec_tables`), and the errors for unknown encodings,
//! undecodable bytes and NUL bytes.

use super::codec_tables::{
    Codec, ENCODINGS_ALIASES, ENCODINGS_MODULES, SINGLE_BYTE_TABLES, UNDEFINED,
};
use crate::ast::Span;
use crate::SyntaxError;

/// Decodes a source file's bytes as CPython does: UTF-8 by default, a BOM
/// allowed, a PEP 263 coding declaration honoured. Every single-byte
/// ASCII-compatible codec is supported; other encodings CPython knows
/// (UTF-16, Shift JIS, ...) give an "unsupported encoding" error.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    let (has_bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    if body.contains(&0) {
        return Err(SyntaxError::new(
            "source code cannot contain null bytes",
            Span::default(),
        ));
    }
    let Some(declared) = declared_encoding(body) else {
        return std::str::from_utf8(body)
            .map(str::to_owned)
            .map_err(|error| non_utf8(body, error.valid_up_to()));
    };
    let normal = normal_encoding_name(declared);
    if has_bom && normal != "utf-8" {
        return Err(encoding_problem(&format!("{normal} with BOM")));
    }
    match lookup_encoding(&normal) {
        Some(Codec::Utf8) => std::str::from_utf8(body)
            .map(str::to_owned)
            .map_err(|_| encoding_problem(declared)),
        Some(Codec::SingleByte(index)) => SINGLE_BYTE_TABLES
            .get(index)
            .and_then(|&(_, high)| decode_single_byte(body, high))
            .ok_or_else(|| encoding_problem(declared)),
        Some(Codec::Unsupported) => Err(SyntaxError::new(
            format!("unsupported encoding: {declared}"),
            Span::default(),
        )),
        None => Err(encoding_problem(declared)),
    }
}

/// Decodes `body` with a single-byte codec whose bytes 0x80..=0xFF decode
/// to the characters of `high`; `None` if a byte decodes to nothing.
fn decode_single_byte(body: &[u8], high: &str) -> Option<String> {
    let table: Vec<char> = high.chars().collect();
    body.iter()
        .map(|&byte| match byte.checked_sub(0x80) {
            None => Some(char::from(byte)),
            Some(at) => table
                .get(usize::from(at))
                .copied()
                .filter(|&ch| ch != UNDEFINED),
        })
        .collect()
}

fn encoding_problem(name: &str) -> SyntaxError {
    SyntaxError::new(format!("encoding problem: {name}"), Span::default())
}

/// CPython's error for bytes that are not UTF-8 in a file without a
/// coding declaration (less the file name, which is not known here).
fn non_utf8(body: &[u8], bad_at: usize) -> SyntaxError {
    let line = 1 + body
        .get(..bad_at)
        .map_or(0, |before| before.iter().filter(|&&b| b == b'\n').count());
    let byte = body.get(bad_at).copied().unwrap_or_default();
    SyntaxError::new(
        format!(
            "Non-UTF-8 code starting with '\\x{byte:02x}' on line {line}, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details"
        ),
        Span::default(),
    )
}

/// The encoding named by a coding declaration on line 1, or on line 2 when
/// line 1 is blank or only a comment.
fn declared_encoding(body: &[u8]) -> Option<&str> {
    let mut lines = body.split(|&b| b == b'\n' || b == b'\r');
    let first = lines.next()?;
    if let Some(name) = coding_spec(first) {
        return Some(name);
    }
    let first_is_comment_or_blank = matches!(
        first
            .iter()
            .find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c')),
        None | Some(b'#')
    );
    if !first_is_comment_or_blank {
        return None;
    }
    let mut rest = body.get(first.len()..)?;
    if rest.starts_with(b"\r\n") {
        rest = rest.get(2..)?;
    } else {
        rest = rest.get(1..)?;
    }
    let second = rest.split(|&b| b == b'\n' || b == b'\r').next()?;
    coding_spec(second)
}

/// The encoding name in a comment line matching PEP 263's
/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn coding_spec(line: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(line).ok()?;
    let comment = text
        .trim_start_matches([' ', '\t', '\x0c'])
        .strip_prefix('#')?;
    let mut search = comment;
    while let Some(at) = search.find("coding") {
        let after = &search[at + "coding".len()..];
        if let Some(value) = after.strip_prefix([':', '=']) {
            let value = value.trim_start_matches([' ', '\t']);
            let end = value
                .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
                .unwrap_or(value.len());
            if end > 0 {
                return Some(&value[..end]);
            }
        }
        search = after;
    }
    None
}

/// CPython's first normalisation of an encoding name (`get_normal_name`).
fn normal_encoding_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        "utf-8".to_owned()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"]
        .iter()
        .any(|base| lower == *base || lower.starts_with(&format!("{base}-")))
    {
        "iso-8859-1".to_owned()
    } else {
        name.to_owned()
    }
}

/// Looks an encoding name up as `codecs.lookup` does: lowercased and put
/// through `encodings.normalize_encoding` (each run of characters other
/// than ASCII letters, digits and `.` becomes one `_`, none at either
/// end), then found among the aliases (also with `.` read as `_`) or as a
/// module of the `encodings` package.
fn lookup_encoding(name: &str) -> Option<Codec> {
    let mut key = String::new();
    let mut after_punctuation = false;
    for ch in name.chars() {
        if ch.is_alphanumeric() || ch == '.' {
            if after_punctuation && !key.is_empty() {
                key.push('_');
            }
            if ch.is_ascii() {
                key.push(ch.to_ascii_lowercase());
            }
            after_punctuation = false;
        } else {
            after_punctuation = true;
        }
    }
    let find = |table: &[(&str, Codec)], key: &str| {
        table
            .binary_search_by(|&(name, _)| name.cmp(key))
            .ok()
            .and_then(|at| table.get(at))
            .map(|&(_, codec)| codec)
    };
    find(ENCODINGS_ALIASES, &key)
        .or_else(|| find(ENCODINGS_ALIASES, &key.replace('.', "_")))
        .or_else(|| find(ENCODINGS_MODULES, &key))
}
