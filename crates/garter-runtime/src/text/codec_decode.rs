//! Decoding bytes to text: each codec's decoder finds the next
//! undecodable range (with CPython's range and reason), and one loop
//! applies the error handler to it as CPython's handlers do.
//!
//! Decoded surrogates (`surrogateescape`, `surrogatepass`, the escape
//! codecs) are pushed in Garter's stored form; a real U+DD800..U+DDFFF
//! in the input is an undecodable range whose reason is
//! [`surrogates::RESERVED_MESSAGE`].

use super::codec_escape;
use super::codecs::{ByteOrder, Codec, CodecFailure, ErrorHandler};
use super::surrogates::{self, RESERVED_MESSAGE};

/// An undecodable range of the input and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DecodeError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

impl DecodeError {
    pub(crate) fn new(start: usize, end: usize, reason: &'static str) -> DecodeError {
        DecodeError { start, end, reason }
    }
}

/// Appends the Python code point `code` in stored form; `false` for a
/// code point Garter reserves or one past U+10FFFF.
pub(crate) fn push_code_point(out: &mut String, code: u32) -> bool {
    match surrogates::stored_char(code) {
        Some(c) => {
            out.push(c);
            true
        }
        None => false,
    }
}

/// A codec once a BOM (if any) has chosen its byte order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decoder {
    Utf8,
    Ascii,
    Latin1,
    Utf16 { big: bool },
    Utf32 { big: bool },
    UnicodeEscape,
    RawUnicodeEscape,
}

impl Decoder {
    fn name(self) -> &'static str {
        match self {
            Decoder::Utf8 => "utf-8",
            Decoder::Ascii => "ascii",
            Decoder::Latin1 => "latin-1",
            Decoder::Utf16 { big: false } => "utf-16-le",
            Decoder::Utf16 { big: true } => "utf-16-be",
            Decoder::Utf32 { big: false } => "utf-32-le",
            Decoder::Utf32 { big: true } => "utf-32-be",
            Decoder::UnicodeEscape => "unicodeescape",
            Decoder::RawUnicodeEscape => "rawunicodeescape",
        }
    }

    /// Decodes `data[from..]` into `out` up to the next error.
    fn step(self, data: &[u8], from: usize, out: &mut String) -> Option<DecodeError> {
        match self {
            Decoder::Utf8 => utf8_step(data, from, out),
            Decoder::Ascii => {
                let rest = data.get(from..).unwrap_or_default();
                let valid = rest.iter().take_while(|b| b.is_ascii()).count();
                out.extend(rest.iter().take(valid).map(|&b| char::from(b)));
                (valid < rest.len()).then(|| {
                    DecodeError::new(from + valid, from + valid + 1, "ordinal not in range(128)")
                })
            }
            Decoder::Latin1 => {
                let rest = data.get(from..).unwrap_or_default();
                out.extend(rest.iter().map(|&b| char::from(b)));
                None
            }
            Decoder::Utf16 { big } => utf16_step(data, from, big, out),
            Decoder::Utf32 { big } => utf32_step(data, from, big, out),
            Decoder::UnicodeEscape => codec_escape::unicode_escape_step(data, from, out),
            Decoder::RawUnicodeEscape => codec_escape::raw_unicode_escape_step(data, from, out),
        }
    }

    /// `surrogatepass`: the surrogate encoded at `start`, its length.
    fn passed_surrogate(self, data: &[u8], start: usize) -> Option<(u32, usize)> {
        let code = match self {
            Decoder::Utf8 => match data.get(start..start + 3)? {
                &[0xed, b1 @ 0xa0..=0xbf, b2 @ 0x80..=0xbf] => (
                    0xd000 | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f),
                    3,
                ),
                _ => return None,
            },
            Decoder::Utf16 { big } => (unit16(data, start, big)?, 2),
            Decoder::Utf32 { big } => (unit32(data, start, big)?, 4),
            _ => return None,
        };
        surrogates::is_surrogate_code(code.0).then_some(code)
    }
}

/// The 16-bit unit at `at`.
fn unit16(data: &[u8], at: usize, big: bool) -> Option<u32> {
    let pair = [*data.get(at)?, *data.get(at + 1)?];
    Some(u32::from(if big {
        u16::from_be_bytes(pair)
    } else {
        u16::from_le_bytes(pair)
    }))
}

