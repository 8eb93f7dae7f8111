//! The compiler's checks on `match` patterns (CPython's `compiler_pattern`
//! family): names bound twice, irrefutable patterns that make later ones
//! unreachable, several starred names in a sequence, repeated keyword
//! attributes in a class pattern, alternatives binding different names,
//! duplicate literal keys in a mapping pattern, and binding `__debug__`.
//!
//! Patterns nest only through brackets and `as`, so the walk recurses, its
//! depth bounded by [`MAX_NESTING`](super::depth::MAX_NESTING).

use super::depth::{recursion_error, MAX_NESTING};
use crate::ast::{Constant, Expr, ExprKind, Operator, Pattern, PatternKind, Span, UnaryOp};
use crate::literal::repr::{bytes_repr, complex_repr, float_repr, str_repr};
use crate::SyntaxError;
use num_traits::ToPrimitive;

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
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                check_duplicate_keys(keys, pattern.span)?;
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

/// A mapping-pattern key folded to its value, as CPython's AST optimizer
/// folds `-1` and `1+2j` before the compiler compares keys. `None` for
/// keys that are not literals (attribute lookups), which are not compared.
fn key_value(key: &Expr) -> Option<Constant> {
    match &key.kind {
        ExprKind::Constant { value, .. } => Some(value.clone()),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match key_value(operand)? {
            Constant::Int(int) => Some(Constant::Int(-int)),
            Constant::Float(float) => Some(Constant::Float(-float)),
            Constant::Complex { real, imag } => Some(Constant::Complex {
                real: -real,
                imag: -imag,
            }),
            _ => None,
        },
        ExprKind::BinOp { left, op, right } => {
            let real = match key_value(left)? {
                Constant::Int(int) => int.to_f64()?,
                Constant::Float(float) => float,
                _ => return None,
            };
            let Constant::Complex { imag, .. } = key_value(right)? else {
                return None;
            };
            let imag = if *op == Operator::Sub { -imag } else { imag };
            Some(Constant::Complex { real, imag })
        }
        _ => None,
    }
}

/// What Python's `==` (and hashing) makes of a key: numbers of any type
/// that are equal compare equal. `None` for NaN, equal to nothing.
#[derive(PartialEq)]
enum KeyIdentity {
    /// An integral number, as its decimal digits.
    Integral(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Singleton(&'static str),
}

fn float_identity(float: f64) -> Option<KeyIdentity> {
    if float.is_nan() {
        None
    } else if float.fract() == 0.0 && float.abs() < 1e38 {
        // Exact: an integral float below 2**126 converts without loss.
        Some(KeyIdentity::Integral((float as i128).to_string()))
    } else {
        Some(KeyIdentity::Float(float.to_bits()))
    }
}

fn identity(value: &Constant) -> Option<KeyIdentity> {
    Some(match value {
        Constant::Int(int) => KeyIdentity::Integral(int.to_string()),
        Constant::Bool(flag) => KeyIdentity::Integral(u8::from(*flag).to_string()),
        Constant::Float(float) => return float_identity(*float),
        Constant::Complex { real, imag } if *imag == 0.0 => return float_identity(*real),
        Constant::Complex { real, imag } if real.is_nan() || imag.is_nan() => return None,
        Constant::Complex { real, imag } => {
            KeyIdentity::Complex((real + 0.0).to_bits(), (imag + 0.0).to_bits())
        }
        Constant::Str(text) => KeyIdentity::Str(str_repr(text)),
        Constant::Bytes(bytes) => KeyIdentity::Bytes(bytes.clone()),
        Constant::None => KeyIdentity::Singleton("None"),
        Constant::Ellipsis => KeyIdentity::Singleton("Ellipsis"),
    })
}

/// Python's `repr` of a key value, as the error message shows it.
fn key_repr(value: &Constant) -> String {
    match value {
        Constant::None => "None".to_owned(),
        Constant::Bool(flag) => if *flag { "True" } else { "False" }.to_owned(),
        Constant::Str(text) => str_repr(text),
        Constant::Bytes(bytes) => bytes_repr(bytes),
        Constant::Int(int) => int.to_string(),
        Constant::Float(float) => float_repr(*float),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Ellipsis => "Ellipsis".to_owned(),
    }
}

/// CPython's check that a mapping pattern's literal keys are distinct.
fn check_duplicate_keys(keys: &[Expr], span: Span) -> Result<(), SyntaxError> {
    let mut seen: Vec<KeyIdentity> = Vec::new();
    for key in keys {
        let Some(value) = key_value(key) else {
            continue;
        };
        let Some(id) = identity(&value) else {
            continue;
        };
        if seen.contains(&id) {
            return error(
                format!(
                    "mapping pattern checks duplicate key ({})",
                    key_repr(&value)
                ),
                span,
            );
        }
        seen.push(id);
    }
    Ok(())
}
