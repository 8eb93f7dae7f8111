//! The text codecs Garter knows — UTF-8, ASCII and Latin-1 under
//! CPython's names and aliases — and the standard error handlers
//! (`strict`, `ignore`, `replace`, `backslashreplace`, `surrogateescape`,
//! `surrogatepass`, `xmlcharrefreplace`), as pure functions from bytes to
//! text and back. Failures carry what CPython's UnicodeDecodeError and
//! UnicodeEncodeError report: the codec name, the failing range (bytes
//! for decoding, characters for encoding) and the reason.
//!
//! Garter strings are UTF-8 and cannot hold lone surrogates, so
//! `surrogateescape` can only decode input that needs no escaping; other
//! input is [`CodecFailure::Surrogates`].

/// A codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's errors and exception attributes use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// CPython's aliases of the three codecs (`encodings.aliases`).
const ALIASES: &[(&str, Codec)] = &[
    ("utf8", Codec::Utf8),
    ("u8", Codec::Utf8),
    ("utf", Codec::Utf8),
    ("utf8_ucs2", Codec::Utf8),
    ("utf8_ucs4", Codec::Utf8),
    ("cp65001", Codec::Utf8),
    ("646", Codec::Ascii),
    ("ansi_x3.4_1968", Codec::Ascii),
    ("ansi_x3_4_1968", Codec::Ascii),
    ("ansi_x3.4_1986", Codec::Ascii),
    ("cp367", Codec::Ascii),
    ("csascii", Codec::Ascii),
    ("ibm367", Codec::Ascii),
    ("iso646_us", Codec::Ascii),
    ("iso_646.irv_1991", Codec::Ascii),
    ("iso_ir_6", Codec::Ascii),
    ("us", Codec::Ascii),
    ("us_ascii", Codec::Ascii),
    ("latin1", Codec::Latin1),
    ("latin", Codec::Latin1),
    ("l1", Codec::Latin1),
    ("8859", Codec::Latin1),
    ("cp819", Codec::Latin1),
    ("csisolatin1", Codec::Latin1),
    ("ibm819", Codec::Latin1),
    ("iso8859", Codec::Latin1),
    ("iso8859_1", Codec::Latin1),
    ("iso_8859_1", Codec::Latin1),
    ("iso_8859_1_1987", Codec::Latin1),
    ("iso_ir_100", Codec::Latin1),
];

/// The codec modules' own names, found when no alias matches.
const MODULES: &[(&str, Codec)] = &[
    ("utf_8", Codec::Utf8),
    ("ascii", Codec::Ascii),
    ("latin_1", Codec::Latin1),
];

/// CPython's `_Py_normalize_encoding`: ASCII letters lower-cased, digits
/// and `.` kept, every run of other characters (non-ASCII ones included)
/// one `_`, none at either end.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

/// The codec called `name`, as `codecs.lookup` finds it: an alias of the
/// normalised name (or of it with `.` as `_`), else a codec module's name.
pub fn lookup(name: &str) -> Option<Codec> {
    let key = normalize(name);
    let dotless = key.replace('.', "_");
    let find = |table: &[(&str, Codec)], key: &str| {
        table
            .iter()
            .find(|(alias, _)| *alias == key)
            .map(|(_, codec)| *codec)
    };
    find(ALIASES, &key)
        .or_else(|| find(ALIASES, &dotless))
        .or_else(|| find(MODULES, &key))
}

/// An error handler, by its registered name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorHandler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    SurrogateEscape,
    SurrogatePass,
    XmlCharRefReplace,
}

impl ErrorHandler {
    /// The handler registered as `name`; `None` for unknown names, which
    /// CPython only reports when an error needs handling.
    pub fn lookup(name: &str) -> Option<ErrorHandler> {
        Some(match name {
            "strict" => ErrorHandler::Strict,
            "ignore" => ErrorHandler::Ignore,
            "replace" => ErrorHandler::Replace,
            "backslashreplace" => ErrorHandler::BackslashReplace,
            "surrogateescape" => ErrorHandler::SurrogateEscape,
            "surrogatepass" => ErrorHandler::SurrogatePass,
            "xmlcharrefreplace" => ErrorHandler::XmlCharRefReplace,
            _ => return None,
        })
    }
}

/// Why a conversion failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecFailure {
    /// The input `start..end` cannot be converted and the handler is
    /// strict (or cannot help): a UnicodeDecodeError/UnicodeEncodeError.
    Unconvertible {
        start: usize,
        end: usize,
        reason: &'static str,
    },
    /// An error needed handling and the handler name is unknown.
    UnknownHandler,
    /// The handler does not apply in this direction ("don't know how to
    /// handle UnicodeDecodeError in error callback").
    WrongDirection,
    /// The result would hold lone surrogates, which Garter strings cannot.
    Surrogates,
}

