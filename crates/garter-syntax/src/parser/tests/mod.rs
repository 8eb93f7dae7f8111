//! Parser tests: trees and errors checked against CPython 3.11, node
//! spans, and the expression entry points.

mod errors;
mod spans;
mod trees;
