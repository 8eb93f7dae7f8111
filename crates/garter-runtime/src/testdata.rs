//! Helpers the data-driven unit tests share: decoding the fields of the
//! `testdata/*.txt` files that scripts write from python3's answers.

/// A text field with `\t`, `\n` and `\<char>` escapes undone.
pub fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A float written as the hex of its bits.
pub fn float_from_bits(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).expect("float bits"))
}
