//! String literal bodies: escape decoding for str and bytes. F-string bodies are
//! kept raw here and split by [`crate::fstring`].

use crate::error::{ErrorKind, SyntaxError};

/// A scanned string literal.
#[derive(Debug, Clone, PartialEq)]
pub enum StringLit {
    /// A str literal, escapes decoded.
    Str(std::rc::Rc<str>),
    /// A bytes literal, escapes decoded.
    Bytes(Vec<u8>),
    /// An f-string whose body is split later.
    FString {
        /// `rf"..."`: backslashes are literal.
        raw: bool,
        /// The text between the quotes.
        body: String,
        /// Byte offset of `body` in the source.
        offset: u32,
    },
}

/// The character a `\N{...}` escape names. Unicode names use only ASCII
/// letters, digits, spaces and hyphens; anything else is refused before
/// the name tables see it (they overflowed an index on such input, found
/// by the `parse` fuzz target).
pub fn lookup_character_name(name: &str) -> Option<char> {
    if !plausible_character_name(name) {
        return None;
    }
    rustpython_unicode::lookup_character(name)
}

/// Whether `name` can be a Unicode character name at all (see
/// [`lookup_character_name`]).
pub fn plausible_character_name(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
}

/// Decodes a literal body given its lowercase prefix.
pub fn decode(prefix: &str, body: &str, offset: usize) -> Result<StringLit, SyntaxError> {
    let raw = prefix.contains('r');
    if prefix.contains('f') {
        return Ok(StringLit::FString {
            raw,
            body: body.to_string(),
            offset: offset as u32,
        });
    }
    if prefix.contains('b') {
        if let Some(pos) = body.find(|c: char| !c.is_ascii()) {
            return Err(SyntaxError::new(
                ErrorKind::Syntax,
                "bytes can only contain ASCII literal characters",
                (offset + pos) as u32,
            ));
        }
        if raw {
            return Ok(StringLit::Bytes(body.as_bytes().to_vec()));
        }
        let mut out = Vec::with_capacity(body.len());
        unescape(body, offset, true, &mut |c| out.push(c as u8))?;
        return Ok(StringLit::Bytes(out));
    }
    if raw {
        return Ok(StringLit::Str(body.into()));
    }
    Ok(StringLit::Str(unescape_str(body, offset)?.into()))
}

/// Decodes the escapes of a non-raw str body.
pub fn unescape_str(body: &str, offset: usize) -> Result<String, SyntaxError> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    unescape(body, offset, false, &mut |c| out.push(c))?;
    Ok(out)
}

fn unescape(
    body: &str,
    offset: usize,
    bytes: bool,
    push: &mut dyn FnMut(char),
) -> Result<(), SyntaxError> {
    let codec = if bytes {
        ""
    } else {
        "(unicode error) 'unicodeescape' codec can't decode bytes"
    };
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|p| p.1) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => push('\\'),
            '\'' => push('\''),
            '"' => push('"'),
            'a' => push('\x07'),
            'b' => push('\x08'),
            'f' => push('\x0c'),
            'n' => push('\n'),
            'r' => push('\r'),
            't' => push('\t'),
            'v' => push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_digit(8) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                if bytes {
                    push(char::from_u32(v & 0xff).unwrap_or('\0'));
                } else {
                    push(char::from_u32(v).unwrap_or('\u{fffd}'));
                }
            }
            'x' | 'u' | 'U' if e == 'x' || !bytes => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                for k in 0..n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                        }
                        _ => {
                            let what = match e {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            let msg = if bytes {
                                format!("(value error) invalid \\x escape at position {}", i)
                            } else {
                                format!("{codec} in position {}-{}: {what}", i, i + 1 + k)
                            };
                            return Err(SyntaxError::new(
                                ErrorKind::Syntax,
                                msg,
                                (offset + i) as u32,
                            ));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(c) => push(c),
                    None => {
                        return Err(SyntaxError::new(
                            ErrorKind::Syntax,
                            format!(
                                "{codec} in position {}-{}: illegal Unicode character",
                                i,
                                i + n + 1
                            ),
                            (offset + i) as u32,
                        ));
                    }
                }
            }
            'N' if !bytes => {
                // `\N{NAME}`: the name is looked up case-insensitively.
                let err = |end: usize, what: &str| {
                    SyntaxError::new(
                        ErrorKind::Syntax,
                        format!("{codec} in position {i}-{end}: {what}"),
                        (offset + i) as u32,
                    )
                };
                if chars.peek().map(|p| p.1) != Some('{') {
                    return Err(err(i + 1, "malformed \\N character escape"));
                }
                chars.next();
                let mut name = String::new();
                let mut end = None;
                for (j, d) in chars.by_ref() {
                    if d == '}' {
                        end = Some(j);
                        break;
                    }
                    name.push(d);
                }
                let Some(end) = end.filter(|_| !name.is_empty()) else {
                    // CPython's span ends at `{` for `\N{}`, at the end
                    // of the literal when `}` is missing.
                    let last = end.map_or(body.len() - 1, |e| e - 1);
                    return Err(err(last, "malformed \\N character escape"));
                };
                match lookup_character_name(&name) {
                    Some(c) => push(c),
                    None => return Err(err(end, "unknown Unicode character name")),
                }
            }
            other => {
                push('\\');
                push(other);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            unescape_str(r"a\tb\x41\u00e9\101\\\'", 0).unwrap(),
            "a\tbAéA\\'"
        );
        assert_eq!(unescape_str("a\\\nb", 0).unwrap(), "ab");
        assert_eq!(unescape_str(r"\d", 0).unwrap(), "\\d");
        assert!(unescape_str(r"\x4", 0).is_err());
    }
}
