//! Drives the lalrpop parser over the layout pass's tokens and words its
//! failures as CPython 3.11 does.

use lalrpop_util::ParseError;

use crate::actions::Top;
use crate::ast::{Expr, Module};
use crate::error::{ErrorKind, SyntaxError, line_of};
use crate::layout::{self, Lexed, Stop};
use crate::token::Token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, missing_docs)]
    grammar,
    "/python.rs"
);

fn run(src: &str, lexed: &Lexed, marker: Token) -> Result<Top, SyntaxError> {
    let first = std::iter::once(Ok((0, marker, 0)));
    let tokens = lexed.tokens.iter().cloned().map(Ok);
    let tail = lexed.stop.iter().map(|s| Err(s.error().clone()));
    let stream = first.chain(tokens).chain(tail);
    let result = stacker::maybe_grow(256 * 1024, 16 * 1024 * 1024, || {
        grammar::TopParser::new().parse(stream)
    });
    result.map_err(|e| explain(src, lexed, e))
}

/// Parses a module body (no resolution).
pub fn parse_module_unresolved(src: &str) -> Result<Module, SyntaxError> {
    let lexed = layout::tokenize(src, 0, false);
    match run(src, &lexed, Token::StartModule)? {
        Top::Module(body) => Ok(Module {
            body,
            ..Module::default()
        }),
        Top::Expr(_) => Ok(Module::default()),
    }
}

/// Parses a single expression (list), as `eval()` does.
pub fn parse_expression(src: &str) -> Result<Expr, SyntaxError> {
    let lexed = layout::tokenize(src, 0, true);
    expression(src, &lexed)
}

fn expression(src: &str, lexed: &Lexed) -> Result<Expr, SyntaxError> {
    match run(src, lexed, Token::StartExpr)? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) => Err(SyntaxError::new(ErrorKind::Syntax, "invalid syntax", 0)),
    }
}

/// Parses the expression of an f-string field located at `base`.
pub(crate) fn parse_fstring_expr(text: &str, base: u32) -> Result<Expr, SyntaxError> {
    let lexed = layout::tokenize(text, base, true);
    expression(text, &lexed).map_err(|mut e| {
        if !e.msg.starts_with("f-string") {
            e.msg = format!("f-string: {}", e.msg);
        }
        e
    })
}

type RawError = ParseError<u32, Token, SyntaxError>;

/// Turns lalrpop's error into CPython's, then applies CPython's precedence:
/// a tokenizer error anywhere later in the file wins over a parser error.
fn explain(src: &str, lexed: &Lexed, e: RawError) -> SyntaxError {
    let parse_error = match e {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => {
            SyntaxError::new(ErrorKind::Syntax, "invalid syntax", location)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            eof_error(src, lexed, location, &expected).incomplete()
        }
        ParseError::UnrecognizedToken { token, expected } => {
            let err = token_error(src, lexed, token, &expected);
            if err.kind == ErrorKind::Indentation && err.msg.starts_with("unexpected") {
                return err;
            }
            err
        }
        ParseError::ExtraToken { token } => {
            SyntaxError::new(ErrorKind::Syntax, "invalid syntax", token.0)
        }
    };
    match &lexed.stop {
        Some(Stop::Error(e)) => e.clone(),
        Some(Stop::Unclosed(e)) if line_of(src, parse_error.offset) > line_of(src, e.offset) => {
            e.clone()
        }
        _ => parse_error,
    }
}

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == what)
}

/// Index of the token starting at `offset`.
fn index_of(lexed: &Lexed, offset: u32) -> usize {
    lexed.tokens.partition_point(|t| t.0 < offset)
}

/// "expected an indented block after 'if' statement on line N".
fn missing_block(src: &str, lexed: &Lexed, before: usize, at: u32) -> SyntaxError {
    // Walk back to the header: the first token of the logical line that ends
    // with the NEWLINE just before `before`.
    let toks = &lexed.tokens[..before.min(lexed.tokens.len())];
    let mut end = toks.len();
    while end > 0
        && matches!(
            toks[end - 1].1,
            Token::Newline | Token::Dedent | Token::Indent
        )
    {
        end -= 1;
    }
    let mut start = end;
    while start > 0
        && !matches!(
            toks[start - 1].1,
            Token::Newline | Token::Indent | Token::Dedent
        )
    {
        start -= 1;
    }
    let mut header = toks.get(start);
    if let Some((_, Token::Async, _)) = header {
        header = toks.get(start + 1);
    }
    let Some((hpos, htok, _)) = header else {
        return SyntaxError::new(ErrorKind::Indentation, "expected an indented block", at);
    };
    let what = match htok {
        Token::If => "'if' statement",
        Token::Elif => "'elif' statement",
        Token::Else => "'else' statement",
        Token::For => "'for' statement",
        Token::While => "'while' statement",
        Token::With | Token::WithParen => "'with' statement",
        Token::Match => "'match' statement",
        Token::Case => "'case' statement",
        Token::Try => "'try' statement",
        Token::Except => "'except' statement",
        Token::Finally => "'finally' statement",
        Token::Def => "function definition",
        Token::Class => "class definition",
        _ => return SyntaxError::new(ErrorKind::Indentation, "expected an indented block", at),
    };
    let line = line_of(src, *hpos);
    SyntaxError::new(
        ErrorKind::Indentation,
        format!("expected an indented block after {what} on line {line}"),
        at,
    )
}

