//! Parse failures as CPython 3.11 reports them. lalrpop tells which token
//! it did not expect and what it expected instead; together with the
//! tokens read so far (kept by [`TokenRecorder`]) that is enough to give
//! CPython's class, message and position for the common cases:
//! indentation errors, "expected ':'", "Perhaps you forgot a comma?",
//! and plain "invalid syntax" at the offending token.

use super::TokenResult;
use crate::ast::Span;
use crate::token::Tok;
use crate::SyntaxError;
use lalrpop_util::ParseError;

/// Passes tokens on to the parser and keeps a copy of each, so that an
/// error can be explained from what came before it.
pub struct TokenRecorder<'src, I> {
    inner: I,
    history: Vec<(usize, Tok<'src>, usize)>,
}

impl<'src, I: Iterator<Item = TokenResult<'src>>> TokenRecorder<'src, I> {
    pub fn new(inner: I) -> Self {
        TokenRecorder {
            inner,
            history: Vec::new(),
        }
    }
}

impl<'src, I: Iterator<Item = TokenResult<'src>>> Iterator for TokenRecorder<'src, I> {
    type Item = TokenResult<'src>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.inner.next()?;
        if let Ok(token) = &item {
            self.history.push(*token);
        }
        Some(item)
    }
}

type LalrpopError<'src> = ParseError<usize, Tok<'src>, SyntaxError>;

/// Turns a lalrpop failure into CPython's error.
pub fn to_syntax_error<'src, I: Iterator<Item = TokenResult<'src>>>(
    err: LalrpopError<'src>,
    source: &str,
    tokens: &mut TokenRecorder<'src, I>,
) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", Span::new(location, location))
        }
        ParseError::ExtraToken { token: (l, _, r) } => {
            SyntaxError::new("invalid syntax", Span::new(l, r))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            unexpected_token(source, tokens, (location, None, location), &expected)
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => unexpected_token(source, tokens, (l, Some(tok), r), &expected),
    }
}

