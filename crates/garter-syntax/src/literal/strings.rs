//! String and bytes literals: prefixes, escapes, implicit concatenation
//! and f-strings.