fn eof_error(src: &str, lexed: &Lexed, location: u32, expected: &[String]) -> SyntaxError {
    if expects(expected, "INDENT") {
        return missing_block(src, lexed, lexed.tokens.len(), location);
    }
    if expects(expected, "except") || expects(expected, "finally") {
        return SyntaxError::new(
            ErrorKind::Syntax,
            "expected 'except' or 'finally' block",
            location,
        );
    }
    SyntaxError::new(ErrorKind::Syntax, "invalid syntax", location)
}

fn starts_atom(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::String(_)
            | Token::None
            | Token::True
            | Token::False
            | Token::Lpar
            | Token::Lsqb
            | Token::Lbrace
            | Token::Ellipsis
            | Token::Lambda
            | Token::Not
            | Token::Await
            | Token::Tilde
    )
}

fn ends_atom(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::String(_)
            | Token::None
            | Token::True
            | Token::False
            | Token::Rpar
            | Token::Rsqb
            | Token::Rbrace
            | Token::Ellipsis
    )
}

fn token_error(
    src: &str,
    lexed: &Lexed,
    token: (u32, Token, u32),
    expected: &[String],
) -> SyntaxError {
    let (at, tok, _) = token;
    let idx = index_of(lexed, at);
    let prev = idx
        .checked_sub(1)
        .and_then(|i| lexed.tokens.get(i))
        .map(|t| &t.1);
    // The input stopped inside a block that needs more (a header's body, a
    // `try`'s handlers) when only the layout closing the input is left:
    // more lines may complete it (the REPL asks for them).
    let at_end = lexed.stop.is_none()
        && lexed.tokens[idx.min(lexed.tokens.len())..]
            .iter()
            .all(|t| matches!(t.1, Token::Newline | Token::Dedent));
    let block_missing =
        expects(expected, "INDENT") || expects(expected, "except") || expects(expected, "finally");
    let e = token_error_inner(src, lexed, (at, tok, token.2), expected, idx, prev);
    if at_end && block_missing {
        e.incomplete()
    } else {
        e
    }
}

fn token_error_inner(
    src: &str,
    lexed: &Lexed,
    token: (u32, Token, u32),
    expected: &[String],
    idx: usize,
    prev: Option<&Token>,
) -> SyntaxError {
    let (at, tok, _) = token;
    let syntax = |msg: &str| SyntaxError::new(ErrorKind::Syntax, msg, at);
    if expects(expected, "INDENT") {
        return missing_block(src, lexed, idx, at);
    }
    match tok {
        Token::Indent => return SyntaxError::new(ErrorKind::Indentation, "unexpected indent", at),
        Token::Dedent => {
            return SyntaxError::new(ErrorKind::Indentation, "unexpected unindent", at);
        }
        Token::Newline if expects(expected, ":") => return syntax("expected ':'"),
        _ => {}
    }
    if expects(expected, "else") && tok != Token::Else && !expects(expected, "NEWLINE") {
        return syntax("expected 'else' after 'if' expression");
    }
    if (expects(expected, "except") || expects(expected, "finally"))
        && !matches!(tok, Token::Except | Token::Finally)
    {
        return syntax("expected 'except' or 'finally' block");
    }
    if let Some(Token::Name(n)) = prev
        && (&**n == "print" || &**n == "exec")
        && starts_atom(&tok)
    {
        let before = idx
            .checked_sub(2)
            .and_then(|i| lexed.tokens.get(i))
            .map(|t| &t.1);
        if matches!(
            before,
            None | Some(Token::Newline | Token::Indent | Token::Dedent)
        ) {
            return SyntaxError::new(
                ErrorKind::Syntax,
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                lexed.tokens[idx - 1].0,
            );
        }
    }
    if matches!(tok, Token::Rbrace | Token::Comma) && dict_key_without_value(lexed, idx) {
        return syntax("':' expected after dictionary key");
    }
    if tok == Token::Equal
        && let Some(msg) = assignment_hint(src, lexed, idx)
    {
        return SyntaxError::new(ErrorKind::Syntax, msg, at);
    }
    if let Some(p) = prev
        && ends_atom(p)
        && starts_atom(&tok)
        && !matches!((p, &tok), (Token::Name(_), Token::String(_)))
        && bracket_depth(&lexed.tokens[..idx]) > 0
    {
        return syntax("invalid syntax. Perhaps you forgot a comma?");
    }
    syntax("invalid syntax")
}