fn unexpected_token<'src, I: Iterator<Item = TokenResult<'src>>>(
    source: &str,
    tokens: &mut TokenRecorder<'src, I>,
    (l, tok, r): (usize, Option<Tok<'src>>, usize),
    expected: &[String],
) -> SyntaxError {
    let span = Span::new(l, r);
    // The history ends with the unexpected token itself (unless at EOF).
    let before: Vec<(usize, Tok<'src>, usize)> = match tok {
        Some(_) => tokens
            .history
            .split_last()
            .map_or(Vec::new(), |(_, rest)| rest.to_vec()),
        None => tokens.history.clone(),
    };
    let expects = |name: &str| expected.iter().any(|e| e == name);
    if tok == Some(Tok::Indent) {
        return SyntaxError::indentation("unexpected indent", span);
    }
    if expects("Indent") {
        if let Some(msg) = expected_block_message(source, &before) {
            return SyntaxError::indentation(msg, span);
        }
    }
    if expects("\":\"") && matches!(tok, Some(Tok::Newline)) {
        let at = before.last().map_or(l, |t| t.2);
        return SyntaxError::new("expected ':'", Span::new(at, at));
    }
    if before.last().is_some_and(|t| t.1 == Tok::Dedent) && is_try_body_end(&before) {
        return SyntaxError::new("expected 'except' or 'finally' block", span);
    }
    if let Some(tok) = tok {
        if let Some(err) = missing_comma(tokens, &before, (l, tok, r)) {
            return err;
        }
    }
    SyntaxError::new("invalid syntax", span)
}

/// For a block that should have started after `header:` NEWLINE, the
/// message naming the statement: "expected an indented block after 'if'
/// statement on line 3".
fn expected_block_message(source: &str, before: &[(usize, Tok<'_>, usize)]) -> Option<String> {
    // Find where the logical line holding the header starts.
    let newline_at = before.iter().rposition(|t| t.1 == Tok::Newline)?;
    let line = &before[..newline_at];
    let start = line
        .iter()
        .rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent))
        .map_or(0, |i| i + 1);
    let header = line.get(start..)?;
    let first = header.first()?;
    let keyword = match header.get(1) {
        Some(second) if first.1 == Tok::Async => second.1,
        _ => first.1,
    };
    let what = match keyword {
        Tok::If => "'if' statement".to_string(),
        Tok::Elif => "'elif' statement".to_string(),
        Tok::Else => "'else' statement".to_string(),
        Tok::While => "'while' statement".to_string(),
        Tok::For => "'for' statement".to_string(),
        Tok::With => "'with' statement".to_string(),
        Tok::Try => "'try' statement".to_string(),
        Tok::Finally => "'finally' statement".to_string(),
        Tok::Match => "'match' statement".to_string(),
        Tok::Case => "'case' statement".to_string(),
        Tok::Except if header.get(1).is_some_and(|t| t.1 == Tok::Star) => {
            "'except*' statement".to_string()
        }
        Tok::Except => "'except' statement".to_string(),
        Tok::Def => "function definition".to_string(),
        Tok::Class => "class definition".to_string(),
        _ => return None,
    };
    let lineno = line_number(source, first.0);
    Some(format!(
        "expected an indented block after {what} on line {lineno}"
    ))
}

fn line_number(source: &str, offset: usize) -> usize {
    crate::LineIndex::new(source).line_of(offset)
}

/// Whether the tokens end with the body of a `try:` block (so what comes
/// next had to be `except` or `finally`).
fn is_try_body_end(before: &[(usize, Tok<'_>, usize)]) -> bool {
    let mut depth = 0usize;
    for (i, t) in before.iter().enumerate().rev() {
        match t.1 {
            Tok::Dedent => depth += 1,
            Tok::Indent => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let header = &before[..i];
                    let n = header.len();
                    return n >= 3
                        && header[n - 3].1 == Tok::Try
                        && header[n - 2].1 == Tok::Colon
                        && header[n - 1].1 == Tok::Newline;
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether a token can end an operand.
fn ends_operand(tok: Tok<'_>) -> bool {
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
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
    )
}

/// Whether a token can only start an operand (it cannot continue one).
fn starts_operand(tok: Tok<'_>) -> bool {
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
            | Tok::LBrace
            | Tok::Tilde
            | Tok::Await
            | Tok::Lambda
            | Tok::Not
    )
}

fn is_open(tok: Tok<'_>) -> bool {
    matches!(tok, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::LParWith)
}

fn is_close(tok: Tok<'_>) -> bool {
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

/// CPython's "invalid syntax. Perhaps you forgot a comma?": inside
/// brackets, an operand directly followed by another one. The error spans
/// both expressions.
fn missing_comma<'src, I: Iterator<Item = TokenResult<'src>>>(
    tokens: &mut TokenRecorder<'src, I>,
    before: &[(usize, Tok<'src>, usize)],
    (_, tok, r): (usize, Tok<'src>, usize),
) -> Option<SyntaxError> {
    let prev = before.last()?;
    if !ends_operand(prev.1) || !starts_operand(tok) {
        return None;
    }
    if matches!(prev.1, Tok::Name(_)) && matches!(tok, Tok::String(_)) {
        return None;
    }
    // Walk back over the first expression, and make sure it sits inside
    // brackets.
    let mut depth = 0usize;
    let mut start = prev.0;
    let mut inside_brackets = false;
    for t in before.iter().rev() {
        if is_close(t.1) {
            depth += 1;
        } else if is_open(t.1) {
            if depth == 0 {
                inside_brackets = true;
                break;
            }
            depth -= 1;
        } else if depth == 0 && !continues_expression(t.1) {
            break;
        }
        start = t.0;
    }
    if !inside_brackets {
        let mut depth = 0usize;
        for t in before.iter() {
            if is_open(t.1) {
                depth += 1;
            } else if is_close(t.1) {
                depth = depth.saturating_sub(1);
            }
        }
        if depth == 0 {
            return None;
        }
    }
    let end = second_operand_end(tokens, tok, r);
    Some(SyntaxError::new(
        "invalid syntax. Perhaps you forgot a comma?",
        Span::new(start, end),
    ))
}

/// Where the operand starting with `tok` (ending at `r`) ends: through
/// balanced brackets and `.name` / call / subscript trailers.
fn second_operand_end<'src, I: Iterator<Item = TokenResult<'src>>>(
    tokens: &mut TokenRecorder<'src, I>,
    tok: Tok<'src>,
    r: usize,
) -> usize {
    let mut end = r;
    let mut depth = usize::from(is_open(tok));
    let mut after_dot = false;
    while let Some(Ok((_, next, next_end))) = tokens.inner.next() {
        if depth > 0 {
            if is_open(next) {
                depth += 1;
            } else if is_close(next) {
                depth -= 1;
            }
            end = next_end;
            continue;
        }
        match next {
            Tok::Dot => after_dot = true,
            Tok::Name(_) if after_dot => {
                after_dot = false;
                end = next_end;
            }
            Tok::LPar | Tok::LSqb => {
                depth = 1;
                end = next_end;
            }
            _ => break,
        }
    }
    end
}
