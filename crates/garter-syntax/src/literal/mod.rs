//! Python literals: decoding string, bytes and number tokens into AST
//! constants, and the `repr` forms `ast.dump` prints them in.

mod escapes;
mod float_repr;
mod fstring;
pub mod number;
pub mod repr;
pub mod strings;
mod text;
pub mod unicode_name;
mod unicode_tables;

/// Whether `code` lies in one of `ranges` (sorted inclusive ranges).
fn in_ranges(ranges: &[(u32, u32)], code: u32) -> bool {
    let after = ranges.partition_point(|&(start, _)| start <= code);
    after > 0 && ranges.get(after - 1).is_some_and(|&(_, end)| code <= end)
}
