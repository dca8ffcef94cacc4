//! Raw tokens, recognised by logos. Line structure (NEWLINE/INDENT/DEDENT) is
//! added afterwards by [`crate::layout`]; strings are scanned by hand in a
//! callback because their end depends on the opening quote and prefix.

use std::rc::Rc;

use logos::{Lexer, Logos};
use num_bigint::BigInt;

use crate::error::{ErrorKind, SyntaxError};
use crate::strings::{self, StringLit};

/// An integer literal's value.
#[derive(Debug, Clone, PartialEq)]
pub enum IntLit {
    /// Fits in i64.
    Small(i64),
    /// Needs a big integer.
    Big(Rc<BigInt>),
}

/// A lexing failure: logos needs `Default` for the unrecognised-input case,
/// which [`crate::layout`] turns into CPython's `invalid character` message.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LexError(pub Option<Box<SyntaxError>>);

impl LexError {
    #[cold]
    fn at(kind: ErrorKind, msg: impl Into<String>, offset: usize) -> Self {
        LexError(Some(Box::new(SyntaxError::new(kind, msg, offset as u32))))
    }
}

/// Every token of the subset.
#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip r"#[^\r\n]*")]
#[logos(skip r"\\\r?\n")]
pub enum Token {
    /// Marker prepended by the driver: parse a module.
    StartModule,
    /// Marker prepended by the driver: parse one expression list.
    StartExpr,
    /// Marker prepended by the driver: parse one interactive input.
    StartInteractive,
    /// The soft keyword `match` heading a `match` statement (the layout
    /// pass turns the name into it; see [`crate::layout`]).
    Match,
    /// The soft keyword `case` starting a clause of a `match` statement.
    Case,
    /// `with` whose items are one parenthesised list (`with (a as b, c):`),
    /// told apart by the layout pass.
    WithParen,
    /// End of a logical line.
    Newline,
    /// Deeper indentation.
    Indent,
    /// Shallower indentation.
    Dedent,
    /// A physical newline (the layout pass decides what it means).
    #[regex(r"\r?\n")]
    #[token("\r")]
    RawNewline,
    /// `\` not followed by a newline.
    #[token("\\")]
    Backslash,

