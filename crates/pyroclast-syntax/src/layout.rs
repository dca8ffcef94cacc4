//! The layout pass: turns logos's raw tokens into Python's logical lines,
//! emitting NEWLINE, INDENT and DEDENT, dropping newlines inside brackets and
//! blank or comment-only lines, and reporting bracket and indentation errors
//! with CPython's wording.

use logos::Logos;

use crate::error::{ErrorKind, SyntaxError, line_of};
use crate::token::{LexError, Token, invalid_character};

/// A token with its byte span, as lalrpop's external lexer interface wants.
pub type Spanned = (u32, Token, u32);

/// CPython's limits on nesting (tokenizer.c MAXLEVEL / MAXINDENT).
const MAX_BRACKETS: usize = 200;
const MAX_INDENT: usize = 100;

/// Why tokenizing stopped early.
#[derive(Debug, Clone)]
pub enum Stop {
    /// A tokenizer error.
    Error(SyntaxError),
    /// End of input with a bracket still open (`'(' was never closed`).
    Unclosed(SyntaxError),
}

impl Stop {
    /// The error to report.
    pub fn error(&self) -> &SyntaxError {
        match self {
            Stop::Error(e) | Stop::Unclosed(e) => e,
        }
    }
}

/// The whole token stream of a source, up to the first error.
#[derive(Debug)]
pub struct Lexed {
    /// Tokens, in order.
    pub tokens: Vec<Spanned>,
    /// Set when tokenizing stopped at an error.
    pub stop: Option<Stop>,
}

/// Tokenizes `src`. `base` is added to every offset (for f-string fields);
/// `expression` treats the input as if it were inside brackets, so newlines
/// and indentation don't count.
pub fn tokenize(src: &str, base: u32, expression: bool) -> Lexed {
    let mut out = Lexed {
        tokens: Vec::new(),
        stop: None,
    };
    if let Err(stop) = run(src, base, expression, &mut out.tokens) {
        out.stop = Some(stop);
    }
    out
}