/// The 32-bit unit at `at`.
fn unit32(data: &[u8], at: usize, big: bool) -> Option<u32> {
    let quad = [
        *data.get(at)?,
        *data.get(at + 1)?,
        *data.get(at + 2)?,
        *data.get(at + 3)?,
    ];
    Some(if big {
        u32::from_be_bytes(quad)
    } else {
        u32::from_le_bytes(quad)
    })
}

fn utf8_step(data: &[u8], from: usize, out: &mut String) -> Option<DecodeError> {
    let rest = data.get(from..).unwrap_or_default();
    let (valid, failure) = match std::str::from_utf8(rest) {
        Ok(text) => (text, None),
        Err(e) => (
            std::str::from_utf8(rest.get(..e.valid_up_to()).unwrap_or_default()).unwrap_or(""),
            Some(e),
        ),
    };
    if surrogates::may_hold_surrogates(valid.as_bytes()) {
        let reserved = valid
            .char_indices()
            .find(|&(_, c)| surrogates::is_reserved(u32::from(c)));
        if let Some((at, _)) = reserved {
            out.push_str(valid.get(..at).unwrap_or_default());
            return Some(DecodeError::new(from + at, from + at + 4, RESERVED_MESSAGE));
        }
    }
    out.push_str(valid);
    let e = failure?;
    let at = from + e.valid_up_to();
    Some(match e.error_len() {
        None => DecodeError::new(at, data.len(), "unexpected end of data"),
        Some(n) => {
            let first = data.get(at).copied().unwrap_or(0);
            let reason = if (0xc2..=0xf4).contains(&first) {
                "invalid continuation byte"
            } else {
                "invalid start byte"
            };
            DecodeError::new(at, at + n, reason)
        }
    })
}

fn utf16_step(data: &[u8], from: usize, big: bool, out: &mut String) -> Option<DecodeError> {
    let len = data.len();
    let mut at = from;
    loop {
        if at >= len {
            return None;
        }
        let Some(unit) = unit16(data, at, big) else {
            return Some(DecodeError::new(at, len, "truncated data"));
        };
        if !surrogates::is_surrogate_code(unit) {
            push_code_point(out, unit);
            at += 2;
            continue;
        }
        if unit >= 0xdc00 {
            return Some(DecodeError::new(at, at + 2, "illegal encoding"));
        }
        let Some(low) = unit16(data, at + 2, big) else {
            return Some(DecodeError::new(at, len, "unexpected end of data"));
        };
        if !(0xdc00..=0xdfff).contains(&low) {
            return Some(DecodeError::new(at, at + 2, "illegal UTF-16 surrogate"));
        }
        let code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
        if !push_code_point(out, code) {
            return Some(DecodeError::new(at, at + 4, RESERVED_MESSAGE));
        }
        at += 4;
    }
}

fn utf32_step(data: &[u8], from: usize, big: bool, out: &mut String) -> Option<DecodeError> {
    let len = data.len();
    let mut at = from;
    loop {
        if at >= len {
            return None;
        }
        let Some(code) = unit32(data, at, big) else {
            return Some(DecodeError::new(at, len, "truncated data"));
        };
        let reason = if surrogates::is_surrogate_code(code) {
            "code point in surrogate code point range(0xd800, 0xe000)"
        } else if code > 0x10ffff {
            "code point not in range(0x110000)"
        } else if !push_code_point(out, code) {
            RESERVED_MESSAGE
        } else {
            at += 4;
            continue;
        };
        return Some(DecodeError::new(at, at + 4, reason));
    }
}

const BOM_UTF8: &[u8] = b"\xef\xbb\xbf";

