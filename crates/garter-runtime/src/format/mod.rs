//! Text formatting of values that needs no object model: the format-spec
//! mini-language (`format(x, spec)`, f-string `:spec`), float and int
//! rendering, and the pieces `%`-formatting shares with them.

pub mod float_text;
mod layout;
pub mod number;
pub mod percent;
pub mod spec;

#[cfg(test)]
mod percent_tests;
#[cfg(test)]
mod tests;
