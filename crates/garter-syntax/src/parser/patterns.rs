//! Patterns of `match` statements: building the pattern nodes whose
//! parts the grammar collects as flat lists, and CPython's pattern errors.

use crate::ast::{Constant, Expr, ExprKind, Identifier, Operator, Pattern, PatternKind, Span};
use crate::SyntaxError;

/// One argument of a class pattern, as parsed.
#[derive(Debug)]
pub enum ClassPatternArg {
    Positional(Pattern),
    /// `name=pattern`.
    Keyword(Identifier, Pattern),
}

/// One item of a mapping pattern, as parsed.
#[derive(Debug)]
pub enum MappingPatternItem {
    Entry(Expr, Pattern),
    /// `**rest`, with the span of the whole item.
    Rest(Span, Identifier),
}

pub fn pattern(l: usize, r: usize, kind: PatternKind) -> Pattern {
    Pattern {
        span: Span::new(l, r),
        kind,
    }
}

/// The name a capture binds: `None` for the wildcard `_`.
pub fn capture_name(name: Identifier) -> Option<Identifier> {
    (&*name != "_").then_some(name)
}

/// `pattern as name`; `name_start` is where the name starts.
pub fn as_pattern(
    l: usize,
    r: usize,
    inner: Pattern,
    name_start: usize,
    name: Identifier,
) -> Result<Pattern, SyntaxError> {
    if &*name == "_" {
        return Err(SyntaxError::new(
            "cannot use '_' as a target",
            Span::new(name_start, r),
        ));
    }
    Ok(pattern(
        l,
        r,
        PatternKind::MatchAs {
            pattern: Some(Box::new(inner)),
            name: Some(name),
        },
    ))
}

/// `{key: pattern, ..., **rest}`: `**rest` may only come last, and
/// `rest` may not be `_`.
pub fn mapping_pattern(
    l: usize,
    r: usize,
    items: Vec<MappingPatternItem>,
) -> Result<Pattern, SyntaxError> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    for item in items {
        if rest.is_some() {
            let span = match &item {
                MappingPatternItem::Entry(key, _) => key.span,
                MappingPatternItem::Rest(span, _) => Span {
                    start: span.start,
                    end: span.start + 2,
                },
            };
            return Err(SyntaxError::new("invalid syntax", span));
        }
        match item {
            MappingPatternItem::Entry(key, value) => {
                keys.push(key);
                patterns.push(value);
            }
            // `**_` is no capture target: CPython points at the `_`.
            MappingPatternItem::Rest(span, name) if &*name == "_" => {
                let underscore = Span {
                    start: span.end.saturating_sub(1),
                    end: span.end,
                };
                return Err(SyntaxError::new("invalid syntax", underscore));
            }
            MappingPatternItem::Rest(_, name) => rest = Some(name),
        }
    }
    Ok(pattern(
        l,
        r,
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        },
    ))
}

/// `Cls(positional..., name=pattern...)`: keywords come last.
pub fn class_pattern(
    l: usize,
    r: usize,
    cls: Expr,
    args: Vec<ClassPatternArg>,
) -> Result<Pattern, SyntaxError> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    let mut args = args.into_iter().peekable();
    while let Some(arg) = args.next() {
        match arg {
            ClassPatternArg::Positional(p) => {
                if !kwd_attrs.is_empty() {
                    // The error spans the whole run of positional patterns.
                    let mut span = p.span;
                    while let Some(ClassPatternArg::Positional(next)) = args.peek() {
                        span.end = next.span.end;
                        args.next();
                    }
                    return Err(SyntaxError::new(
                        "positional patterns follow keyword patterns",
                        span,
                    ));
                }
                patterns.push(p);
            }
            ClassPatternArg::Keyword(name, p) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pattern(
        l,
        r,
        PatternKind::MatchClass {
            cls: Box::new(cls),
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
    ))
}

/// Whether a number expression (possibly negated) is imaginary.
fn is_imaginary(e: &Expr) -> bool {
    let number = match &e.kind {
        ExprKind::UnaryOp { operand, .. } => operand,
        _ => e,
    };
    matches!(
        number.kind,
        ExprKind::Constant {
            value: Constant::Complex { .. },
            ..
        }
    )
}

/// `real + imagj` or `real - imagj` in a pattern.
pub fn complex_literal(
    l: usize,
    r: usize,
    left: Expr,
    op: Operator,
    right: Expr,
) -> Result<Expr, SyntaxError> {
    if is_imaginary(&left) {
        return Err(SyntaxError::new(
            "real number required in complex literal",
            left.span,
        ));
    }
    if !is_imaginary(&right) {
        return Err(SyntaxError::new(
            "imaginary number required in complex literal",
            right.span,
        ));
    }
    Ok(Expr {
        span: Span::new(l, r),
        kind: ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
    })
}
