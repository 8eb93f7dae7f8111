//! Python literals: decoding string, bytes and number tokens into AST
//! constants, and the `repr` forms `ast.dump` prints them in.

pub mod number;
pub mod repr;
pub mod strings;
