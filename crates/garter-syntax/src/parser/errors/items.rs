//! Errors about the items inside brackets, found from the tokens around
//! the unexpected one: dictionary entries ("':' expected after dictionary
//! key", a starred or missing value), a comprehension target needing
//! parentheses, a keyword argument that is not a name, a bare `*` after
//! keyword arguments, parenthesised parameters of a `def` or `lambda`, and
//! with-items in parentheses not followed by `:`.

use super::hints::{is_close, is_open, operand_end};
use super::{current_line, Token, TokenRecorder};
use crate::ast::Span;
use crate::parser::TokenResult;
use crate::token::Tok;
use crate::SyntaxError;

/// The error for the unexpected token `tok` after `before` if it stands
/// inside a dictionary display, a parameter list or with-items in
/// parentheses and CPython names the mistake there.
pub(super) fn item_error<'src, I: Iterator<Item = TokenResult<'src>>>(
    source: &str,
    tokens: &mut TokenRecorder<'src, I>,
    before: &[Token<'src>],
    (l, tok, r): (usize, Tok<'src>, usize),
    expected: &[String],
) -> Option<SyntaxError> {
    if let Some(err) = parenthesized_parameters(tokens, before, (l, tok)) {
        return Some(err);
    }
    if tok == Tok::As {
        return with_items_without_colon(tokens, before);
    }
    if matches!(tok, Tok::For | Tok::Async) {
        return unparenthesized_comprehension_target(before);
    }
    if let Some(err) = keyword_not_a_name(before) {
        return Some(err);
    }
    if matches!(tok, Tok::RPar | Tok::Comma) {
        if let Some(err) = bare_star_after_keywords(before) {
            return Some(err);
        }
    }
    dictionary_entry(source, tokens, before, (l, tok, r), expected)
}

/// `f(a.b=1, ...)` before the error, in the call it is in: CPython checks
/// each keyword argument before reporting a later mistake. The error spans
/// the expression and the `=`.
fn keyword_not_a_name(before: &[Token<'_>]) -> Option<SyntaxError> {
    let open = innermost_open(before)?;
    if !is_call_paren(before, open) {
        return None;
    }
    let items: Vec<&Token<'_>> = top_level(before, open).collect();
    for item in items.split(|t| t.1 == Tok::Comma) {
        let Some(eq) = item.iter().position(|t| t.1 == Tok::Equal) else {
            continue;
        };
        let head = &item[..eq];
        let plain_name = matches!(head, [t] if matches!(t.1, Tok::Name(_)));
        let special = head
            .iter()
            .any(|t| matches!(t.1, Tok::Lambda | Tok::Star | Tok::DoubleStar));
        if plain_name || special {
            continue;
        }
        let msg = match head.first().map(|t| t.1) {
            Some(Tok::True) if head.len() == 1 => "cannot assign to True",
            Some(Tok::False) if head.len() == 1 => "cannot assign to False",
            Some(Tok::None) if head.len() == 1 => "cannot assign to None",
            _ => "expression cannot contain assignment, perhaps you meant \"==\"?",
        };
        return Some(SyntaxError::new(
            msg,
            Span::new(item.first()?.0, item[eq].2),
        ));
    }
    None
}

/// `f(a=1, *)`: a `*` with nothing after it, after keyword arguments.
/// CPython points at the `*`.
fn bare_star_after_keywords(before: &[Token<'_>]) -> Option<SyntaxError> {
    let star = before.last().filter(|t| t.1 == Tok::Star)?;
    let open = innermost_open(before)?;
    if !is_call_paren(before, open) {
        return None;
    }
    let keywords_before = top_level(before, open)
        .take_while(|t| t.0 < star.0)
        .any(|t| matches!(t.1, Tok::Equal | Tok::DoubleStar));
    keywords_before.then(|| {
        SyntaxError::new(
            "iterable argument unpacking follows keyword argument unpacking",
            Span::new(star.0, star.2),
        )
    })
}

/// `[x, y for ...]`: a list or set display turning into a comprehension
/// after a comma. The error spans the items before `for`.
fn unparenthesized_comprehension_target(before: &[Token<'_>]) -> Option<SyntaxError> {
    let open = innermost_open(before)?;
    if !matches!(before[open].1, Tok::LSqb | Tok::LBrace) {
        return None;
    }
    let mut items = top_level(before, open);
    if !items.any(|t| t.1 == Tok::Comma) {
        return None;
    }
    if top_level(before, open).any(|t| matches!(t.1, Tok::Colon | Tok::For)) {
        return None;
    }
    let first = before.get(open + 1)?;
    let last = before.last()?;
    Some(SyntaxError::new(
        "did you forget parentheses around the comprehension target?",
        Span::new(first.0, last.2),
    ))
}

/// Where the innermost bracket left open by `before` is, if any.
fn innermost_open(before: &[Token<'_>]) -> Option<usize> {
    let mut depth = 0usize;
    for (i, t) in before.iter().enumerate().rev() {
        if is_close(t.1) {
            depth += 1;
        } else if is_open(t.1) {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        }
    }
    None
}

/// Whether the bracket at `open` opens a call's (or a class header's)
/// arguments, not a parameter list.
fn is_call_paren(before: &[Token<'_>], open: usize) -> bool {
    let callee = open.checked_sub(1).and_then(|at| before.get(at));
    before[open].1 == Tok::LPar
        && callee.is_some_and(|t| matches!(t.1, Tok::Name(_) | Tok::RPar | Tok::RSqb))
        && open
            .checked_sub(2)
            .is_none_or(|at| before[at].1 != Tok::Def)
}

/// The tokens directly inside the bracket at `open` (not inside nested
/// brackets), up to the end of `before`.
fn top_level<'a, 'src>(
    before: &'a [Token<'src>],
    open: usize,
) -> impl Iterator<Item = &'a Token<'src>> + 'a {
    let mut depth = 0usize;
    before.iter().skip(open + 1).filter(move |t| {
        let outside = depth == 0;
        if is_open(t.1) {
            depth += 1;
        } else if is_close(t.1) {
            depth = depth.saturating_sub(1);
        }
        outside
    })
}

/// Mistakes in a dictionary display: a starred value, a `:` with no value
/// after it, and (after at least one complete entry) a key with no `:`.
fn dictionary_entry<'src, I: Iterator<Item = TokenResult<'src>>>(
    source: &str,
    tokens: &mut TokenRecorder<'src, I>,
    before: &[Token<'src>],
    (l, tok, r): (usize, Tok<'src>, usize),
    expected: &[String],
) -> Option<SyntaxError> {
    let open = innermost_open(before)?;
    if before[open].1 != Tok::LBrace {
        return None;
    }
    let prev = before.last()?;
    if prev.1 == Tok::Colon && tok == Tok::Star {
        let end = operand_end(tokens, tok, r);
        return Some(SyntaxError::new(
            "cannot use a starred expression in a dictionary value",
            Span::new(l, end),
        ));
    }
    if prev.1 == Tok::Colon && matches!(tok, Tok::Comma | Tok::RBrace) {
        return Some(SyntaxError::new(
            "expression expected after dictionary key and ':'",
            Span::new(prev.0, prev.2),
        ));
    }
    if !expected.iter().any(|e| e == "\":\"") {
        return None;
    }
    // A complete entry (`key: value` or `**mapping`) must come before the
    // last comma.
    let items: Vec<&Token<'src>> = top_level(before, open).collect();
    let last_comma = items.iter().rposition(|t| t.1 == Tok::Comma)?;
    let first_entry = &items[..last_comma];
    let complete = first_entry.first().is_some_and(|t| t.1 == Tok::DoubleStar)
        || first_entry.iter().any(|t| t.1 == Tok::Colon);
    if !complete || last_comma + 1 == items.len() {
        return None;
    }
    // CPython points at the key's last character.
    let last_char = source.get(..prev.2)?.chars().next_back()?.len_utf8();
    Some(SyntaxError::new(
        "':' expected after dictionary key",
        Span::new(prev.2 - last_char, prev.2),
    ))
}

/// `def f(x, (y, z)):` and `lambda x, (y, z): ...`: names in parentheses
/// after plain parameters. The error spans the parentheses.
fn parenthesized_parameters<'src, I: Iterator<Item = TokenResult<'src>>>(
    tokens: &mut TokenRecorder<'src, I>,
    before: &[Token<'src>],
    (l, tok): (usize, Tok<'src>),
) -> Option<SyntaxError> {
    if tok != Tok::LPar {
        return None;
    }
    let line = current_line(before);
    let (params, msg) = if let Some(at) = line.iter().rposition(|t| t.1 == Tok::Lambda) {
        (
            &line[at + 1..],
            "Lambda expression parameters cannot be parenthesized",
        )
    } else {
        let def = line.iter().position(|t| t.1 == Tok::Def)?;
        let params = line.get(def + 3..)?;
        if line.get(def + 2).map(|t| t.1) != Some(Tok::LPar) {
            return None;
        }
        (params, "Function parameters cannot be parenthesized")
    };
    let plain = params.iter().enumerate().all(|(i, t)| match t.1 {
        Tok::Name(_) => i % 2 == 0,
        Tok::Comma => i % 2 == 1,
        _ => false,
    });
    if !plain || params.last().is_some_and(|t| matches!(t.1, Tok::Name(_))) {
        return None;
    }
    // Inside: names separated by commas, an optional trailing comma.
    let mut end = None;
    let mut expect_name = true;
    while let Some((_, next, next_end)) = tokens.next_unread() {
        match next {
            Tok::Name(_) if expect_name => expect_name = false,
            Tok::Comma if !expect_name => expect_name = true,
            Tok::RPar => {
                end = Some(next_end);
                break;
            }
            _ => return None,
        }
    }
    Some(SyntaxError::new(msg, Span::new(l, end?)))
}

/// `with (a as b)` at the end of the line: CPython's "expected ':'" after
/// the closing parenthesis, where the `as` shows the items were not taken
/// as a parenthesised expression.
fn with_items_without_colon<'src, I: Iterator<Item = TokenResult<'src>>>(
    tokens: &mut TokenRecorder<'src, I>,
    before: &[Token<'src>],
) -> Option<SyntaxError> {
    let line = current_line(before);
    let with = usize::from(line.first()?.1 == Tok::Async);
    if line.get(with)?.1 != Tok::With || line.get(with + 1)?.1 != Tok::LPar {
        return None;
    }
    if innermost_open(before)? != before.len() - line.len() + with + 1 {
        return None;
    }
    let mut depth = 1usize;
    while let Some((at, next, _)) = tokens.next_unread() {
        if depth == 0 {
            return (next == Tok::Newline)
                .then(|| SyntaxError::new("expected ':'", Span::new(at, at)));
        }
        if is_open(next) {
            depth += 1;
        } else if is_close(next) {
            depth -= 1;
        }
    }
    None
}
