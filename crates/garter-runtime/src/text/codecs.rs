//! The text codecs Garter knows — UTF-8 (and `utf-8-sig`), ASCII,
//! Latin-1, UTF-16 and UTF-32 (with and without byte order), and
//! `unicode_escape` / `raw_unicode_escape`, under CPython's names and
//! aliases — and the standard error handlers, as pure functions from bytes
//! to text and back (`codec_decode.rs`, `codec_encode.rs`,
//! `codec_escape.rs`). Failures carry what CPython's UnicodeDecodeError
//! and UnicodeEncodeError report: the codec name, the failing range
//! (bytes for decoding, characters for encoding) and the reason.
//!
//! Text is Garter's stored form: lone surrogates are U+DD800.. (see
//! `surrogates.rs`). Decoding input that holds a real U+DD800..U+DDFFF
//! is an error whose reason says Garter reserves those code points.

pub use super::codec_decode::decode;
pub use super::codec_encode::encode;

/// The byte order of a UTF-16 or UTF-32 codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ByteOrder {
    /// `utf-16`/`utf-32`: a BOM on encoding (native order, little endian
    /// here); on decoding, a leading BOM chooses the order.
    Marked,
    Little,
    Big,
}

/// A codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16(ByteOrder),
    Utf32(ByteOrder),
    UnicodeEscape,
    RawUnicodeEscape,
}

impl Codec {
    /// The name CPython's errors and exception attributes use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(ByteOrder::Marked) => "utf-16",
            Codec::Utf16(ByteOrder::Little) => "utf-16-le",
            Codec::Utf16(ByteOrder::Big) => "utf-16-be",
            Codec::Utf32(ByteOrder::Marked) => "utf-32",
            Codec::Utf32(ByteOrder::Little) => "utf-32-le",
            Codec::Utf32(ByteOrder::Big) => "utf-32-be",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }

    /// The name of the `_codecs` functions CPython implements the codec
    /// with (`utf_8_encode()` in their errors).
    pub fn function_prefix(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf_8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin_1",
            Codec::Utf16(ByteOrder::Marked) => "utf_16",
            Codec::Utf16(ByteOrder::Little) => "utf_16_le",
            Codec::Utf16(ByteOrder::Big) => "utf_16_be",
            Codec::Utf32(ByteOrder::Marked) => "utf_32",
            Codec::Utf32(ByteOrder::Little) => "utf_32_le",
            Codec::Utf32(ByteOrder::Big) => "utf_32_be",
            Codec::UnicodeEscape => "unicode_escape",
            Codec::RawUnicodeEscape => "raw_unicode_escape",
        }
    }

    /// `codecs.lookup(name).name`.
    pub fn lookup_name(self) -> &'static str {
        match self {
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Latin1 => "iso8859-1",
            Codec::UnicodeEscape => "unicode-escape",
            Codec::RawUnicodeEscape => "raw-unicode-escape",
            other => other.name(),
        }
    }
}

/// CPython's aliases of the codecs (`encodings.aliases`).
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
    ("u16", Codec::Utf16(ByteOrder::Marked)),
    ("utf16", Codec::Utf16(ByteOrder::Marked)),
    ("unicodelittleunmarked", Codec::Utf16(ByteOrder::Little)),
    ("utf_16le", Codec::Utf16(ByteOrder::Little)),
    ("unicodebigunmarked", Codec::Utf16(ByteOrder::Big)),
    ("utf_16be", Codec::Utf16(ByteOrder::Big)),
    ("u32", Codec::Utf32(ByteOrder::Marked)),
    ("utf32", Codec::Utf32(ByteOrder::Marked)),
    ("utf_32le", Codec::Utf32(ByteOrder::Little)),
    ("utf_32be", Codec::Utf32(ByteOrder::Big)),
];

