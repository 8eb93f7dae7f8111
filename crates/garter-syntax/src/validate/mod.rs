//! The syntax errors CPython finds after parsing, when it compiles the
//! tree: scope errors from its symbol table, and the compiler's own checks
//! (see [`check_module`]). Also the depth limit that keeps every walk over
//! the tree within the stack ([`depth`]).
//!
//! No walk here recurses: each keeps an explicit stack of work.

mod compiler;
pub mod depth;
mod future;
mod patterns;
mod symtable;

use crate::ast::Module;
use crate::SyntaxError;

/// Reports the first error CPython 3.11 would raise when compiling
/// `module` (after a successful parse), with its message and the span of
/// the offending node; `Ok` if it compiles. Like CPython's, the error's
/// columns count bytes ([`crate::Columns::Bytes`]).
///
/// The phases run in CPython's order, so when a module holds several
/// errors the one reported is the one CPython reports: nesting depth,
/// future imports, symbol table errors (one walk, then `nonlocal`
/// resolution), then compiler errors.
///
/// One check needs line numbers: a future import after another statement
/// on the same line. Without the source it is reported as the compiler
/// reports a late future import; [`check_module_source`] places it as
/// CPython does.
pub fn check_module(module: &Module) -> Result<(), SyntaxError> {
    check(module, None)
}

/// [`check_module`] for a module parsed from `source`, which makes every
/// error's position CPython's.
pub fn check_module_source(module: &Module, source: &str) -> Result<(), SyntaxError> {
    check(module, Some(source))
}

fn check(module: &Module, source: Option<&str>) -> Result<(), SyntaxError> {
    if depth::max_nesting(module) > depth::MAX_NESTING {
        return Err(depth::recursion_error());
    }
    check_scopes_and_code(module, source).map_err(SyntaxError::in_byte_columns)
}

fn check_scopes_and_code(module: &Module, source: Option<&str>) -> Result<(), SyntaxError> {
    let accepted_future = future::leading_imports(module, source)?;
    let (table, flags) = symtable::build(module)?;
    symtable::analyze(&table)?;
    compiler::check(module, &flags, &accepted_future)
}

#[cfg(test)]
mod tests;
