//! String algorithms behind `str`'s methods, over Rust `&str`: Python's
//! Unicode character classes and case mappings, splitting, stripping,
//! padding and searching with character (not byte) indices.

pub mod case;
pub mod chars;
pub mod classes;
mod codec_decode;
mod codec_encode;
mod codec_escape;
pub mod codecs;
pub mod error;
pub mod index;
pub mod pad;
pub mod search;
pub mod split;
pub mod strip;
pub mod surrogates;
mod tables;
pub mod translate;

#[cfg(test)]
mod tests;