/// CPython's `invalid_kvpair`: inside a `{...}` that already holds a
/// `key: value` pair, the item ending at `idx` has no `:`.
fn dict_key_without_value(lexed: &Lexed, idx: usize) -> bool {
    let toks = &lexed.tokens;
    let mut depth = 0i32;
    let mut item_has_colon = false;
    let mut seen_comma = false;
    let mut i = idx;
    while i > 0 {
        i -= 1;
        match &toks[i].1 {
            Token::Rpar | Token::Rsqb | Token::Rbrace => depth += 1,
            Token::Lpar | Token::Lsqb if depth == 0 => return false,
            Token::Lpar | Token::Lsqb => depth -= 1,
            Token::Lbrace if depth == 0 => return false,
            Token::Lbrace => depth -= 1,
            Token::Lambda if depth == 0 => return false,
            Token::Colon if depth == 0 => {
                if !seen_comma {
                    item_has_colon = true;
                } else {
                    // An earlier pair: the failing item lacked its colon.
                    return !item_has_colon;
                }
            }
            Token::Comma if depth == 0 => seen_comma = true,
            Token::Newline | Token::Indent | Token::Dedent => return false,
            _ => {}
        }
    }
    false
}

/// CPython's `invalid_named_expression`: `if x = 1:` and `[f() = 1]`
/// suggest `==`. Finds the expression before the `=` at `idx` and words the
/// hint by its kind.
fn assignment_hint(src: &str, lexed: &Lexed, idx: usize) -> Option<String> {
    let toks = &lexed.tokens;
    let mut depth = 0i32;
    let mut start = idx;
    while start > 0 {
        let t = &toks[start - 1].1;
        match t {
            Token::Rpar | Token::Rsqb | Token::Rbrace => depth += 1,
            Token::Lpar | Token::Lsqb | Token::Lbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            _ if depth > 0 => {}
            Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::String(_)
            | Token::None
            | Token::True
            | Token::False
            | Token::Dot
            | Token::Ellipsis
            | Token::Plus
            | Token::Minus
            | Token::Star
            | Token::DoubleStar
            | Token::Slash
            | Token::DoubleSlash
            | Token::Percent
            | Token::At
            | Token::LeftShift
            | Token::RightShift
            | Token::Amper
            | Token::Vbar
            | Token::Circumflex
            | Token::Tilde
            | Token::Await => {}
            _ => break,
        }
        start -= 1;
    }
    if start == idx || depth != 0 {
        return None;
    }
    // `x += 1 = 2`: the part after an augmented assignment gets no hint.
    if start > 0
        && matches!(
            toks[start - 1].1,
            Token::PlusEqual
                | Token::MinusEqual
                | Token::StarEqual
                | Token::SlashEqual
                | Token::DoubleSlashEqual
                | Token::PercentEqual
                | Token::AtEqual
                | Token::AmperEqual
                | Token::VbarEqual
                | Token::CircumflexEqual
                | Token::LeftShiftEqual
                | Token::RightShiftEqual
                | Token::DoubleStarEqual
        )
    {
        return None;
    }
    // The value after `=` must start an expression and not be another `=`.
    let next = toks.get(idx + 1).map(|t| &t.1)?;
    if !starts_atom(next) && !matches!(next, Token::Minus | Token::Plus) {
        return None;
    }
    let text = src.get(toks[start].0 as usize..toks[idx].0 as usize)?;
    let lexed_expr = layout::tokenize(text, 0, true);
    let expr = expression(text, &lexed_expr).ok()?;
    use crate::ast::{Constant, ExprKind};
    match &expr.kind {
        ExprKind::Name(_) => {
            Some("invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into())
        }
        ExprKind::List(_)
        | ExprKind::Tuple(_)
        | ExprKind::Constant(Constant::None | Constant::Bool(_)) => None,
        ExprKind::Comprehension(c) if c.kind == crate::ast::ComprehensionKind::Generator => None,
        _ => Some(format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            crate::actions::expr_name(&expr)
        )),
    }
}

fn bracket_depth(tokens: &[layout::Spanned]) -> i32 {
    let mut depth = 0;
    for (_, t, _) in tokens {
        match t {
            Token::Lpar | Token::Lsqb | Token::Lbrace => depth += 1,
            Token::Rpar | Token::Rsqb | Token::Rbrace => depth -= 1,
            Token::Newline => depth = 0,
            _ => {}
        }
    }
    depth
}
