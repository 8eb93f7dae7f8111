//! Number literals: `Int`, `Float` and `Imag` token text to constants.

use crate::ast::Constant;
use crate::SyntaxError;

/// The value of an `Int` token (`0x_ff`, `1_000`, `0o17`, `0b1`, `7`).
pub fn parse_int(text: &str, start: usize) -> Result<Constant, SyntaxError> {
    let _ = (text, start);
    Ok(Constant::Int(0.into()))
}

/// The value of a `Float` token (`1.5e-3`, `.5`, `1_0.0`).
pub fn parse_float(text: &str) -> f64 {
    let _ = text;
    0.0
}

/// The value of an `Imag` token (`1.5j`, `3J`): a complex with zero real part.
pub fn parse_imag(text: &str) -> Constant {
    let _ = text;
    Constant::Complex {
        real: 0.0,
        imag: 0.0,
    }
}
