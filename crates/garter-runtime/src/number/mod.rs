//! Numeric algorithms shared by int, float and complex: CPython's numeric
//! hash, float operations (hex, fromhex, ratios, rounding, floor division),
//! and parsing numbers from strings.

pub mod convert;
pub mod error;
pub mod float_arith;
pub mod float_ops;
pub mod hash;
pub mod int_ops;
pub mod int_text;
pub mod parse;

#[cfg(test)]
mod float_tests;
#[cfg(test)]
mod int_op_tests;
#[cfg(test)]
mod text_tests;