/// The next undecodable range of `data` at or after `from` and the rest
/// that decodes, as `(valid_end, error)`.
fn next_error(codec: Codec, data: &[u8], from: usize) -> (usize, Option<(usize, &'static str)>) {
    let rest = data.get(from..).unwrap_or_default();
    match codec {
        Codec::Latin1 => (data.len(), None),
        Codec::Ascii => match rest.iter().position(|b| !b.is_ascii()) {
            Some(at) => (
                from + at,
                Some((from + at + 1, "ordinal not in range(128)")),
            ),
            None => (data.len(), None),
        },
        Codec::Utf8 => match std::str::from_utf8(rest) {
            Ok(_) => (data.len(), None),
            Err(e) => {
                let at = from + e.valid_up_to();
                let error = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let first = data.get(at).copied().unwrap_or(0);
                        let reason = if (0xc2..=0xf4).contains(&first) {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        (at + n, reason)
                    }
                };
                (at, Some(error))
            }
        },
    }
}

/// Appends the decoding of `bytes`, which the codec accepts.
fn push_decoded(codec: Codec, bytes: &[u8], out: &mut String) {
    match codec {
        Codec::Latin1 | Codec::Ascii => out.extend(bytes.iter().map(|&b| char::from(b))),
        Codec::Utf8 => out.push_str(&String::from_utf8_lossy(bytes)),
    }
}