fn run(src: &str, base: u32, expression: bool, tokens: &mut Vec<Spanned>) -> Result<(), Stop> {
    let mut lex = Token::lexer(src);
    // (column with tabs to multiples of 8, column with tabs as 1), as CPython
    // compares both to detect inconsistent tabs.
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    // Parallel to `indents`: the block is a `match` statement's, whose lines
    // start with the soft keyword `case`.
    let mut case_blocks: Vec<bool> = vec![false];
    // (opening byte, its offset, the index of a `with` token it directly
    // follows at the start of the `with` items).
    let mut brackets: Vec<(u8, u32, Option<usize>)> = Vec::new();
    let mut at_line_start = true;
    // The index of a `match` name that starts the current logical line: it
    // is the soft keyword if the line ends with `:`.
    let mut match_line: Option<usize> = None;
    // The previous logical line was a `match` header: the block it opens
    // holds its `case` clauses.
    let mut pending_match = false;
    // The token just pushed closed the bracket opened right after `with`.
    let mut closed_with: Option<usize> = None;
    let pos = |o: usize| o as u32 + base;
    let error = |msg: String, kind: ErrorKind, o: usize| {
        Stop::Error(SyntaxError::new(kind, msg, o as u32 + base))
    };
    while let Some(item) = lex.next() {
        let span = lex.span();
        let mut tok = match item {
            Ok(t) => t,
            Err(LexError(Some(mut e))) => {
                e.offset += base;
                return Err(Stop::Error(*e));
            }
            Err(LexError(None)) => {
                let c = src[span.start..].chars().next().unwrap_or('\0');
                let mut e = invalid_character(c, span.start);
                if let LexError(Some(inner)) = &mut e {
                    inner.offset += base;
                    return Err(Stop::Error((**inner).clone()));
                }
                return Err(error(
                    "invalid syntax".into(),
                    ErrorKind::Syntax,
                    span.start,
                ));
            }
        };
        let implicit = expression || !brackets.is_empty();
        // `with (a as b, c):` when the bracket after `with` closes right
        // before the header's colon: the grammar's parenthesised item list.
        if let Some(i) = closed_with.take()
            && tok == Token::Colon
        {
            tokens[i].1 = Token::WithParen;
        }
        match tok {
            Token::RawNewline => {
                if !implicit && !at_line_start {
                    end_line(tokens, &mut match_line, &mut pending_match);
                    tokens.push((pos(span.start), Token::Newline, pos(span.end)));
                    at_line_start = true;
                }
                continue;
            }
            Token::Backslash => {
                if span.end == src.len() {
                    // A continuation at the end: more input would fix it.
                    let e = SyntaxError::new(
                        ErrorKind::Syntax,
                        "unexpected EOF while parsing",
                        pos(span.start),
                    );
                    return Err(Stop::Error(e.incomplete()));
                }
                let msg = "unexpected character after line continuation character";
                return Err(error(msg.into(), ErrorKind::Syntax, span.start));
            }
            _ => {}
        }
        if at_line_start && !implicit {
            at_line_start = false;
            let line_start = src[..span.start].rfind('\n').map_or(0, |i| i + 1);
            let (mut col, mut alt) = (0usize, 0usize);
            for c in src[line_start..span.start].chars() {
                match c {
                    ' ' => {
                        col += 1;
                        alt += 1;
                    }
                    '\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    '\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => {}
                }
            }
            let &(top, top_alt) = indents.last().unwrap_or(&(0, 0));
            if col > top {
                if alt <= top_alt {
                    return Err(error(
                        "inconsistent use of tabs and spaces in indentation".into(),
                        ErrorKind::Tab,
                        span.start,
                    ));
                }
                if indents.len() >= MAX_INDENT {
                    return Err(error(
                        "too many levels of indentation".into(),
                        ErrorKind::Indentation,
                        span.start,
                    ));
                }
                indents.push((col, alt));
                case_blocks.push(pending_match);
                tokens.push((pos(line_start), Token::Indent, pos(span.start)));
            } else if col < top {
                while indents.last().is_some_and(|&(c, _)| col < c) {
                    indents.pop();
                    case_blocks.pop();
                    tokens.push((pos(span.start), Token::Dedent, pos(span.start)));
                }
                let &(now, now_alt) = indents.last().unwrap_or(&(0, 0));
                if col != now {
                    return Err(error(
                        "unindent does not match any outer indentation level".into(),
                        ErrorKind::Indentation,
                        span.start,
                    ));
                }
                if alt != now_alt {
                    return Err(error(
                        "inconsistent use of tabs and spaces in indentation".into(),
                        ErrorKind::Tab,
                        span.start,
                    ));
                }
            } else if alt != top_alt {
                return Err(error(
                    "inconsistent use of tabs and spaces in indentation".into(),
                    ErrorKind::Tab,
                    span.start,
                ));
            }
            pending_match = false;
            if let Token::Name(n) = &tok {
                if &**n == "match" {
                    match_line = Some(tokens.len());
                } else if &**n == "case" && case_blocks.last() == Some(&true) {
                    tok = Token::Case;
                }
            }
        }
        match tok {
            Token::Lpar | Token::Lsqb | Token::Lbrace => {
                if brackets.len() >= MAX_BRACKETS {
                    return Err(error(
                        "too many nested parentheses".into(),
                        ErrorKind::Syntax,
                        span.start,
                    ));
                }
                let after_with = match tokens.last() {
                    Some((_, Token::With, _)) if tok == Token::Lpar && brackets.is_empty() => {
                        Some(tokens.len() - 1)
                    }
                    _ => None,
                };
                brackets.push((src.as_bytes()[span.start], pos(span.start), after_with));
            }
            Token::Rpar | Token::Rsqb | Token::Rbrace => {
                let close = src.as_bytes()[span.start];
                let popped = brackets.pop();
                if let Some((_, _, Some(w))) = popped
                    && tokens.len() > w + 2
                {
                    closed_with = Some(w);
                }
                match popped.map(|(open, at, _)| (open, at)) {
                    None => {
                        return Err(error(
                            format!("unmatched '{}'", close as char),
                            ErrorKind::Syntax,
                            span.start,
                        ));
                    }
                    Some((open, at)) => {
                        let expected = match open {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if close != expected {
                            let open_line = line_of(src, at - base);
                            let close_line = line_of(src, span.start as u32);
                            let msg = if open_line == close_line {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    close as char, open as char
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {open_line}",
                                    close as char, open as char
                                )
                            };
                            return Err(error(msg, ErrorKind::Syntax, span.start));
                        }
                    }
                }
            }
            _ => {}
        }
        tokens.push((pos(span.start), tok, pos(span.end)));
    }
    if let Some(&(open, at, _)) = brackets.last() {
        // `with (a as b,` cut short: parse it as the item list it may
        // become, so that the REPL asks for more instead of failing at `as`.
        if let Some(&(_, _, Some(w))) = brackets.first() {
            tokens[w].1 = Token::WithParen;
        }
        let e = SyntaxError::new(
            ErrorKind::Syntax,
            format!("'{}' was never closed", open as char),
            at,
        );
        return Err(Stop::Unclosed(e.incomplete()));
    }
    let end = pos(src.len());
    if !at_line_start && !expression {
        end_line(tokens, &mut match_line, &mut pending_match);
        tokens.push((end, Token::Newline, end));
    }
    for _ in 1..indents.len() {
        tokens.push((end, Token::Dedent, end));
    }
    Ok(())
}

