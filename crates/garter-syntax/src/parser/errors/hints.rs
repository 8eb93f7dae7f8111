//! The hints CPython adds to some syntax errors, found from the tokens
//! around the unexpected one: "invalid syntax. Perhaps you forgot a
//! comma?", "Maybe you meant '==' or ':=' instead of '='?", "Missing
//! parentheses in call to 'print'", "expected default value expression".

use super::{current_line, items, newline_span, Token, TokenRecorder};
use crate::ast::{ExprKind, Span};
use crate::parser::targets::{self, expr_name, TargetUse};
use crate::parser::wrapped::{self, WrapMode};
use crate::parser::TokenResult;
use crate::token::Tok;
use crate::SyntaxError;

/// The hinted error for the unexpected token `tok` after `before`, if
/// CPython gives one there.
pub(super) fn hinted_error<'src, I: Iterator<Item = TokenResult<'src>>>(
    source: &str,
    tokens: &mut TokenRecorder<'src, I>,
    before: &[Token<'src>],
    (l, tok, r): (usize, Tok<'src>, usize),
    expected: &[String],
) -> Option<SyntaxError> {
    let prev = before.last()?;
    if let Some(err) = items::item_error(source, tokens, before, (l, tok, r), expected) {
        return Some(err);
    }
    let line = current_line(before);
    let line_starts_with = |first: Tok<'_>| line.first().is_some_and(|t| t.1 == first);
    if tok == Tok::Newline && prev.1 == Tok::Comma && line_starts_with(Tok::From) {
        return Some(SyntaxError::new(
            "trailing comma not allowed without surrounding parentheses",
            Span::new(l, r),
        ));
    }
    if tok == Tok::Comma && line_starts_with(Tok::Except) {
        let start = line.get(1).filter(|t| t.1 != Tok::Star).or(line.get(2))?.0;
        let end = until_colon(tokens, r);
        return Some(SyntaxError::new(
            "multiple exception types must be parenthesized",
            Span::new(start, end),
        ));
    }
    if expected.iter().any(|e| e == "\"else\"") && tok != Tok::Colon {
        let if_at = before.iter().rposition(|t| t.1 == Tok::If)?;
        let (start, _) = expression_before(before.get(..if_at)?)?;
        return Some(SyntaxError::new(
            "expected 'else' after 'if' expression",
            Span::new(start, prev.2),
        ));
    }
    let in_parameters = starts_def(line) || in_lambda_parameters(line);
    if expected.len() == 1 && expected[0] == "\"(\"" && starts_def(line) {
        return Some(SyntaxError::new("expected '('", Span::new(l, r)));
    }
    if line_starts_with(Tok::Except)
        && line.get(1).is_some_and(|t| t.1 == Tok::Star)
        && line.len() == 2
        && matches!(tok, Tok::Colon | Tok::Newline)
    {
        return Some(SyntaxError::new(
            "expected one or more exception types",
            Span::new(l, r),
        ));
    }
    if prev.1 == Tok::Slash && tok == Tok::Star && in_parameters {
        return Some(SyntaxError::new(
            "expected comma between / and *",
            Span::new(l, r),
        ));
    }
    if prev.1 == Tok::Equal && matches!(tok, Tok::RPar | Tok::Comma) && in_parameters {
        return Some(missing_default(line, prev));
    }
    if let Tok::Name(word @ ("print" | "exec")) = prev.1 {
        if starts_operand(tok) && !before.iter().rev().nth(1).is_some_and(|t| t.1 == Tok::Dot) {
            let end = line_end(tokens, r);
            return Some(SyntaxError::new(
                format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
                Span::new(prev.0, end),
            ));
        }
    }
    if prev.1 == Tok::As && line_starts_with(Tok::Case) {
        let end = operand_end(tokens, tok, r);
        // A parenthesised name stands for the name itself.
        let span = match tok {
            Tok::LPar if end > l + 1 => Span::new(l + 1, end - 1),
            _ => Span::new(l, end),
        };
        return Some(SyntaxError::new("invalid pattern target", span));
    }
    if prev.1 == Tok::Equal && !starts_operand(tok) && !is_open(tok) {
        if let Some(err) = invalid_target_before(source, line, prev.0) {
            return Some(err);
        }
    }
    if prev.1 == Tok::Colon && tok == Tok::Newline {
        if let Some(err) = not_an_annotation_target(source, line, prev) {
            return Some(err);
        }
    }
    if expected.iter().any(|e| e == "\"in\"") {
        if let Some(err) = invalid_for_target(source, before) {
            return Some(err);
        }
    }
    if matches!(line, [t] if t.1 == Tok::Name("match")) && (starts_operand(tok) || is_open(tok)) {
        return match_without_colon(source, tokens, r);
    }
    if prev.1 == Tok::RArrow && tok == Tok::Colon {
        return Some(SyntaxError::new("expected ':'", Span::new(prev.0, prev.2)));
    }
    if tok == Tok::Equal {
        return equals_typo(source, tokens, before, l);
    }
    if tok == Tok::ColonEqual {
        let (start, _) = expression_before(before)?;
        let target = crate::parser::parse_expression(source.get(start..prev.2)?).ok()?;
        if let ExprKind::Name { .. } = target.kind {
            return None;
        }
        return Some(SyntaxError::new(
            format!(
                "cannot use assignment expressions with {}",
                expr_name(&target.kind)
            ),
            Span::new(start, prev.2),
        ));
    }
    missing_comma(tokens, before, (tok, r))
}

/// `call():` at the end of a line: CPython never reads past a `:` after
/// an expression that cannot be annotated, so it points at the colon.
fn not_an_annotation_target(
    source: &str,
    line: &[Token<'_>],
    colon: &Token<'_>,
) -> Option<SyntaxError> {
    let first = line.first()?;
    if !ends_operand(first.1) && !is_open(first.1) {
        return None;
    }
    let target = crate::parser::parse_expression(source.get(first.0..colon.0)?).ok()?;
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        _ => Some(SyntaxError::new(
            "invalid syntax",
            Span::new(colon.0, colon.2),
        )),
    }
}

/// `for target` where `in` should follow: CPython's error for a target
/// that cannot be assigned ("cannot assign to function call").
fn invalid_for_target(source: &str, before: &[Token<'_>]) -> Option<SyntaxError> {
    let for_at = before.iter().rposition(|t| t.1 == Tok::For)?;
    if before[for_at..].iter().any(|t| t.1 == Tok::In) {
        return None;
    }
    let start = before.get(for_at + 1)?.0;
    let end = before.last()?.2;
    let target = wrapped::parse_wrapped(source.get(start..end)?, start, WrapMode::Eval).ok()?;
    targets::convert(target, TargetUse::For).err()
}

/// `match subject` and the line ends: CPython's "expected ':'" at the
/// line end, unless the subject is followed by an assignment.
fn match_without_colon<'src, I: Iterator<Item = TokenResult<'src>>>(
    source: &str,
    tokens: &mut TokenRecorder<'src, I>,
    r: usize,
) -> Option<SyntaxError> {
    let mut depth = 0usize;
    let mut end = r;
    while let Some((at, next, next_end)) = tokens.next_unread() {
        match next {
            Tok::Newline if depth == 0 => {
                return Some(SyntaxError::new(
                    "expected ':'",
                    newline_span(source, end, at),
                ));
            }
            Tok::Equal | Tok::ColonEqual | Tok::Colon if depth == 0 => return None,
            _ if is_open(next) => depth += 1,
            _ if is_close(next) => depth = depth.saturating_sub(1),
            _ => {}
        }
        end = next_end;
    }
    // At the end of the input CPython points just after the subject.
    Some(SyntaxError::new("expected ':'", Span::new(end, end)))
}

/// A parameter's `=` (the token `eq`) with no default after it. CPython
/// first names a `/` with nothing before it, then a `*name` given a
/// default, and only then the missing default.
fn missing_default(line: &[Token<'_>], eq: &Token<'_>) -> SyntaxError {
    let start = match line.iter().rposition(|t| t.1 == Tok::Lambda) {
        Some(lambda) => lambda + 1,
        None => line
            .iter()
            .position(|t| t.1 == Tok::LPar)
            .map_or(0, |at| at + 1),
    };
    let params = line.get(start..).unwrap_or(&[]);
    if let Some(slash) = params.first().filter(|t| t.1 == Tok::Slash) {
        return SyntaxError::new(
            "at least one argument must precede /",
            Span::new(slash.0, slash.2),
        );
    }
    let current = params.rsplit(|t| t.1 == Tok::Comma).next().unwrap_or(&[]);
    let msg = match current.first() {
        Some(t) if t.1 == Tok::Star => "var-positional argument cannot have default value",
        _ => "expected default value expression",
    };
    SyntaxError::new(msg, Span::new(eq.0, eq.2))
}

/// Whether a logical line starts with `def` or `async def`.
fn starts_def(line: &[Token<'_>]) -> bool {
    let def = usize::from(line.first().is_some_and(|t| t.1 == Tok::Async));
    line.get(def).is_some_and(|t| t.1 == Tok::Def)
}

/// Whether the tokens of a logical line end inside a lambda's parameters.
fn in_lambda_parameters(line: &[Token<'_>]) -> bool {
    line.iter()
        .rposition(|t| t.1 == Tok::Lambda)
        .is_some_and(|at| !line[at..].iter().any(|t| t.1 == Tok::Colon))
}

/// For `target =` with no value: CPython's error for an invalid target
/// (the last one before the `=` at `eq`), if it is one.
fn invalid_target_before(source: &str, line: &[Token<'_>], eq: usize) -> Option<SyntaxError> {
    let first = line.first()?;
    if !matches!(first.1, Tok::Name(_) | Tok::LPar | Tok::LSqb | Tok::Star)
        && !ends_operand(first.1)
    {
        return None;
    }
    // The target starts after the last `=` outside brackets before `eq`.
    let mut depth = 0usize;
    let mut start = first.0;
    for t in line.iter().take_while(|t| t.0 < eq) {
        match t.1 {
            Tok::Equal if depth == 0 => start = t.2,
            _ if is_open(t.1) => depth += 1,
            _ if is_close(t.1) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let text = source.get(start..eq)?;
    let target = wrapped::parse_wrapped(text, start, WrapMode::Eval).ok()?;
    targets::convert(target, TargetUse::Assign).err()
}

/// Whether a token is an operand on its own: a name or a literal.
fn is_atom(tok: Tok<'_>) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::String(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}

/// Whether a token can end an operand.
fn ends_operand(tok: Tok<'_>) -> bool {
    is_atom(tok) || matches!(tok, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

/// Whether a token can only start an operand (it cannot continue one).
fn starts_operand(tok: Tok<'_>) -> bool {
    is_atom(tok)
        || matches!(
            tok,
            Tok::LBrace | Tok::Tilde | Tok::Await | Tok::Lambda | Tok::Not
        )
}

pub(super) fn is_open(tok: Tok<'_>) -> bool {
    matches!(tok, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::LParWith)
}

pub(super) fn is_close(tok: Tok<'_>) -> bool {
    matches!(tok, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

/// Whether a token can appear inside an operator expression (a
/// "disjunction" in CPython's grammar) between operands.
fn continues_expression(tok: Tok<'_>) -> bool {
    ends_operand(tok)
        || starts_operand(tok) && tok != Tok::Lambda
        || matches!(
            tok,
            Tok::Dot
                | Tok::Plus
                | Tok::Minus
                | Tok::Star
                | Tok::DoubleStar
                | Tok::Slash
                | Tok::DoubleSlash
                | Tok::Percent
                | Tok::At
                | Tok::VBar
                | Tok::Amper
                | Tok::Circumflex
                | Tok::LeftShift
                | Tok::RightShift
                | Tok::Less
                | Tok::Greater
                | Tok::EqEqual
                | Tok::NotEqual
                | Tok::LessEqual
                | Tok::GreaterEqual
                | Tok::In
                | Tok::Is
                | Tok::And
                | Tok::Or
        )
}

/// The expression that ends the tokens `before`: where it starts, and the
/// token just before it (`None` at the start of input).
fn expression_before<'src>(before: &[Token<'src>]) -> Option<(usize, Option<Tok<'src>>)> {
    let mut depth = 0usize;
    let mut start = None;
    for t in before.iter().rev() {
        if is_close(t.1) {
            depth += 1;
        } else if is_open(t.1) && depth > 0 {
            depth -= 1;
        } else if depth == 0 && (is_open(t.1) || !continues_expression(t.1)) {
            return start.map(|s| (s, Some(t.1)));
        }
        start = Some(t.0);
    }
    start.map(|s| (s, None))
}

/// Whether the tokens `before` leave an open bracket.
fn inside_brackets(before: &[Token<'_>]) -> bool {
    let mut depth = 0usize;
    for t in before {
        if is_open(t.1) {
            depth += 1;
        } else if is_close(t.1) {
            depth = depth.saturating_sub(1);
        }
    }
    depth > 0
}

/// CPython's "invalid syntax. Perhaps you forgot a comma?": inside
/// brackets, an operand directly followed by another one. The error spans
/// both expressions.
fn missing_comma<'src, I: Iterator<Item = TokenResult<'src>>>(
    tokens: &mut TokenRecorder<'src, I>,
    before: &[Token<'src>],
    (tok, r): (Tok<'src>, usize),
) -> Option<SyntaxError> {
    let prev = before.last()?;
    if !ends_operand(prev.1) || !starts_operand(tok) {
        return None;
    }
    if matches!(prev.1, Tok::Name(_)) && matches!(tok, Tok::String(_)) {
        return None;
    }
    let (start, stop) = expression_before(before)?;
    // Nor does a soft keyword standing alone before the operand.
    if start == prev.0 && matches!(prev.1, Tok::Name("match" | "case" | "_")) {
        return None;
    }
    // A comprehension's iterable or condition takes no such hint, nor do
    // the names of an import or a parameter list.
    let walked_in = before.iter().any(|t| t.0 >= start && t.1 == Tok::In);
    let comprehension_part = match stop {
        Some(Tok::For) => walked_in,
        Some(Tok::If | Tok::In) => true,
        _ => false,
    };
    if comprehension_part || !inside_brackets(before) || in_name_list(before) {
        return None;
    }
    let end = operand_end(tokens, tok, r);
    Some(SyntaxError::new(
        "invalid syntax. Perhaps you forgot a comma?",
        Span::new(start, end),
    ))
}

/// Whether the tokens leave us in an import's names or directly in a
/// `def`'s parameter list, where names are not expressions.
fn in_name_list(before: &[Token<'_>]) -> bool {
    let line = current_line(before);
    match line.first().map(|t| t.1) {
        Some(Tok::From | Tok::Import) => true,
        Some(Tok::Def | Tok::Async) => {
            let mut depth = 0usize;
            for t in line {
                if is_open(t.1) {
                    depth += 1;
                } else if is_close(t.1) {
                    depth = depth.saturating_sub(1);
                }
            }
            depth == 1
        }
        _ => false,
    }
}

/// What [`operand_end`] expects next.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expecting {
    Operand,
    Operator,
    AttributeName,
}

/// Where the expression starting with `tok` (ending at `r`) ends: through
/// operators, balanced brackets and `.name` / call / subscript trailers.
pub(super) fn operand_end<'src, I: Iterator<Item = TokenResult<'src>>>(
    tokens: &mut TokenRecorder<'src, I>,
    tok: Tok<'src>,
    r: usize,
) -> usize {
    let mut end = r;
    let mut depth = usize::from(is_open(tok));
    let mut expecting = if ends_operand(tok) || depth > 0 {
        Expecting::Operator
    } else {
        Expecting::Operand
    };
    while let Some((_, next, next_end)) = tokens.next_unread() {
        if depth > 0 {
            if is_open(next) {
                depth += 1;
            } else if is_close(next) {
                depth -= 1;
            }
            end = next_end;
            continue;
        }
        expecting = match (expecting, next) {
            (Expecting::AttributeName, Tok::Name(_)) => {
                end = next_end;
                Expecting::Operator
            }
            (Expecting::Operator, Tok::Dot) => Expecting::AttributeName,
            (Expecting::Operator, Tok::LPar | Tok::LSqb) | (Expecting::Operand, _)
                if is_open(next) =>
            {
                depth = 1;
                end = next_end;
                Expecting::Operator
            }
            (Expecting::Operator, _) if continues_expression(next) && !ends_operand(next) => {
                Expecting::Operand
            }
            (Expecting::Operand, _) if ends_operand(next) => {
                end = next_end;
                Expecting::Operator
            }
            (Expecting::Operand, _) if continues_expression(next) => Expecting::Operand,
            _ => break,
        };
    }
    end
}

/// Where the last token before a `:` outside brackets ends, reading on
/// from a token ending at `r`.
fn until_colon<'src, I: Iterator<Item = TokenResult<'src>>>(
    tokens: &mut TokenRecorder<'src, I>,
    r: usize,
) -> usize {
    let mut end = r;
    let mut depth = 0usize;
    while let Some((_, next, next_end)) = tokens.next_unread() {
        match next {
            Tok::Colon | Tok::Newline if depth == 0 => break,
            _ if is_open(next) => depth += 1,
            _ if is_close(next) => depth = depth.saturating_sub(1),
            _ => {}
        }
        end = next_end;
    }
    end
}

/// Where the logical line's last token (before NEWLINE) ends, reading on
/// from a token ending at `r`.
fn line_end<'src, I: Iterator<Item = TokenResult<'src>>>(
    tokens: &mut TokenRecorder<'src, I>,
    r: usize,
) -> usize {
    let mut end = r;
    while let Some((_, next, next_end)) = tokens.next_unread() {
        if matches!(next, Tok::Newline) {
            break;
        }
        end = next_end;
    }
    end
}

/// `=` where a condition or bracketed expression was expected:
/// "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" after a
/// name, "cannot assign to function call here. Maybe you meant '==' instead
/// of '='?" after other operands. `eq` is where the `=` starts.
fn equals_typo<'src, I: Iterator<Item = TokenResult<'src>>>(
    source: &str,
    tokens: &mut TokenRecorder<'src, I>,
    before: &[Token<'src>],
    eq: usize,
) -> Option<SyntaxError> {
    let (start, stop) = expression_before(before)?;
    let in_condition = matches!(stop, Some(Tok::If | Tok::Elif | Tok::While));
    let in_brackets = matches!(stop, Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::Comma))
        && inside_brackets(before);
    if !in_condition && !in_brackets {
        return None;
    }
    // The value after `=` must be one operand not followed by `=` or `:=`.
    let first = tokens.next_unread()?;
    if !starts_operand(first.1) && !is_open(first.1) && first.1 != Tok::Minus {
        return None;
    }
    let mut depth = usize::from(is_open(first.1));
    let mut end = first.2;
    while let Some((_, next, next_end)) = tokens.next_unread() {
        if depth == 0 && matches!(next, Tok::Equal | Tok::ColonEqual) {
            return None;
        }
        if depth == 0 && is_close(next) {
            break;
        }
        if depth == 0 && !continues_expression(next) && !is_open(next) {
            break;
        }
        if is_open(next) {
            depth += 1;
        } else if is_close(next) {
            depth = depth.saturating_sub(1);
        }
        end = next_end;
    }
    let target_tokens = before.iter().filter(|t| t.0 >= start).count();
    if target_tokens == 1 && matches!(before.last().map(|t| t.1), Some(Tok::Name(_))) {
        return Some(SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            Span::new(start, end),
        ));
    }
    let target_end = before.last().map_or(eq, |t| t.2);
    let target = crate::parser::parse_expression(source.get(start..target_end)?).ok()?;
    Some(SyntaxError::new(
        format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(&target.kind)
        ),
        Span::new(start, target_end),
    ))
}
