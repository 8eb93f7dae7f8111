//! The token enum: what the logos scanner recognises in Python source, plus
//! the tokens that only the indentation layer (`lexer`) produces.
//!
//! Tokens borrow their text from the source; literals stay undecoded here
//! and are decoded by `literal` when the parser builds the AST. Names,
//! numbers, strings and backslash continuations are finished by the
//! callbacks in `lexer::scan`, which also report CPython's errors for them.

use crate::lexer::{scan, ScanError};
use logos::Logos;

/// One token of Python source.
///
/// `Indent`, `Dedent`, `Match`, `Case`, `LParWith`, `Float` and `Imag` are
/// never produced by the logos scanner itself: the lexer layer in `lexer`
/// makes them (soft keywords are decided by looking ahead along the logical
/// line; the scanner reports every number as `Int` and the layer tells the
/// three number kinds apart). There is no end-of-file token: the parser
/// sees the end of the token stream.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(error = ScanError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(skip(r"\\", callback = scan::line_continuation))]
pub enum Tok<'src> {
    /// An identifier, not yet NFKC-normalised.
    #[regex(
        r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*",
        scan::name
    )]
    Name(&'src str),
    /// An integer literal as written (`0x_ff`, `1_000`).
    #[regex(r"[0-9]|\.[0-9]", scan::number)]
    Int(&'src str),
    /// A float literal as written (`1.5e-3`, `.5`, `1.`).
    Float(&'src str),
    /// An imaginary literal as written, including its `j` (`1.5j`).
    Imag(&'src str),
    /// A string or bytes literal as written: prefix, quotes and body.
    #[regex(
        r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#,
        scan::string
    )]
    String(&'src str),

    /// End of a logical line. The scanner reports every line break; the
    /// lexer layer drops those inside brackets and after blank lines.
    #[regex(r"\r\n|\r|\n")]
    Newline,
    Indent,
    Dedent,

    // Keywords.
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,
    /// The soft keyword `match` where it starts a match statement.
    Match,
    /// The soft keyword `case` where it starts a case block.
    Case,

    // Brackets.
    #[token("(")]
    LPar,
    /// A `(` right after `with` that opens parenthesised with-items
    /// (`with (a as b, c):`), told apart from a parenthesised expression
    /// by the lexer.
    LParWith,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,

    // Operators and delimiters.
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}
