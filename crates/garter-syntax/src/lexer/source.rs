//! Turning a source file's bytes into text as CPython does: a UTF-8 BOM,
//! PEP 263 coding declarations on the first two lines, and the errors for
//! unknown encodings, undecodable bytes and NUL bytes.

use crate::ast::Span;
use crate::SyntaxError;

/// The encodings Garter can decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    Windows1252,
}

/// What Windows-1252 maps bytes 0x80..=0x9F to (0 where it maps nothing);
/// every other byte means the same as in Latin-1.
const WINDOWS_1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// Decodes a source file's bytes as CPython does: UTF-8 by default, a BOM
/// allowed, a PEP 263 coding declaration honoured.
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
    let declared = declared_encoding(body);
    let encoding = match declared {
        None => Encoding::Utf8,
        Some(name) => match lookup_encoding(name) {
            Some(Encoding::Utf8) => Encoding::Utf8,
            Some(_) if has_bom => {
                return Err(encoding_problem(&format!(
                    "{} with BOM",
                    normal_encoding_name(name)
                )))
            }
            Some(encoding) => encoding,
            None => return Err(encoding_problem(name)),
        },
    };
    match encoding {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(text) => Ok(text.to_owned()),
            Err(_) if declared.is_some() => Err(encoding_problem(declared.unwrap_or_default())),
            Err(error) => Err(non_utf8(body, error.valid_up_to())),
        },
        Encoding::Latin1 => Ok(body.iter().map(|&b| char::from(b)).collect()),
        Encoding::Ascii => match body.iter().position(|b| !b.is_ascii()) {
            None => Ok(body.iter().map(|&b| char::from(b)).collect()),
            Some(_) => Err(encoding_problem(declared.unwrap_or_default())),
        },
        Encoding::Windows1252 => body
            .iter()
            .map(|&b| windows_1252_char(b))
            .collect::<Option<String>>()
            .ok_or_else(|| encoding_problem(declared.unwrap_or_default())),
    }
}

fn windows_1252_char(byte: u8) -> Option<char> {
    match byte {
        0x80..=0x9F => WINDOWS_1252_HIGH
            .get(usize::from(byte - 0x80))
            .filter(|&&code| code != 0)
            .and_then(|&code| char::from_u32(u32::from(code))),
        _ => Some(char::from(byte)),
    }
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

/// Looks an encoding name up among those Garter supports, with Python's
/// aliases for them.
fn lookup_encoding(name: &str) -> Option<Encoding> {
    let normal = normal_encoding_name(name);
    let key: String = normal
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    match key.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => Some(Encoding::Utf8),
        "iso88591" | "latin1" | "latin" | "l1" | "iso8859" | "8859" | "cp819" | "iso885911987" => {
            Some(Encoding::Latin1)
        }
        "ascii" | "usascii" | "646" | "ansix3.41968" | "ansix341968" | "cp367" | "ibm367"
        | "iso646us" | "us" => Some(Encoding::Ascii),
        "cp1252" | "windows1252" | "1252" => Some(Encoding::Windows1252),
        _ => None,
    }
}