/// At the end of a logical line: a line that starts with the name `match`
/// and ends with `:` is a `match` statement's header (no other statement
/// starting with a name can end with a colon), so that `match` is the soft
/// keyword; anywhere else it stays a name (`match = 1`, `match(x)`).
fn end_line(tokens: &mut [Spanned], match_line: &mut Option<usize>, pending_match: &mut bool) {
    if let Some(i) = match_line.take()
        && matches!(tokens.last(), Some((_, Token::Colon, _)))
        && tokens.len() > i + 2
    {
        tokens[i].1 = Token::Match;
        *pending_match = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        let l = tokenize(src, 0, false);
        assert!(l.stop.is_none(), "{:?}", l.stop);
        l.tokens
            .into_iter()
            .map(|(_, t, _)| match t {
                Token::Newline => "NL".into(),
                Token::Indent => "IN".into(),
                Token::Dedent => "DE".into(),
                Token::Name(n) => n.to_string(),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn blocks_blank_lines_and_comments() {
        let src = "if a:\n    b\n\n    # c\n  \n    d\ne\n";
        assert_eq!(
            kinds(src),
            [
                "If", "a", "Colon", "NL", "IN", "b", "NL", "d", "NL", "DE", "e", "NL"
            ]
        );
    }

    #[test]
    fn brackets_join_lines() {
        assert_eq!(kinds("x = (1,\n  2)\n").len(), 8);
        assert_eq!(
            kinds("x = 1 + \\\n  2\n"),
            ["x", "Equal", "Int(Small(1))", "Plus", "Int(Small(2))", "NL"]
        );
    }

    #[test]
    fn dedent_at_eof_and_tabs() {
        assert_eq!(
            kinds("if a:\n\tif b:\n\t\tc"),
            [
                "If", "a", "Colon", "NL", "IN", "If", "b", "Colon", "NL", "IN", "c", "NL", "DE",
                "DE"
            ]
        );
    }

    #[test]
    fn bad_dedent() {
        let l = tokenize("if a:\n    b\n  c\n", 0, false);
        let e = l.stop.expect("error").error().clone();
        assert_eq!(
            e.to_string(),
            "IndentationError: unindent does not match any outer indentation level"
        );
    }

    #[test]
    fn bracket_errors() {
        let e = |s: &str| {
            tokenize(s, 0, false)
                .stop
                .expect("error")
                .error()
                .to_string()
        };
        assert_eq!(e("x = (1\n"), "SyntaxError: '(' was never closed");
        assert_eq!(e("x = 1)\n"), "SyntaxError: unmatched ')'");
        assert_eq!(
            e("x = (1]\n"),
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('"
        );
    }
}
