//! Replacement templates (`sub`, `Match.expand`): literal text and group
//! references (`\1`, `\g<name>`, `\g<0>`), with CPython's escapes and
//! errors.

use super::parser::{ParseError, Source, Tok, is_digit, is_oct, py_repr};
use super::{Found, Subject};
use crate::object::exc_kind::ExcKind;
use crate::object::value::Value;
use crate::{Interp, PyResult};

/// A piece of a template.
pub enum Piece {
    /// Literal text, a str or bytes value.
    Lit(Value),
    /// A group's text (empty when the group did not take part).
    Group(usize),
}

/// What a template parse can fail with.
pub enum TemplateError {
    /// `re.error` at a position of the template.
    Re(ParseError),
    /// IndexError (an unknown group name).
    Index(String),
}

impl From<ParseError> for TemplateError {
    fn from(e: ParseError) -> Self {
        TemplateError::Re(e)
    }
}

fn simple_escape(c: char) -> Option<char> {
    Some(match c {
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        '\\' => '\\',
        _ => return None,
    })
}

/// Parses `chars` (a str, or bytes read as Latin-1) against a pattern with
/// `groups` groups named by `index_of`.
pub fn parse(
    chars: &[char],
    is_str: bool,
    groups: usize,
    index_of: &dyn Fn(&str) -> Option<usize>,
) -> Result<Vec<Piece>, TemplateError> {
    let mut s = Source::new(chars, is_str)?;
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let lit = |text: &mut String| -> Value {
        let t = std::mem::take(text);
        if is_str {
            Value::str(&t)
        } else {
            Value::Bytes(
                t.chars()
                    .map(|c| c as u32 as u8)
                    .collect::<Vec<u8>>()
                    .into(),
            )
        }
    };
    let add_group =
        |s: &Source, literal: &mut String, pieces: &mut Vec<Piece>, index: u64, pos: usize| {
            if index > groups as u64 {
                return Err(s.error(format!("invalid group reference {index}"), pos));
            }
            if !literal.is_empty() {
                pieces.push(Piece::Lit(lit(literal)));
            }
            pieces.push(Piece::Group(index as usize));
            Ok(())
        };
    while let Some(this) = s.get()? {
        let c = match this {
            Tok::Ch(c) => {
                literal.push(c);
                continue;
            }
            Tok::Esc(c) => c,
        };
        if c == 'g' {
            if !s.matches('<')? {
                return Err(s.error("missing <", 0).into());
            }
            let name = s.getuntil('>', "group name")?;
            let off = name.chars().count() + 1;
            let index = if crate::protocol::text::unicode::is_identifier(&name) {
                match index_of(&name) {
                    Some(i) => i as u64,
                    None => {
                        return Err(TemplateError::Index(format!(
                            "unknown group name {}",
                            py_repr(&name)
                        )));
                    }
                }
            } else {
                let bad = || {
                    s.error(
                        format!("bad character in group name {}", py_repr(&name)),
                        off,
                    )
                };
                let i = super::parser::parse_group_number(&name).ok_or_else(bad)?;
                if i >= u64::from(u32::MAX / 2) {
                    return Err(s.error(format!("invalid group reference {i}"), off).into());
                }
                i
            };
            add_group(&s, &mut literal, &mut pieces, index, off)?;
        } else if c == '0' {
            let mut v = 0u32;
            for _ in 0..2 {
                match s.next_char().filter(|d| is_oct(*d)) {
                    Some(d) => {
                        s.get()?;
                        v = v * 8 + d.to_digit(8).unwrap_or(0);
                    }
                    None => break,
                }
            }
            literal.push(char::from_u32(v & 0xff).unwrap_or('\0'));
        } else if is_digit(c) {
            let mut text = c.to_string();
            if let Some(d) = s.next_char().filter(|d| is_digit(*d)) {
                s.get()?;
                text.push(d);
                if is_oct(c)
                    && is_oct(d)
                    && let Some(e) = s.next_char().filter(|e| is_oct(*e))
                {
                    s.get()?;
                    text.push(e);
                    let v = u32::from_str_radix(&text, 8).unwrap_or(0);
                    if v > 0o377 {
                        let msg = format!("octal escape value \\{text} outside of range 0-0o377");
                        return Err(s.error(msg, text.len() + 1).into());
                    }
                    literal.push(char::from_u32(v).unwrap_or('\0'));
                    continue;
                }
            }
            let index: u64 = text.parse().unwrap_or(0);
            add_group(&s, &mut literal, &mut pieces, index, text.len())?;
        } else if let Some(e) = simple_escape(c) {
            literal.push(e);
        } else if c.is_ascii_alphabetic() {
            return Err(s.error(format!("bad escape \\{c}"), 2).into());
        } else {
            literal.push('\\');
            literal.push(c);
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Lit(lit(&mut literal)));
    }
    Ok(pieces)
}

/// The template's text for one match. Literal text of the other type
/// than the subject fails as CPython's join does.
pub fn expand(vm: &Interp, pieces: &[Piece], found: &Found, subj: &Subject) -> PyResult<Value> {
    if let [Piece::Lit(v)] = pieces {
        return Ok(v.clone());
    }
    let mut text = String::new();
    let mut bytes = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        let v = match p {
            Piece::Lit(v) => v.clone(),
            Piece::Group(g) => group_text(found, subj, *g),
        };
        match (&v, subj.is_str()) {
            (Value::Str(s), true) => text.push_str(s),
            (Value::Bytes(b), false) => bytes.extend_from_slice(b),
            _ => {
                let want = if subj.is_str() {
                    "str instance"
                } else {
                    "a bytes-like object"
                };
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected {want}, {} found",
                    crate::protocol::ops::type_name(vm, &v)
                )));
            }
        }
    }
    Ok(if subj.is_str() {
        Value::str(&text)
    } else {
        Value::Bytes(bytes.into())
    })
}

fn group_text(found: &Found, subj: &Subject, g: usize) -> Value {
    match found.spans.get(g).copied().flatten() {
        Some((a, b)) => subj.slice(a, b),
        None => subj.empty(),
    }
}

/// Raises a template error as CPython does, `template` being the text.
pub fn raise(vm: &Interp, e: TemplateError, template: &Value) -> crate::PyErr {
    match e {
        TemplateError::Index(msg) => vm.error(ExcKind::IndexError, msg),
        TemplateError::Re(e) => super::re_error(vm, &e.msg, Some(template), e.pos),
    }
}
