//! String algorithms behind `str`'s methods, over Rust `&str`: Python's
//! Unicode character classes and case mappings, splitting, stripping,
//! padding and searching with character (not byte) indices.
