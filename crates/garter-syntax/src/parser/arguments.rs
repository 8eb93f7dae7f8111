//! Call arguments and parameter lists. The grammar parses both as flat
//! lists of items; this module checks their order and builds the AST,
//! raising CPython's messages ("positional argument follows keyword
//! argument", "non-default argument follows default argument", ...).

use crate::ast::{Arg, Arguments, Expr, ExprKind, Keyword, Span};
use crate::parser::targets::expr_name;
use crate::SyntaxError;

/// One argument of a call or class header, as parsed.
#[derive(Debug)]
pub enum ArgItem {
    /// A positional argument, or `*iterable` (a `Starred` expression).
    Positional(Expr),
    /// An unparenthesised generator expression, with where its first
    /// `for` (or `async`) starts.
    Generator(Expr, usize),
    /// `name=value`: `head` runs from the name to the end of `=`, `end`
    /// is where the value's last token ends.
    Keyword {
        head: Span,
        name: Expr,
        value: Expr,
        end: usize,
    },
    /// `**mapping`, with the span of the whole item.
    DoubleStar(Span, Expr),
}

/// Builds `args` and `keywords` of a call (`is_call`) or class header.
/// `parens` is the span of the parentheses: a call's sole generator
/// expression argument takes it as its own, and misplaced positional
/// arguments are reported at the closing one. `trailing_comma` tells
/// whether the list ended with a comma.
pub fn build_call_arguments(
    items: Vec<ArgItem>,
    trailing_comma: bool,
    parens: Span,
    is_call: bool,
) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let close_paren = Span {
        start: parens.end.saturating_sub(1),
        end: parens.end,
    };
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            ArgItem::Generator(mut genexp, for_at) => {
                if count > 1 || trailing_comma {
                    return Err(SyntaxError::new(
                        "Generator expression must be parenthesized",
                        genexp.span,
                    ));
                }
                if !is_call {
                    return Err(SyntaxError::new("invalid syntax", token_span(for_at, 3)));
                }
                genexp.span = parens;
                args.push(genexp);
            }
            ArgItem::Positional(arg) => {
                let starred = matches!(arg.kind, ExprKind::Starred { .. });
                if seen_double_star {
                    let (msg, span) = if starred {
                        (
                            "iterable argument unpacking follows keyword argument unpacking",
                            Span {
                                start: arg.span.start,
                                end: arg.span.start + 1,
                            },
                        )
                    } else {
                        (
                            "positional argument follows keyword argument unpacking",
                            close_paren,
                        )
                    };
                    return Err(SyntaxError::new(msg, span));
                }
                if seen_keyword && !starred {
                    return Err(SyntaxError::new(
                        "positional argument follows keyword argument",
                        close_paren,
                    ));
                }
                args.push(arg);
            }
            ArgItem::Keyword {
                head,
                name,
                value,
                end,
            } => {
                // A parenthesised name, `f((x)=1)`, is not a keyword.
                let arg = match name.kind {
                    ExprKind::Name { id, .. } if name.span.start == head.start => id,
                    ref other => {
                        let msg = match other {
                            ExprKind::Constant { .. } if name_is_keyword(other) => {
                                format!("cannot assign to {}", expr_name(other))
                            }
                            _ => "expression cannot contain assignment, perhaps you meant \"==\"?"
                                .to_string(),
                        };
                        // From the expression itself, inside any parentheses.
                        let span = Span {
                            start: name.span.start,
                            end: head.end,
                        };
                        return Err(SyntaxError::new(msg, span));
                    }
                };
                seen_keyword = true;
                keywords.push(Keyword {
                    span: Span::new(head.start as usize, end),
                    arg: Some(arg),
                    value,
                });
            }
            ArgItem::DoubleStar(span, value) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    span,
                    arg: None,
                    value,
                });
            }
        }
    }
    Ok((args, keywords))
}

/// `True`, `False` or `None` used as a keyword name.
fn name_is_keyword(kind: &ExprKind) -> bool {
    matches!(expr_name(kind), "True" | "False" | "None")
}

/// One item of a parameter list, as parsed.
#[derive(Debug)]
pub enum ParamItem {
    /// `name[: annotation][= default]`; the default carries where its
    /// `=` is.
    Plain {
        arg: Arg,
        default: Option<(usize, Expr)>,
    },
    /// `*`, or `*name[: annotation]`; `span` covers the whole item.
    Star {
        span: Span,
        arg: Option<Arg>,
        default: Option<(usize, Expr)>,
    },
    /// `**name[: annotation]`.
    DoubleStar {
        arg: Arg,
        default: Option<(usize, Expr)>,
    },
    /// `/`.
    Slash { span: Span },
}

