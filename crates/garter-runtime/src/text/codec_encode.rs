//! Encoding text to bytes: each codec's encoder says which characters it
//! cannot encode, and one loop hands each unencodable range (a run of
//! them for UTF-8, ASCII and Latin-1, one character for UTF-16 and
//! UTF-32, as in CPython) to the error handler.
//!
//! The text is in Garter's stored form: a stored surrogate is encoded,
//! escaped or reported as the surrogate it stands for.

use super::codec_escape;
use super::codecs::{backslash_escape, ByteOrder, Codec, CodecFailure, ErrorHandler};
use super::surrogates::{self, code_point};

/// A codec as an encoder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoder {
    Utf8,
    Ascii,
    Latin1,
    Utf16 { big: bool },
    Utf32 { big: bool },
    UnicodeEscape,
    RawUnicodeEscape,
}

impl Encoder {
    /// Whether `c` needs the error handler.
    fn unencodable(self, c: char) -> bool {
        match self {
            Encoder::Utf8 | Encoder::Utf16 { .. } | Encoder::Utf32 { .. } => {
                surrogates::is_surrogate(c)
            }
            Encoder::Ascii => !c.is_ascii(),
            Encoder::Latin1 => u32::from(c) > 0xff,
            Encoder::UnicodeEscape | Encoder::RawUnicodeEscape => false,
        }
    }

    /// Whether one error covers a whole run of unencodable characters.
    fn reports_runs(self) -> bool {
        !matches!(self, Encoder::Utf16 { .. } | Encoder::Utf32 { .. })
    }

    fn reason(self) -> &'static str {
        match self {
            Encoder::Ascii => "ordinal not in range(128)",
            Encoder::Latin1 => "ordinal not in range(256)",
            _ => "surrogates not allowed",
        }
    }

    /// Appends the encoding of the Python code point `code` (encodable, or
    /// a surrogate that `surrogatepass` lets through).
    fn push_code(self, code: u32, out: &mut Vec<u8>) {
        match self {
            Encoder::Utf8 => match char::from_u32(code) {
                Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
                None => out.extend_from_slice(&[
                    0xe0 | (code >> 12) as u8,
                    0x80 | ((code >> 6) & 0x3f) as u8,
                    0x80 | (code & 0x3f) as u8,
                ]),
            },
            Encoder::Ascii | Encoder::Latin1 => out.push(code as u8),
            Encoder::Utf16 { big } => {
                let mut units = [0u16; 2];
                let units: &[u16] = match char::from_u32(code) {
                    Some(c) => c.encode_utf16(&mut units),
                    None => {
                        units[0] = code as u16;
                        &units[..1]
                    }
                };
                for &unit in units {
                    out.extend_from_slice(&if big {
                        unit.to_be_bytes()
                    } else {
                        unit.to_le_bytes()
                    });
                }
            }
            Encoder::Utf32 { big } => out.extend_from_slice(&if big {
                code.to_be_bytes()
            } else {
                code.to_le_bytes()
            }),
            Encoder::UnicodeEscape => codec_escape::push_unicode_escape(code, out),
            Encoder::RawUnicodeEscape => codec_escape::push_raw_unicode_escape(code, out),
        }
    }

    /// Appends an ASCII replacement text.
    fn push_text(self, text: &str, out: &mut Vec<u8>) {
        for c in text.chars() {
            self.push_code(u32::from(c), out);
        }
    }
}

/// `namereplace`'s text for the Python code point `code`.
fn name_escape(code: u32) -> String {
    let name = char::from_u32(code).and_then(garter_syntax::literal::unicode_name::character_name);
    match name {
        Some(name) => format!("\\N{{{name}}}"),
        None => backslash_escape(code),
    }
}

/// The encoder for `codec` and the bytes it starts with (a BOM).
fn choose_encoder(codec: Codec) -> (Encoder, &'static [u8]) {
    match codec {
        Codec::Utf8 => (Encoder::Utf8, b""),
        Codec::Utf8Sig => (Encoder::Utf8, b"\xef\xbb\xbf"),
        Codec::Ascii => (Encoder::Ascii, b""),
        Codec::Latin1 => (Encoder::Latin1, b""),
        Codec::Utf16(ByteOrder::Marked) => (Encoder::Utf16 { big: false }, b"\xff\xfe"),
        Codec::Utf16(order) => (
            Encoder::Utf16 {
                big: order == ByteOrder::Big,
            },
            b"",
        ),
        Codec::Utf32(ByteOrder::Marked) => (Encoder::Utf32 { big: false }, b"\xff\xfe\x00\x00"),
        Codec::Utf32(order) => (
            Encoder::Utf32 {
                big: order == ByteOrder::Big,
            },
            b"",
        ),
        Codec::UnicodeEscape => (Encoder::UnicodeEscape, b""),
        Codec::RawUnicodeEscape => (Encoder::RawUnicodeEscape, b""),
    }
}

/// `text.encode(codec, errors)`; `handler` is `None` for an unknown name.
pub fn encode(
    codec: Codec,
    text: &str,
    handler: Option<ErrorHandler>,
) -> Result<Vec<u8>, CodecFailure> {
    let (encoder, bom) = choose_encoder(codec);
    let mut out = Vec::with_capacity(bom.len() + text.len());
    out.extend_from_slice(bom);
    if encoder == Encoder::Utf8 && !surrogates::has_surrogates(text) {
        out.extend_from_slice(text.as_bytes());
        return Ok(out);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if !encoder.unencodable(c) {
            encoder.push_code(code_point(c), &mut out);
            i += 1;
            continue;
        }
        let end = if encoder.reports_runs() {
            chars
                .iter()
                .skip(i)
                .position(|&c| !encoder.unencodable(c))
                .map_or(chars.len(), |n| i + n)
        } else {
            i + 1
        };
        handle(encoder, codec, &chars, i, end, handler, &mut out)?;
        i = end;
    }
    Ok(out)
}