    /// An identifier.
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*", name)]
    Name(Rc<str>),
    /// An integer literal.
    #[regex(r"[0-9][0-9_]*", decimal_int)]
    #[regex(r"0[xX][0-9a-zA-Z_]*", |lex| radix_int(lex, 16, "hexadecimal"))]
    #[regex(r"0[oO][0-9a-zA-Z_]*", |lex| radix_int(lex, 8, "octal"))]
    #[regex(r"0[bB][0-9a-zA-Z_]*", |lex| radix_int(lex, 2, "binary"))]
    Int(IntLit),
    /// A float literal.
    #[regex(r"[0-9][0-9_]*\.([0-9][0-9_]*)?([eE][+-]?[0-9][0-9_]*)?", float)]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?", float)]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9][0-9_]*", float)]
    Float(f64),
    /// An imaginary literal (`1j`, `1.5e3J`): its imaginary part.
    #[regex(r"[0-9][0-9_]*[jJ]", imag)]
    #[regex(r"[0-9][0-9_]*\.([0-9][0-9_]*)?([eE][+-]?[0-9][0-9_]*)?[jJ]", imag)]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?[jJ]", imag)]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9][0-9_]*[jJ]", imag)]
    Imag(f64),
    /// A string, bytes or f-string literal.
    #[regex(
        r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?("""|'''|"|')"#,
        string
    )]
    String(StringLit),

    // Keywords.
    /// `False`
    #[token("False")]
    False,
    /// `None`
    #[token("None")]
    None,
    /// `True`
    #[token("True")]
    True,
    /// `and`
    #[token("and")]
    And,
    /// `as`
    #[token("as")]
    As,
    /// `assert`
    #[token("assert")]
    Assert,
    /// `async`
    #[token("async")]
    Async,
    /// `await`
    #[token("await")]
    Await,
    /// `break`
    #[token("break")]
    Break,
    /// `class`
    #[token("class")]
    Class,
    /// `continue`
    #[token("continue")]
    Continue,
    /// `def`
    #[token("def")]
    Def,
    /// `del`
    #[token("del")]
    Del,
    /// `elif`
    #[token("elif")]
    Elif,
    /// `else`
    #[token("else")]
    Else,
    /// `except`
    #[token("except")]
    Except,
    /// `finally`
    #[token("finally")]
    Finally,
    /// `for`
    #[token("for")]
    For,
    /// `from`
    #[token("from")]
    From,
    /// `global`
    #[token("global")]
    Global,
    /// `if`
    #[token("if")]
    If,
    /// `import`
    #[token("import")]
    Import,
    /// `in`
    #[token("in")]
    In,
    /// `is`
    #[token("is")]
    Is,
    /// `lambda`
    #[token("lambda")]
    Lambda,
    /// `nonlocal`
    #[token("nonlocal")]
    Nonlocal,
    /// `not`
    #[token("not")]
    Not,
    /// `or`
    #[token("or")]
    Or,
    /// `pass`
    #[token("pass")]
    Pass,
    /// `raise`
    #[token("raise")]
    Raise,
    /// `return`
    #[token("return")]
    Return,
    /// `try`
    #[token("try")]
    Try,
    /// `while`
    #[token("while")]
    While,
    /// `with`
    #[token("with")]
    With,
    /// `yield`
    #[token("yield")]
    Yield,

    // Operators and delimiters.
    /// `+`
    #[token("+")]
    Plus,
    /// `-`
    #[token("-")]
    Minus,
    /// `*`
    #[token("*")]
    Star,
    /// `**`
    #[token("**")]
    DoubleStar,
    /// `/`
    #[token("/")]
    Slash,
    /// `//`
    #[token("//")]
    DoubleSlash,
    /// `%`
    #[token("%")]
    Percent,
    /// `@`
    #[token("@")]
    At,
    /// `<<`
    #[token("<<")]
    LeftShift,
    /// `>>`
    #[token(">>")]
    RightShift,
    /// `&`
    #[token("&")]
    Amper,
    /// `|`
    #[token("|")]
    Vbar,
    /// `^`
    #[token("^")]
    Circumflex,
    /// `~`
    #[token("~")]
    Tilde,
    /// `:=`
    #[token(":=")]
    ColonEqual,
    /// `<`
    #[token("<")]
    Less,
    /// `>`
    #[token(">")]
    Greater,
    /// `<=`
    #[token("<=")]
    LessEqual,
    /// `>=`
    #[token(">=")]
    GreaterEqual,
    /// `==`
    #[token("==")]
    EqEqual,
    /// `!=`
    #[token("!=")]
    NotEqual,
    /// `!` (only meaningful inside f-strings)
    #[token("!")]
    Exclamation,
    /// `(`
    #[token("(")]
    Lpar,
    /// `)`
    #[token(")")]
    Rpar,
    /// `[`
    #[token("[")]
    Lsqb,
    /// `]`
    #[token("]")]
    Rsqb,
    /// `{`
    #[token("{")]
    Lbrace,
    /// `}`
    #[token("}")]
    Rbrace,
    /// `,`
    #[token(",")]
    Comma,
    /// `:`
    #[token(":")]
    Colon,
    /// `.`
    #[token(".")]
    Dot,
    /// `...`
    #[token("...")]
    Ellipsis,
    /// `;`
    #[token(";")]
    Semi,
    /// `=`
    #[token("=")]
    Equal,
    /// `->`
    #[token("->")]
    Rarrow,
    /// `+=`
    #[token("+=")]
    PlusEqual,
    /// `-=`
    #[token("-=")]
    MinusEqual,
    /// `*=`
    #[token("*=")]
    StarEqual,
    /// `/=`
    #[token("/=")]
    SlashEqual,
    /// `//=`
    #[token("//=")]
    DoubleSlashEqual,
    /// `%=`
    #[token("%=")]
    PercentEqual,
    /// `@=`
    #[token("@=")]
    AtEqual,
    /// `&=`
    #[token("&=")]
    AmperEqual,
    /// `|=`
    #[token("|=")]
    VbarEqual,
    /// `^=`
    #[token("^=")]
    CircumflexEqual,
    /// `<<=`
    #[token("<<=")]
    LeftShiftEqual,
    /// `>>=`
    #[token(">>=")]
    RightShiftEqual,
    /// `**=`
    #[token("**=")]
    DoubleStarEqual,
}

impl Token {
    /// How the token reads in an error message.
    pub fn describe(&self) -> String {
        match self {
            Token::Name(n) => n.to_string(),
            Token::Newline | Token::RawNewline => "NEWLINE".into(),
            Token::Indent => "INDENT".into(),
            Token::Dedent => "DEDENT".into(),
            other => format!("{other:?}"),
        }
    }
}

fn name(lex: &mut Lexer<Token>) -> Result<Rc<str>, LexError> {
    let s = lex.slice();
    let start = lex.span().start;
    for (i, c) in s.char_indices() {
        let ok = if i == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            c == '_' || unicode_ident::is_xid_continue(c)
        };
        if !ok {
            return Err(invalid_character(c, start + i));
        }
    }
    Ok(intern(s))
}

/// This thread's interned names, and the table size at which unused ones
/// are next dropped.
#[derive(Default)]
struct Interned {
    names: rustc_hash::FxHashSet<Rc<str>>,
    purge_at: usize,
}

thread_local! {
    static INTERNED: std::cell::RefCell<Interned> = std::cell::RefCell::default();
}

/// Smallest table size worth purging.
const FIRST_PURGE: usize = 4096;

/// One shared allocation per name on this thread: a name's uses, its
/// definition, the dict keys made from them and (when the runtime interns
/// them too) the builtins' names share one pointer, across every source
/// text parsed here, so the runtime's name comparisons settle on the
/// pointer. Names nothing else holds are dropped when the table doubles.
pub fn intern(s: &str) -> Rc<str> {
    intern_with(s, || Rc::from(s))
}

/// [`intern`] for a string already allocated: the table keeps `s` itself
/// when it holds no equal name yet (`sys.intern`).
pub fn intern_rc(s: &Rc<str>) -> Rc<str> {
    intern_with(s, || s.clone())
}

fn intern_with(s: &str, make: impl FnOnce() -> Rc<str>) -> Rc<str> {
    let found = INTERNED.try_with(|t| {
        let mut t = t.try_borrow_mut().ok()?;
        if let Some(n) = t.names.get(s) {
            return Some(n.clone());
        }
        if t.names.len() >= t.purge_at.max(FIRST_PURGE) {
            t.names.retain(|n| Rc::strong_count(n) > 1);
            t.purge_at = t.names.len() * 2;
        }
        let n = make();
        t.names.insert(n.clone());
        Some(n)
    });
    match found {
        Ok(Some(n)) => n,
        // The table is gone (thread teardown) or busy: no sharing then.
        _ => Rc::from(s),
    }
}

/// CPython's message for a character that can't start or continue a token.
#[cold]
pub(crate) fn invalid_character(c: char, offset: usize) -> LexError {
    let msg = if c.is_control() || c == '\u{a0}' || c.is_whitespace() {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    };
    LexError::at(ErrorKind::Syntax, msg, offset)
}

/// After a number, an identifier character means a malformed literal.
fn check_number_end(lex: &Lexer<Token>, what: &str) -> Result<(), LexError> {
    if let Some(c) = lex.remainder().chars().next()
        && (c.is_alphanumeric() || c == '_' || c == '.' && what != "decimal")
    {
        // `1if x else y` is legal in 3.11 (only deprecated); keywords after a
        // number are the one exception CPython keeps.
        let rest = lex.remainder();
        for kw in ["if", "else", "and", "or", "in", "is", "not", "for"] {
            if rest.starts_with(kw) && what == "decimal" {
                return Ok(());
            }
        }
        return Err(LexError::at(
            ErrorKind::Syntax,
            format!("invalid {what} literal"),
            lex.span().start,
        ));
    }
    Ok(())
}

fn decimal_int(lex: &mut Lexer<Token>) -> Result<IntLit, LexError> {
    let s = lex.slice();
    check_underscores(lex, s, "decimal")?;
    check_number_end(lex, "decimal")?;
    let digits: String = s.chars().filter(|&c| c != '_').collect();
    if digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0') {
        return Err(LexError::at(
            ErrorKind::Syntax,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            lex.span().start,
        ));
    }
    Ok(int_from_digits(&digits, 10))
}

fn check_underscores(lex: &Lexer<Token>, digits: &str, what: &str) -> Result<(), LexError> {
    if digits.ends_with('_') || digits.contains("__") {
        return Err(LexError::at(
            ErrorKind::Syntax,
            format!("invalid {what} literal"),
            lex.span().start,
        ));
    }
    Ok(())
}

fn radix_int(lex: &mut Lexer<Token>, radix: u32, what: &str) -> Result<IntLit, LexError> {
    let body = &lex.slice()[2..];
    let body = body.strip_prefix('_').unwrap_or(body);
    for c in body.chars() {
        if c == '_' {
            continue;
        }
        if !c.is_digit(radix) {
            let msg = if c.is_ascii_digit() {
                format!("invalid digit '{c}' in {what} literal")
            } else {
                format!("invalid {what} literal")
            };
            return Err(LexError::at(ErrorKind::Syntax, msg, lex.span().start));
        }
    }
    if body.is_empty() {
        return Err(LexError::at(
            ErrorKind::Syntax,
            format!("invalid {what} literal"),
            lex.span().start,
        ));
    }
    check_underscores(lex, body, what)?;
    check_number_end(lex, what)?;
    let digits: String = body.chars().filter(|&c| c != '_').collect();
    Ok(int_from_digits(&digits, radix))
}

fn int_from_digits(digits: &str, radix: u32) -> IntLit {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => IntLit::Small(v),
        Err(_) => match BigInt::parse_bytes(digits.as_bytes(), radix) {
            Some(b) => IntLit::Big(Rc::new(b)),
            None => IntLit::Small(0),
        },
    }
}

fn float(lex: &mut Lexer<Token>) -> Result<f64, LexError> {
    let s = lex.slice();
    if s.contains("__") || s.contains("_.") || s.contains("._") || s.ends_with('_') {
        return Err(LexError::at(
            ErrorKind::Syntax,
            "invalid decimal literal",
            lex.span().start,
        ));
    }
    check_number_end(lex, "decimal")?;
    let clean: String = s.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().map_err(|_| {
        LexError::at(
            ErrorKind::Syntax,
            "invalid decimal literal",
            lex.span().start,
        )
    })
}

fn imag(lex: &mut Lexer<Token>) -> Result<f64, LexError> {
    let s = &lex.slice()[..lex.slice().len() - 1];
    if s.contains("__") || s.contains("_.") || s.contains("._") || s.ends_with('_') {
        return Err(LexError::at(
            ErrorKind::Syntax,
            "invalid imaginary literal",
            lex.span().start,
        ));
    }
    check_number_end(lex, "imaginary")?;
    let clean: String = s.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().map_err(|_| {
        LexError::at(
            ErrorKind::Syntax,
            "invalid imaginary literal",
            lex.span().start,
        )
    })
}

fn string(lex: &mut Lexer<Token>) -> Result<StringLit, LexError> {
    let start = lex.span().start;
    let opener = lex.slice();
    let (quote, triple) = if opener.ends_with("\"\"\"") || opener.ends_with("'''") {
        (&opener[opener.len() - 3..], true)
    } else {
        (&opener[opener.len() - 1..], false)
    };
    let prefix = opener[..opener.len() - quote.len()].to_ascii_lowercase();
    let q = quote.as_bytes()[0];
    let rest = lex.remainder().as_bytes();
    let mut i = 0;
    let end = loop {
        match rest.get(i) {
            None => {
                let src = lex.source();
                let line = src.matches('\n').count() + 1 - usize::from(src.ends_with('\n'));
                if triple {
                    // Open to the end: more lines may close it.
                    let msg = format!(
                        "unterminated triple-quoted string literal (detected at line {line})"
                    );
                    let mut e = LexError::at(ErrorKind::Syntax, msg, start);
                    if let Some(err) = e.0.as_mut() {
                        err.incomplete = true;
                    }
                    return Err(e);
                }
                let line = src[..start].matches('\n').count() + 1;
                let msg = format!("unterminated string literal (detected at line {line})");
                return Err(LexError::at(ErrorKind::Syntax, msg, start));
            }
            Some(b'\\') => i += 2,
            Some(b'\n') if !triple => {
                let line = lex.source()[..start + opener.len() + i]
                    .matches('\n')
                    .count()
                    + 1;
                return Err(LexError::at(
                    ErrorKind::Syntax,
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                ));
            }
            Some(&c) if c == q => {
                if !triple {
                    break i;
                }
                if rest.get(i + 1) == Some(&q) && rest.get(i + 2) == Some(&q) {
                    break i;
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    };
    let body_offset = start + opener.len();
    let body = &lex.remainder()[..end];
    let mut lit =
        strings::decode(&prefix, body, body_offset).map_err(|e| LexError(Some(Box::new(e))))?;
    // Literals spelled like names share the names' strings, as CPython
    // interns them: `d["key"]` then finds the key made by `{"key": ...}`
    // or `obj.key` by its pointer.
    if let StringLit::Str(s) = &lit
        && !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        lit = StringLit::Str(intern(s));
    }
    lex.bump(end + quote.len());
    Ok(lit)
}