/// The codec modules' own names, found when no alias matches.
const MODULES: &[(&str, Codec)] = &[
    ("utf_8", Codec::Utf8),
    ("ascii", Codec::Ascii),
    ("latin_1", Codec::Latin1),
    ("utf_8_sig", Codec::Utf8Sig),
    ("utf_16", Codec::Utf16(ByteOrder::Marked)),
    ("utf_16_le", Codec::Utf16(ByteOrder::Little)),
    ("utf_16_be", Codec::Utf16(ByteOrder::Big)),
    ("utf_32", Codec::Utf32(ByteOrder::Marked)),
    ("utf_32_le", Codec::Utf32(ByteOrder::Little)),
    ("utf_32_be", Codec::Utf32(ByteOrder::Big)),
    ("unicode_escape", Codec::UnicodeEscape),
    ("raw_unicode_escape", Codec::RawUnicodeEscape),
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

/// Whether CPython decodes and encodes `name` without its codec registry
/// (`PyUnicode_Decode`'s shortcuts: a normalised name of at most ten
/// characters naming UTF-8, UTF-16, UTF-32, ASCII or Latin-1). Errors
/// other than UnicodeError raised through the registry are wrapped as
/// "decoding with 'NAME' codec failed (...)".
pub fn is_builtin_shortcut(name: &str) -> bool {
    let key = normalize(name);
    key.len() <= 10
        && matches!(
            key.as_str(),
            "utf8"
                | "utf_8"
                | "utf16"
                | "utf_16"
                | "utf32"
                | "utf_32"
                | "ascii"
                | "us_ascii"
                | "latin1"
                | "latin_1"
                | "iso_8859_1"
                | "iso8859_1"
        )
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
    NameReplace,
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
            "namereplace" => ErrorHandler::NameReplace,
            _ => return None,
        })
    }
}

/// Why a conversion failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecFailure {
    /// The input `start..end` cannot be converted and the handler is
    /// strict (or cannot help): a UnicodeDecodeError/UnicodeEncodeError
    /// naming `encoding`. Its `object` is the input from `object_start`
    /// on (`utf-8-sig` reports errors in the input after the BOM), and
    /// `start`/`end` count from there.
    Unconvertible {
        encoding: &'static str,
        object_start: usize,
        start: usize,
        end: usize,
        reason: &'static str,
    },
    /// An error needed handling and the handler name is unknown.
    UnknownHandler,
    /// The handler does not apply in this direction ("don't know how to
    /// handle UnicodeDecodeError in error callback").
    WrongDirection,
}

#[cfg(test)]
impl CodecFailure {
    /// The failure of converting `start..end` of a whole input (tests).
    pub fn at(encoding: &'static str, start: usize, end: usize, reason: &'static str) -> Self {
        CodecFailure::Unconvertible {
            encoding,
            object_start: 0,
            start,
            end,
            reason,
        }
    }
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for the Python code point `code`, the
/// shortest that fits (the `backslashreplace` form).
pub fn backslash_escape(code: u32) -> String {
    if code <= 0xff {
        format!("\\x{code:02x}")
    } else if code <= 0xffff {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict(start: usize, end: usize, reason: &'static str) -> CodecFailure {
        CodecFailure::at("utf-8", start, end, reason)
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
            "utf-17",
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
            run(ErrorHandler::SurrogateEscape)
                .map(|s| super::super::surrogates::to_code_points(&s)),
            Ok(vec![0x61, 0xdcff, 0xdce2, 0xdc82, 0x7a])
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
            Err(CodecFailure::Unconvertible {
                encoding: "ascii",
                object_start: 0,
                start: 1,
                end: 2,
                reason: "ordinal not in range(128)"
            })
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
            Err(CodecFailure::at(
                "latin-1",
                1,
                3,
                "ordinal not in range(256)"
            ))
        );
        assert_eq!(
            encode(Codec::Ascii, "é", strict_h),
            Err(CodecFailure::at("ascii", 0, 1, "ordinal not in range(128)"))
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
