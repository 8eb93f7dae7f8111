//! The compiler's checks on `match` patterns (CPython's `compiler_pattern`
//! family): names bound twice, irrefutable patterns that make later ones
//! unreachable, several starred names in a sequence, repeated keyword
//! attributes in a class pattern, alternatives binding different names,
//! and binding `__debug__`.
//!
//! Patterns nest only through brackets and `as`, so the walk recurses, its
//! depth bounded by [`MAX_NESTING`](super::depth::MAX_NESTING).

use super::depth::{recursion_error, MAX_NESTING};
use crate::ast::{Pattern, PatternKind, Span};
use crate::SyntaxError;

/// Walks one pattern as CPython compiles it, tracking the names it binds
/// and the last pattern compiled, where CPython points its errors.
struct PatternChecker<'a> {
    stores: Vec<&'a str>,
    last: Span,
}

/// Checks the pattern of one `case`; `allow_irrefutable` is true for the
/// last case and for guarded ones.
pub(crate) fn check_pattern(pattern: &Pattern, allow_irrefutable: bool) -> Result<(), SyntaxError> {
    let mut checker = PatternChecker {
        stores: Vec::new(),
        last: pattern.span,
    };
    checker.pattern(pattern, allow_irrefutable, 0)
}

fn error(msg: impl Into<String>, span: Span) -> Result<(), SyntaxError> {
    Err(SyntaxError::new(msg, span))
}

impl<'a> PatternChecker<'a> {
    fn store(&mut self, name: &'a str) -> Result<(), SyntaxError> {
        if name == "__debug__" {
            return error("cannot assign to __debug__", self.last);
        }
        if self.stores.contains(&name) {
            return error(
                format!("multiple assignments to name '{name}' in pattern"),
                self.last,
            );
        }
        self.stores.push(name);
        Ok(())
    }

    fn pattern(
        &mut self,
        pattern: &'a Pattern,
        allow_irrefutable: bool,
        depth: usize,
    ) -> Result<(), SyntaxError> {
        if depth > MAX_NESTING {
            return Err(recursion_error());
        }
        self.last = pattern.span;
        match &pattern.kind {
            PatternKind::MatchValue { .. } | PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !allow_irrefutable {
                    return match name {
                        Some(name) => error(
                            format!("name capture '{name}' makes remaining patterns unreachable"),
                            pattern.span,
                        ),
                        None => error(
                            "wildcard makes remaining patterns unreachable",
                            pattern.span,
                        ),
                    };
                }
                name.as_deref().map_or(Ok(()), |name| self.store(name))
            }
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => {
                self.pattern(inner, allow_irrefutable, depth + 1)?;
                name.as_deref().map_or(Ok(()), |name| self.store(name))
            }
            PatternKind::MatchStar { name } => {
                name.as_deref().map_or(Ok(()), |name| self.store(name))
            }
            PatternKind::MatchSequence { patterns } => {
                let stars = patterns
                    .iter()
                    .filter(|p| matches!(p.kind, PatternKind::MatchStar { .. }));
                if stars.count() > 1 {
                    return error("multiple starred names in sequence pattern", pattern.span);
                }
                patterns
                    .iter()
                    .try_for_each(|p| self.pattern(p, true, depth + 1))
            }
            PatternKind::MatchMapping { patterns, rest, .. } => {
                patterns
                    .iter()
                    .try_for_each(|p| self.pattern(p, true, depth + 1))?;
                rest.as_deref().map_or(Ok(()), |rest| self.store(rest))
            }
            PatternKind::MatchClass {
                patterns,
                kwd_attrs,
                kwd_patterns,
                ..
            } => {
                for (index, attr) in kwd_attrs.iter().enumerate() {
                    if kwd_attrs[..index].contains(attr) {
                        let at = kwd_patterns.get(index).map_or(pattern.span, |p| p.span);
                        return error(
                            format!("attribute name repeated in class pattern: {attr}"),
                            at,
                        );
                    }
                }
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|p| self.pattern(p, true, depth + 1))
            }
            PatternKind::MatchOr { patterns } => {
                self.alternatives(patterns, allow_irrefutable, depth)
            }
        }
    }

    /// `a | b | ...`: each alternative binds its own names, and all must
    /// bind the same ones.
    fn alternatives(
        &mut self,
        patterns: &'a [Pattern],
        allow_irrefutable: bool,
        depth: usize,
    ) -> Result<(), SyntaxError> {
        let outer = std::mem::take(&mut self.stores);
        let mut control: Option<Vec<&'a str>> = None;
        for (index, alternative) in patterns.iter().enumerate() {
            self.stores.clear();
            let allow = allow_irrefutable && index + 1 == patterns.len();
            self.pattern(alternative, allow, depth + 1)?;
            let bound = std::mem::take(&mut self.stores);
            match &control {
                None => control = Some(bound),
                Some(first) => {
                    let same =
                        first.len() == bound.len() && first.iter().all(|n| bound.contains(n));
                    if !same {
                        return error("alternative patterns bind different names", self.last);
                    }
                }
            }
        }
        self.stores = outer;
        for name in control.unwrap_or_default() {
            self.store(name)?;
        }
        Ok(())
    }
}
