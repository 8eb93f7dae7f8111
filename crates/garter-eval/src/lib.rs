//! Garter's evaluator: scope analysis (names resolved to slots before
//! running), then a tree-walking evaluator over `garter_syntax::ast`.
//!
//! Nothing lives here yet; the evaluator issue fills it in.