/// Applies the error handler to the unencodable `chars[start..end]`.
fn handle(
    encoder: Encoder,
    codec: Codec,
    chars: &[char],
    start: usize,
    end: usize,
    handler: Option<ErrorHandler>,
    out: &mut Vec<u8>,
) -> Result<(), CodecFailure> {
    let unconvertible = |start: usize, end: usize| CodecFailure::Unconvertible {
        encoding: codec.name(),
        object_start: 0,
        start,
        end,
        reason: encoder.reason(),
    };
    let bad = chars.get(start..end).unwrap_or_default();
    let codes = bad.iter().map(|&c| code_point(c));
    match handler {
        None => return Err(CodecFailure::UnknownHandler),
        Some(ErrorHandler::Strict) => return Err(unconvertible(start, end)),
        Some(ErrorHandler::Ignore) => {}
        Some(ErrorHandler::Replace) => {
            for _ in bad {
                encoder.push_text("?", out);
            }
        }
        Some(ErrorHandler::BackslashReplace) => {
            for code in codes {
                encoder.push_text(&backslash_escape(code), out);
            }
        }
        Some(ErrorHandler::XmlCharRefReplace) => {
            for code in codes {
                encoder.push_text(&format!("&#{code};"), out);
            }
        }
        Some(ErrorHandler::NameReplace) => {
            for code in codes {
                encoder.push_text(&name_escape(code), out);
            }
        }
        Some(ErrorHandler::SurrogateEscape) => {
            let escaped = codes
                .take_while(|code| (0xdc80..=0xdcff).contains(code))
                .count();
            if !encoder.reports_runs() {
                return Err(unconvertible(start, start + 1));
            }
            for &c in bad.iter().take(escaped) {
                out.push((code_point(c) - 0xdc00) as u8);
            }
            if start + escaped < end {
                return Err(unconvertible(start + escaped, end));
            }
        }
        Some(ErrorHandler::SurrogatePass) => {
            let passes = matches!(
                encoder,
                Encoder::Utf8 | Encoder::Utf16 { .. } | Encoder::Utf32 { .. }
            );
            if !passes {
                return Err(unconvertible(start, end));
            }
            for code in codes {
                encoder.push_code(code, out);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(codes: &[u32]) -> String {
        surrogates::from_code_points(codes).unwrap()
    }

    #[test]
    fn utf8_surrogates() {
        let s = text(&[0x61, 0xd800, 0xdc00, 0x62]);
        let run = |h| encode(Codec::Utf8, &s, Some(h));
        assert_eq!(
            run(ErrorHandler::Strict),
            Err(CodecFailure::at("utf-8", 1, 3, "surrogates not allowed"))
        );
        assert_eq!(run(ErrorHandler::Replace), Ok(b"a??b".to_vec()));
        assert_eq!(
            run(ErrorHandler::NameReplace),
            Ok(b"a\\ud800\\udc00b".to_vec())
        );
        assert_eq!(
            run(ErrorHandler::XmlCharRefReplace),
            Ok(b"a&#55296;&#56320;b".to_vec())
        );
        assert_eq!(
            run(ErrorHandler::SurrogatePass),
            Ok(b"a\xed\xa0\x80\xed\xb0\x80b".to_vec())
        );
        let escaped = text(&[0x61, 0xdcff, 0xdc7f]);
        assert_eq!(
            encode(Codec::Utf8, &escaped, Some(ErrorHandler::SurrogateEscape)),
            Err(CodecFailure::at("utf-8", 2, 3, "surrogates not allowed"))
        );
        let escaped = text(&[0x61, 0xdcff]);
        assert_eq!(
            encode(Codec::Latin1, &escaped, Some(ErrorHandler::SurrogateEscape)),
            Ok(b"a\xff".to_vec())
        );
    }

    #[test]
    fn utf16_and_utf32() {
        let s = text(&[0x61, 0xd800, 0x62]);
        let le = Codec::Utf16(ByteOrder::Little);
        assert_eq!(
            encode(Codec::Utf16(ByteOrder::Marked), "", None),
            Ok(b"\xff\xfe".to_vec())
        );
        assert_eq!(
            encode(le, &s, Some(ErrorHandler::Replace)),
            Ok(b"a\x00?\x00b\x00".to_vec())
        );
        assert_eq!(
            encode(le, &s, Some(ErrorHandler::SurrogatePass)),
            Ok(b"a\x00\x00\xd8b\x00".to_vec())
        );
        assert_eq!(
            encode(le, &s, Some(ErrorHandler::SurrogateEscape)),
            Err(CodecFailure::at(
                "utf-16-le",
                1,
                2,
                "surrogates not allowed"
            ))
        );
        assert_eq!(
            encode(Codec::Utf16(ByteOrder::Big), "\u{1f600}", None),
            Ok(b"\xd8\x3d\xde\x00".to_vec())
        );
        assert_eq!(
            encode(
                Codec::Utf32(ByteOrder::Big),
                &s,
                Some(ErrorHandler::SurrogatePass)
            ),
            Ok(b"\x00\x00\x00a\x00\x00\xd8\x00\x00\x00\x00b".to_vec())
        );
    }

    #[test]
    fn names() {
        let run = encode(
            Codec::Ascii,
            "a\u{e9}\u{20ac}\u{80}",
            Some(ErrorHandler::NameReplace),
        );
        assert_eq!(
            run,
            Ok(b"a\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{EURO SIGN}\\x80".to_vec())
        );
    }
}
