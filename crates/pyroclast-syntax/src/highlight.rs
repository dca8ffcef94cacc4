//! Token classes for syntax colouring (the REPL's input line). Works on any
//! text, complete or not: an unterminated string colours to the end of its
//! line, and nothing here can fail.

use std::ops::Range;

use logos::Logos;

use crate::token::Token;

/// Python's keywords (`keyword.kwlist`).
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// What a span of source is, for colouring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A keyword (`def`, `await`, `True`, ...).
    Keyword,
    /// A string, bytes or f-string literal.
    String,
    /// A number.
    Number,
    /// A comment.
    Comment,
}

/// The coloured spans of `src`, in order, as byte ranges.
pub fn highlight(src: &str) -> Vec<(Range<usize>, Class)> {
    let mut out = Vec::new();
    let mut lex = Token::lexer(src);
    let mut gap_start = 0;
    while let Some(tok) = lex.next() {
        let span = lex.span();
        comments(src, gap_start..span.start, &mut out);
        let class = match tok {
            Ok(Token::String(_)) => Some(Class::String),
            Ok(Token::Int(_) | Token::Float(_) | Token::Imag(_)) => Some(Class::Number),
            Ok(Token::Name(_)) => None,
            Ok(_) if KEYWORDS.contains(&&src[span.clone()]) => Some(Class::Keyword),
            Ok(_) => None,
            // An unterminated string: colour it to the end of its line.
            Err(_)
                if src[span.start..].starts_with(['\'', '"'])
                    || has_string_prefix(&src[span.start..]) =>
            {
                let end = src[span.start..]
                    .find('\n')
                    .map_or(src.len(), |i| span.start + i);
                out.push((span.start..end, Class::String));
                gap_start = end.max(span.end);
                if end > span.end {
                    lex.bump(end - span.end);
                }
                continue;
            }
            Err(_) => None,
        };
        if let Some(c) = class {
            out.push((span.clone(), c));
        }
        gap_start = span.end;
    }
    comments(src, gap_start..src.len(), &mut out);
    out
}

fn has_string_prefix(s: &str) -> bool {
    let prefix_len = s
        .bytes()
        .take_while(|b| matches!(b, b'r' | b'R' | b'b' | b'B' | b'f' | b'F' | b'u' | b'U'))
        .count();
    prefix_len > 0 && prefix_len <= 2 && s[prefix_len..].starts_with(['\'', '"'])
}

/// Comments in a stretch the lexer skipped (whitespace, comments and line
/// continuations only).
fn comments(src: &str, gap: Range<usize>, out: &mut Vec<(Range<usize>, Class)>) {
    let Some(text) = src.get(gap.clone()) else {
        return;
    };
    let mut offset = 0;
    while let Some(i) = text[offset..].find('#') {
        let start = offset + i;
        let end = text[start..].find('\n').map_or(text.len(), |j| start + j);
        out.push((gap.start + start..gap.start + end, Class::Comment));
        offset = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(src: &str) -> Vec<(&str, Class)> {
        highlight(src)
            .into_iter()
            .map(|(r, c)| (&src[r], c))
            .collect()
    }

    #[test]
    fn keywords_strings_numbers_comments() {
        assert_eq!(
            classes("async def f(x=1.5):  # go\n    return 'a' + x"),
            [
                ("async", Class::Keyword),
                ("def", Class::Keyword),
                ("1.5", Class::Number),
                ("# go", Class::Comment),
                ("return", Class::Keyword),
                ("'a'", Class::String),
            ]
        );
    }

    #[test]
    fn incomplete_input_never_fails() {
        assert_eq!(
            classes("x = f'abc\ny = 2"),
            [("f'abc", Class::String), ("2", Class::Number)]
        );
        assert_eq!(classes("s = '''open"), [("'''open", Class::String)]);
        for src in ["", "'", "\"\"\"", "0x", "1e", "\\", "$ ? !", "é = '"] {
            let _ = highlight(src);
        }
    }
}
