//! Number literals: `Int`, `Float` and `Imag` token text to constants.