/// The decoder for `codec` over `data`: the decoder, where its input
/// starts (the exception's `object`), and where decoding starts in it.
fn choose_decoder(codec: Codec, data: &[u8]) -> (Decoder, usize, usize) {
    let marked = |big_bom: &[u8], little_bom: &[u8], wide: bool| {
        let make = |big| {
            if wide {
                Decoder::Utf32 { big }
            } else {
                Decoder::Utf16 { big }
            }
        };
        if data.starts_with(little_bom) {
            (make(false), 0, little_bom.len())
        } else if data.starts_with(big_bom) {
            (make(true), 0, big_bom.len())
        } else {
            (make(false), 0, 0)
        }
    };
    match codec {
        Codec::Utf8 => (Decoder::Utf8, 0, 0),
        Codec::Utf8Sig if data.starts_with(BOM_UTF8) => (Decoder::Utf8, BOM_UTF8.len(), 0),
        Codec::Utf8Sig => (Decoder::Utf8, 0, 0),
        Codec::Ascii => (Decoder::Ascii, 0, 0),
        Codec::Latin1 => (Decoder::Latin1, 0, 0),
        Codec::Utf16(ByteOrder::Marked) => marked(b"\xfe\xff", b"\xff\xfe", false),
        Codec::Utf16(order) => (
            Decoder::Utf16 {
                big: order == ByteOrder::Big,
            },
            0,
            0,
        ),
        Codec::Utf32(ByteOrder::Marked) => marked(b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", true),
        Codec::Utf32(order) => (
            Decoder::Utf32 {
                big: order == ByteOrder::Big,
            },
            0,
            0,
        ),
        Codec::UnicodeEscape => (Decoder::UnicodeEscape, 0, 0),
        Codec::RawUnicodeEscape => (Decoder::RawUnicodeEscape, 0, 0),
    }
}

/// `data.decode(codec, errors)`; `handler` is `None` for an unknown name.
pub fn decode(
    codec: Codec,
    data: &[u8],
    handler: Option<ErrorHandler>,
) -> Result<String, CodecFailure> {
    let (decoder, object_start, mut at) = choose_decoder(codec, data);
    let input = data.get(object_start..).unwrap_or_default();
    let mut out = String::with_capacity(input.len());
    while let Some(error) = decoder.step(input, at, &mut out) {
        let unconvertible = || CodecFailure::Unconvertible {
            encoding: decoder.name(),
            object_start,
            start: error.start,
            end: error.end,
            reason: error.reason,
        };
        let bad = input.get(error.start..error.end).unwrap_or_default();
        at = match handler {
            None => return Err(CodecFailure::UnknownHandler),
            Some(ErrorHandler::Strict) => return Err(unconvertible()),
            Some(ErrorHandler::Ignore) => error.end,
            Some(ErrorHandler::Replace) => {
                out.push('\u{fffd}');
                error.end
            }
            Some(ErrorHandler::BackslashReplace) => {
                for b in bad {
                    out.push_str(&format!("\\x{b:02x}"));
                }
                error.end
            }
            Some(ErrorHandler::SurrogateEscape) => {
                let escaped: Vec<u8> = bad
                    .iter()
                    .take(4)
                    .take_while(|&&b| b >= 0x80)
                    .copied()
                    .collect();
                if escaped.is_empty() {
                    return Err(unconvertible());
                }
                for &b in &escaped {
                    push_code_point(&mut out, 0xdc00 + u32::from(b));
                }
                error.start + escaped.len()
            }
            Some(ErrorHandler::SurrogatePass) => match decoder.passed_surrogate(input, error.start)
            {
                Some((code, len)) => {
                    push_code_point(&mut out, code);
                    error.start + len
                }
                None => return Err(unconvertible()),
            },
            Some(ErrorHandler::XmlCharRefReplace | ErrorHandler::NameReplace) => {
                return Err(CodecFailure::WrongDirection)
            }
        };
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(result: Result<String, CodecFailure>) -> Result<Vec<u32>, CodecFailure> {
        result.map(|s| surrogates::to_code_points(&s))
    }

    #[test]
    fn utf16_ranges_and_boms() {
        let h = Some(ErrorHandler::Strict);
        let le = Codec::Utf16(ByteOrder::Little);
        assert_eq!(
            decode(le, b"a\x00=\xd8\x00\xde", h).as_deref(),
            Ok("a\u{1f600}")
        );
        assert_eq!(
            decode(le, b"\x00\xd8\x00", h),
            Err(CodecFailure::at(
                "utf-16-le",
                0,
                3,
                "unexpected end of data"
            ))
        );
        assert_eq!(
            decode(le, b"\x00\xd8\x00\x00", h),
            Err(CodecFailure::at(
                "utf-16-le",
                0,
                2,
                "illegal UTF-16 surrogate"
            ))
        );
        assert_eq!(
            decode(le, b"\x00\xdc", h),
            Err(CodecFailure::at("utf-16-le", 0, 2, "illegal encoding"))
        );
        assert_eq!(
            decode(le, b"a\x00b", h),
            Err(CodecFailure::at("utf-16-le", 2, 3, "truncated data"))
        );
        let marked = Codec::Utf16(ByteOrder::Marked);
        assert_eq!(decode(marked, b"\xfe\xff\x00a", h).as_deref(), Ok("a"));
        assert_eq!(decode(marked, b"\xff\xfea\x00", h).as_deref(), Ok("a"));
        assert_eq!(
            decode(marked, b"\xfe\xff\xd8\x00", h),
            Err(CodecFailure::at(
                "utf-16-be",
                2,
                4,
                "unexpected end of data"
            ))
        );
        assert_eq!(
            shown(decode(
                le,
                b"\x00\xd8\x00\xd8",
                Some(ErrorHandler::SurrogatePass)
            )),
            Ok(vec![0xd800, 0xd800])
        );
    }

    #[test]
    fn utf32_ranges() {
        let h = Some(ErrorHandler::Strict);
        let le = Codec::Utf32(ByteOrder::Little);
        assert_eq!(
            decode(le, b"\x00\xd8\x00\x00", h),
            Err(CodecFailure::at(
                "utf-32-le",
                0,
                4,
                "code point in surrogate code point range(0xd800, 0xe000)"
            ))
        );
        assert_eq!(
            decode(le, b"\x00\x00\x11\x00", h),
            Err(CodecFailure::at(
                "utf-32-le",
                0,
                4,
                "code point not in range(0x110000)"
            ))
        );
        assert_eq!(
            decode(le, b"a\x00\x00", h),
            Err(CodecFailure::at("utf-32-le", 0, 3, "truncated data"))
        );
        assert_eq!(
            decode(le, b"\xff\xd9\x0d\x00", h),
            Err(CodecFailure::at("utf-32-le", 0, 4, RESERVED_MESSAGE))
        );
        let marked = Codec::Utf32(ByteOrder::Marked);
        assert_eq!(
            decode(marked, b"\x00\x00\xfe\xff\x00\x00\x00a", h).as_deref(),
            Ok("a")
        );
    }

    #[test]
    fn surrogate_handlers() {
        let escape = Some(ErrorHandler::SurrogateEscape);
        assert_eq!(
            shown(decode(Codec::Utf8, b"a\xff", escape)),
            Ok(vec![0x61, 0xdcff])
        );
        assert_eq!(
            shown(decode(Codec::Ascii, b"\xff\x41\x80", escape)),
            Ok(vec![0xdcff, 0x41, 0xdc80])
        );
        assert_eq!(
            decode(Codec::Utf16(ByteOrder::Little), b"A", escape),
            Err(CodecFailure::at("utf-16-le", 0, 1, "truncated data"))
        );
        let pass = Some(ErrorHandler::SurrogatePass);
        assert_eq!(
            shown(decode(Codec::Utf8, b"\xed\xa0\x80", pass)),
            Ok(vec![0xd800])
        );
        assert_eq!(
            decode(Codec::Utf8, b"\xed\xa0", pass),
            Err(CodecFailure::at("utf-8", 0, 1, "invalid continuation byte"))
        );
        assert_eq!(
            decode(Codec::Ascii, b"\xed", pass),
            Err(CodecFailure::at("ascii", 0, 1, "ordinal not in range(128)"))
        );
    }

    #[test]
    fn reserved_input_and_bom_stripping() {
        let h = Some(ErrorHandler::Strict);
        assert_eq!(
            decode(Codec::Utf8, "ab\u{ddffd}".as_bytes(), h),
            Err(CodecFailure::at("utf-8", 2, 6, RESERVED_MESSAGE))
        );
        assert_eq!(
            decode(
                Codec::Utf8,
                "\u{dd800}".as_bytes(),
                Some(ErrorHandler::Replace)
            )
            .as_deref(),
            Ok("\u{fffd}")
        );
        assert_eq!(
            decode(Codec::Utf8Sig, b"\xef\xbb\xbfa\xef\xbb\xbf", h).as_deref(),
            Ok("a\u{feff}")
        );
        assert_eq!(
            decode(Codec::Utf8Sig, b"\xef\xbb\xbf\xff", h),
            Err(CodecFailure::Unconvertible {
                encoding: "utf-8",
                object_start: 3,
                start: 0,
                end: 1,
                reason: "invalid start byte"
            })
        );
    }
}