impl ParamItem {
    /// Where CPython points when this item is out of place.
    fn head_span(&self) -> Span {
        match self {
            ParamItem::Plain { arg, .. } => arg.span,
            ParamItem::Star { span, .. } => token_span(span.start as usize, 1),
            ParamItem::DoubleStar { arg, .. } => {
                token_span((arg.span.start as usize).saturating_sub(2), 2)
            }
            ParamItem::Slash { span } => *span,
        }
    }
}

fn token_span(start: usize, len: usize) -> Span {
    Span::new(start, start + len)
}

fn default_error(default: &Option<(usize, Expr)>, msg: &str) -> Result<(), SyntaxError> {
    match default {
        Some((at, _)) => Err(SyntaxError::new(msg, token_span(*at, 1))),
        None => Ok(()),
    }
}

/// Builds a function's or lambda's `arguments` from its parameter items,
/// checking their order. `trailing_comma` tells whether the list ended
/// with a comma; `lambda_colon` is where a lambda's `:` is (CPython points
/// there for a lambda's bare `*` with nothing after it).
pub fn build_parameters(
    items: Vec<ParamItem>,
    trailing_comma: bool,
    lambda_colon: Option<usize>,
) -> Result<Arguments, SyntaxError> {
    let mut arguments = Arguments::default();
    let count = items.len();
    let mut seen_slash = false;
    let mut seen_default = false;
    // The bare or named `*` seen so far, and whether a keyword-only
    // parameter followed it.
    let mut star: Option<Span> = None;
    let mut keyword_only_seen = false;
    let mut seen_double_star = false;
    for (index, item) in items.into_iter().enumerate() {
        if seen_double_star {
            return Err(SyntaxError::new(
                "arguments cannot follow var-keyword argument",
                item.head_span(),
            ));
        }
        match item {
            ParamItem::Plain { arg, default } => {
                if star.is_some() {
                    keyword_only_seen = true;
                    arguments.kwonlyargs.push(arg);
                    arguments.kw_defaults.push(default.map(|(_, value)| value));
                    continue;
                }
                match default {
                    Some((_, value)) => {
                        seen_default = true;
                        arguments.defaults.push(value);
                    }
                    None if seen_default => {
                        return Err(SyntaxError::new(
                            "non-default argument follows default argument",
                            arg.span,
                        ))
                    }
                    None => {}
                }
                arguments.args.push(arg);
            }
            ParamItem::Slash { span } => {
                let msg = if star.is_some() {
                    "/ must be ahead of *"
                } else if seen_slash {
                    "/ may appear only once"
                } else if arguments.args.is_empty() {
                    if count == 1 && !trailing_comma {
                        "invalid syntax"
                    } else {
                        "at least one argument must precede /"
                    }
                } else {
                    seen_slash = true;
                    arguments.posonlyargs = std::mem::take(&mut arguments.args);
                    continue;
                };
                return Err(SyntaxError::new(msg, span));
            }
            ParamItem::Star { span, arg, default } => {
                if star.is_some() {
                    return Err(SyntaxError::new(
                        "* argument may appear only once",
                        token_span(span.start as usize, 1),
                    ));
                }
                default_error(
                    &default,
                    "var-positional argument cannot have default value",
                )?;
                let is_last = index + 1 == count;
                if arg.is_none() && is_last {
                    let at = lambda_colon.unwrap_or(span.start as usize);
                    return Err(SyntaxError::new(
                        "named arguments must follow bare *",
                        token_span(at, 1),
                    ));
                }
                keyword_only_seen = arg.is_some();
                star = Some(span);
                arguments.vararg = arg;
            }
            ParamItem::DoubleStar { arg, default } => {
                if let (Some(star_span), false) = (star, keyword_only_seen) {
                    let span = match lambda_colon {
                        Some(_) => token_span((arg.span.start as usize).saturating_sub(2), 2),
                        None => token_span(star_span.start as usize, 1),
                    };
                    return Err(SyntaxError::new("named arguments must follow bare *", span));
                }
                default_error(&default, "var-keyword argument cannot have default value")?;
                seen_double_star = true;
                arguments.kwarg = Some(arg);
            }
        }
    }
    Ok(arguments)
}
