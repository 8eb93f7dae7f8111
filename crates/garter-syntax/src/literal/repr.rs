//! Python's `repr` of the constants an AST can hold: str, bytes, int,
//! float and complex, exactly as CPython 3.11 prints them.

use crate::ast::PyStr;

/// `repr(s)` for a str.
pub fn str_repr(s: &PyStr) -> String {
    let _ = s;
    String::new()
}

/// `repr(b)` for bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let _ = b;
    String::new()
}

/// `repr(x)` for a float: the shortest text that reads back as `x`.
pub fn float_repr(x: f64) -> String {
    let _ = x;
    String::new()
}

/// `repr(complex(real, imag))`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let _ = (real, imag);
    String::new()
}
