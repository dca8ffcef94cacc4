//! F-strings, split as CPython 3.11 does: the lexer returns the whole literal
//! as one token; here its body is cut into literal text and `{...}` fields, and
//! each field's expression is parsed with the grammar's expression entry.

use std::rc::Rc;

use crate::ast::{FStringPart, FormattedValue};
use crate::error::{ErrorKind, SyntaxError};
use crate::parser;
use crate::strings::unescape_str;

#[cold]
fn err(msg: &str, offset: usize) -> SyntaxError {
    SyntaxError::new(ErrorKind::Syntax, msg, offset as u32)
}

/// Appends literal text, merging with a preceding literal.
pub fn push_literal(out: &mut Vec<FStringPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = out.last_mut() {
        let mut s = prev.to_string();
        s.push_str(text);
        *prev = Rc::from(s);
    } else {
        out.push(FStringPart::Literal(Rc::from(text)));
    }
}

/// Splits an f-string body (the text between the quotes at `offset`).
pub fn parse(body: &str, raw: bool, offset: u32) -> Result<Vec<FStringPart>, SyntaxError> {
    let mut i = 0;
    let parts = parse_parts(body, &mut i, raw, offset as usize, false)?;
    Ok(parts)
}

fn parse_parts(
    body: &str,
    i: &mut usize,
    raw: bool,
    offset: usize,
    in_spec: bool,
) -> Result<Vec<FStringPart>, SyntaxError> {
    let b = body.as_bytes();
    let mut out = Vec::new();
    let mut chunk = String::new();
    let flush =
        |chunk: &mut String, out: &mut Vec<FStringPart>, at: usize| -> Result<(), SyntaxError> {
            if !chunk.is_empty() {
                let text = if raw {
                    chunk.clone()
                } else {
                    unescape_str(chunk, at)?
                };
                push_literal(out, &text);
                chunk.clear();
            }
            Ok(())
        };
    while *i < b.len() {
        match b[*i] {
            b'{' if !in_spec && b.get(*i + 1) == Some(&b'{') => {
                chunk.push('{');
                *i += 2;
            }
            b'{' => {
                flush(&mut chunk, &mut out, offset + *i)?;
                *i += 1;
                let field = parse_field(body, i, raw, offset, &mut out)?;
                out.push(FStringPart::Field(field));
            }
            b'}' if in_spec => break,
            b'}' if b.get(*i + 1) == Some(&b'}') => {
                chunk.push('}');
                *i += 2;
            }
            b'}' => return Err(err("f-string: single '}' is not allowed", offset + *i)),
            // An escaped backslash, and `\N{NAME}` whose braces are not a field.
            b'\\' if !raw && b.get(*i + 1) == Some(&b'\\') => {
                chunk.push_str("\\\\");
                *i += 2;
            }
            b'\\' if !raw && b.get(*i + 1) == Some(&b'N') && b.get(*i + 2) == Some(&b'{') => {
                let end = body[*i..].find('}').map_or(b.len(), |k| *i + k + 1);
                chunk.push_str(&body[*i..end]);
                *i = end;
            }
            _ => {
                let ch = body[*i..].chars().next().unwrap_or('\0');
                chunk.push(ch);
                *i += ch.len_utf8().max(1);
            }
        }
    }
    flush(&mut chunk, &mut out, offset + *i)?;
    Ok(out)
}

/// Parses one replacement field; `*i` is just past its `{`.
fn parse_field(
    body: &str,
    i: &mut usize,
    raw: bool,
    offset: usize,
    out: &mut Vec<FStringPart>,
) -> Result<FormattedValue, SyntaxError> {
    let b = body.as_bytes();
    let start = *i;
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut debug = false;
    let end = loop {
        let Some(&c) = b.get(*i) else {
            return Err(err("f-string: expecting '}'", offset + start));
        };
        if c == b'\\' {
            return Err(err(
                "f-string expression part cannot include a backslash",
                offset + *i,
            ));
        }
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            *i += 1;
            continue;
        }
        match c {
            b'#' => {
                return Err(err(
                    "f-string expression part cannot include '#'",
                    offset + *i,
                ));
            }
            b'\'' | b'"' => quote = Some(c),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' if depth > 0 => depth -= 1,
            b'}' | b':' if depth == 0 => break *i,
            b'!' | b'<' | b'>' | b'=' if b.get(*i + 1) == Some(&b'=') => {
                *i += 2;
                continue;
            }
            b'!' if depth == 0 => break *i,
            b'=' if depth == 0 => {
                debug = true;
                break *i;
            }
            _ => {}
        }
        *i += 1;
    };
    let text = &body[start..end];
    if text.trim().is_empty() {
        return Err(err(
            "f-string: empty expression not allowed",
            offset + start,
        ));
    }
    let value = parser::parse_fstring_expr(text, (offset + start) as u32)?;
    if debug {
        *i += 1;
        // The literal keeps the expression text and any spaces around `=`.
        let mut j = *i;
        while b.get(j).is_some_and(|c| c.is_ascii_whitespace()) {
            j += 1;
        }
        push_literal(out, &body[start..j]);
        *i = j;
    }
    let mut conversion = None;
    if b.get(*i) == Some(&b'!') {
        let c = body[*i + 1..].chars().next();
        match c {
            Some(c @ ('r' | 's' | 'a')) => conversion = Some(c),
            Some('}') | Some(':') | None => {
                return Err(err("f-string: missing conversion character", offset + *i));
            }
            Some(_) => {
                return Err(err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    offset + *i,
                ));
            }
        }
        *i += 2;
    }
    let mut spec = None;
    if b.get(*i) == Some(&b':') {
        *i += 1;
        spec = Some(parse_parts(body, i, raw, offset, true)?);
    }
    if b.get(*i) != Some(&b'}') {
        return Err(err("f-string: expecting '}'", offset + start));
    }
    *i += 1;
    if debug && conversion.is_none() && spec.is_none() {
        conversion = Some('r');
    }
    Ok(FormattedValue {
        value: Box::new(value),
        conversion,
        spec,
    })
}