/// `data.decode(codec, errors)`; `handler` is `None` for an unknown name.
pub fn decode(
    codec: Codec,
    data: &[u8],
    handler: Option<ErrorHandler>,
) -> Result<String, CodecFailure> {
    let mut out = String::with_capacity(data.len());
    let mut at = 0;
    loop {
        let (valid_end, error) = next_error(codec, data, at);
        push_decoded(codec, data.get(at..valid_end).unwrap_or_default(), &mut out);
        let Some((end, reason)) = error else {
            return Ok(out);
        };
        let bad = data.get(valid_end..end).unwrap_or_default();
        match handler {
            None => return Err(CodecFailure::UnknownHandler),
            Some(ErrorHandler::Strict | ErrorHandler::SurrogatePass) => {
                return Err(CodecFailure::Unconvertible {
                    start: valid_end,
                    end,
                    reason,
                })
            }
            Some(ErrorHandler::Ignore) => {}
            Some(ErrorHandler::Replace) => out.push('\u{fffd}'),
            Some(ErrorHandler::BackslashReplace) => {
                for b in bad {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            Some(ErrorHandler::SurrogateEscape) => return Err(CodecFailure::Surrogates),
            Some(ErrorHandler::XmlCharRefReplace) => return Err(CodecFailure::WrongDirection),
        }
        at = end;
    }
}

/// The largest code point `codec` encodes (`None`: all of them).
fn encodable_limit(codec: Codec) -> Option<u32> {
    match codec {
        Codec::Utf8 => None,
        Codec::Ascii => Some(0x7f),
        Codec::Latin1 => Some(0xff),
    }
}

/// `text.encode(codec, errors)`; `handler` is `None` for an unknown name.
pub fn encode(
    codec: Codec,
    text: &str,
    handler: Option<ErrorHandler>,
) -> Result<Vec<u8>, CodecFailure> {
    let Some(limit) = encodable_limit(codec) else {
        return Ok(text.as_bytes().to_vec());
    };
    let reason = if limit == 0x7f {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let code = u32::from(c);
        if code <= limit {
            out.push(code as u8);
            i += 1;
            continue;
        }
        let run_end = chars
            .iter()
            .skip(i)
            .position(|&c| u32::from(c) <= limit)
            .map_or(chars.len(), |n| i + n);
        let bad = chars.get(i..run_end).unwrap_or_default();
        match handler {
            None => return Err(CodecFailure::UnknownHandler),
            Some(
                ErrorHandler::Strict | ErrorHandler::SurrogateEscape | ErrorHandler::SurrogatePass,
            ) => {
                return Err(CodecFailure::Unconvertible {
                    start: i,
                    end: run_end,
                    reason,
                })
            }
            Some(ErrorHandler::Ignore) => {}
            Some(ErrorHandler::Replace) => out.extend(bad.iter().map(|_| b'?')),
            Some(ErrorHandler::BackslashReplace) => {
                for &c in bad {
                    let code = u32::from(c);
                    let escaped = if code <= 0xff {
                        format!("\\x{code:02x}")
                    } else if code <= 0xffff {
                        format!("\\u{code:04x}")
                    } else {
                        format!("\\U{code:08x}")
                    };
                    out.extend_from_slice(escaped.as_bytes());
                }
            }
            Some(ErrorHandler::XmlCharRefReplace) => {
                for &c in bad {
                    out.extend_from_slice(format!("&#{};", u32::from(c)).as_bytes());
                }
            }
        }
        i = run_end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict(start: usize, end: usize, reason: &'static str) -> CodecFailure {
        CodecFailure::Unconvertible { start, end, reason }
    }

    #[test]
    fn aliases_normalise_like_cpython() {
        for name in [
            "utf-8",
            "UTF8",
            "u8",
            "utf",
            "UTF-8 ",
            "Utf_8",
            "cp65001",
            "utf-8\u{e9}",
            "--utf 8--",
        ] {
            assert_eq!(lookup(name), Some(Codec::Utf8), "{name}");
        }
        for name in [
            "ascii",
            "US-ASCII",
            "646",
            "us",
            "ANSI_X3.4-1968",
            "iso_646.irv:1991",
        ] {
            assert_eq!(lookup(name), Some(Codec::Ascii), "{name}");
        }
        for name in [
            "latin-1",
            "latin1",
            "L1",
            "iso-8859-1",
            "ISO8859-1",
            "8859",
            "latin",
            "iso8859.1",
        ] {
            assert_eq!(lookup(name), Some(Codec::Latin1), "{name}");
        }
        for name in [
            "",
            "utf-16",
            "nope",
            "utf--8x",
            "utf.8",
            "latin.1",
            "ascii.",
            "u\u{e9}8",
            "ansi_x3_4_1986",
        ] {
            assert_eq!(lookup(name), None, "{name}");
        }
    }

    #[test]
    fn utf8_decoding_reports_cpython_ranges() {
        let h = Some(ErrorHandler::Strict);
        assert_eq!(
            decode(Codec::Utf8, "aé€😀".as_bytes(), h).as_deref(),
            Ok("aé€😀")
        );
        assert_eq!(
            decode(Codec::Utf8, b"\xff\xfe", h),
            Err(strict(0, 1, "invalid start byte"))
        );
        assert_eq!(
            decode(Codec::Utf8, b"\xe2\x28\xa1", h),
            Err(strict(0, 1, "invalid continuation byte"))
        );
        assert_eq!(
            decode(Codec::Utf8, b"a\xe2\x82\x28", h),
            Err(strict(1, 3, "invalid continuation byte"))
        );
        assert_eq!(
            decode(Codec::Utf8, b"\xf0\x9f\x98", h),
            Err(strict(0, 3, "unexpected end of data"))
        );
        assert_eq!(
            decode(Codec::Utf8, b"\xed\xa0\x80", h),
            Err(strict(0, 1, "invalid continuation byte"))
        );
        assert_eq!(
            decode(Codec::Utf8, b"\xc0\x80", h),
            Err(strict(0, 1, "invalid start byte"))
        );
    }

    #[test]
    fn decoding_handlers() {
        let data = b"a\xff\xe2\x82z";
        let run = |h| decode(Codec::Utf8, data, Some(h));
        assert_eq!(run(ErrorHandler::Ignore).as_deref(), Ok("az"));
        assert_eq!(
            run(ErrorHandler::Replace).as_deref(),
            Ok("a\u{fffd}\u{fffd}z")
        );
        assert_eq!(
            run(ErrorHandler::BackslashReplace).as_deref(),
            Ok("a\\xff\\xe2\\x82z")
        );
        assert_eq!(
            run(ErrorHandler::SurrogateEscape),
            Err(CodecFailure::Surrogates)
        );
        assert_eq!(
            run(ErrorHandler::XmlCharRefReplace),
            Err(CodecFailure::WrongDirection)
        );
        assert_eq!(
            decode(Codec::Utf8, data, None),
            Err(CodecFailure::UnknownHandler)
        );
        assert_eq!(decode(Codec::Utf8, b"ok", None).as_deref(), Ok("ok"));
        assert_eq!(
            decode(Codec::Ascii, b"a\xffz", Some(ErrorHandler::Replace)).as_deref(),
            Ok("a\u{fffd}z")
        );
        assert_eq!(
            decode(Codec::Ascii, b"a\xff\xfe", Some(ErrorHandler::Strict)),
            Err(strict(1, 2, "ordinal not in range(128)"))
        );
        assert_eq!(
            decode(Codec::Latin1, b"\xe9\xff", Some(ErrorHandler::Strict)).as_deref(),
            Ok("\u{e9}\u{ff}")
        );
    }

    #[test]
    fn encoding_and_handlers() {
        let strict_h = Some(ErrorHandler::Strict);
        assert_eq!(
            encode(Codec::Utf8, "a€", strict_h),
            Ok("a€".as_bytes().to_vec())
        );
        assert_eq!(encode(Codec::Latin1, "é", strict_h), Ok(vec![0xe9]));
        assert_eq!(
            encode(Codec::Latin1, "a€€b", strict_h),
            Err(strict(1, 3, "ordinal not in range(256)"))
        );
        assert_eq!(
            encode(Codec::Ascii, "é", strict_h),
            Err(strict(0, 1, "ordinal not in range(128)"))
        );
        let run = |h| encode(Codec::Ascii, "a€😀é", Some(h));
        assert_eq!(run(ErrorHandler::Ignore), Ok(b"a".to_vec()));
        assert_eq!(run(ErrorHandler::Replace), Ok(b"a???".to_vec()));
        assert_eq!(
            run(ErrorHandler::BackslashReplace),
            Ok(b"a\\u20ac\\U0001f600\\xe9".to_vec())
        );
        assert_eq!(
            run(ErrorHandler::XmlCharRefReplace),
            Ok(b"a&#8364;&#128512;&#233;".to_vec())
        );
        assert_eq!(encode(Codec::Ascii, "ok", None), Ok(b"ok".to_vec()));
        assert_eq!(
            encode(Codec::Ascii, "é", None),
            Err(CodecFailure::UnknownHandler)
        );
    }
}
