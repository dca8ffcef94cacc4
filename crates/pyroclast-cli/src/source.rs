//! Decoding a script file's bytes as CPython's tokenizer does (PEP 263): a
//! UTF-8 byte-order mark, then a `coding` declaration on line 1 or 2, else
//! UTF-8. The error messages are CPython's.

/// The text of `bytes`, read from the script at `path` (the name messages
/// show), or the `SyntaxError: ...` line CPython prints.
pub(crate) fn decode(bytes: &[u8], path: &str) -> Result<String, String> {
    let text = decode_raw(bytes, path)?;
    // Read with universal newlines: `\r\n` and a lone `\r` end lines,
    // inside string literals too.
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    })
}

fn decode_raw(bytes: &[u8], path: &str) -> Result<String, String> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let Some(name) = declared_encoding(body) else {
        return utf8(body, path);
    };
    let normal = normal_name(&name);
    if bom && normal != "utf-8" {
        // CPython normalises only these two names.
        let shown = if normal == "iso-8859-1" {
            &normal
        } else {
            &name
        };
        return Err(format!("SyntaxError: encoding problem: {shown} with BOM"));
    }
    match normal.as_str() {
        "utf-8" => utf8(body, path),
        "iso-8859-1" => Ok(body.iter().map(|&b| char::from(b)).collect()),
        "ascii" if body.is_ascii() => Ok(body.iter().map(|&b| char::from(b)).collect()),
        "cp1252" => cp1252(body).ok_or_else(|| format!("SyntaxError: encoding problem: {name}")),
        // An unknown name, a codec Pyroclast lacks, or bytes the codec
        // refuses.
        _ => Err(format!("SyntaxError: encoding problem: {name}")),
    }
}

fn utf8(body: &[u8], path: &str) -> Result<String, String> {
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(format!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                body[at]
            ))
        }
    }
}

/// The name in a `coding[:=]name` comment on line 1, or on line 2 when
/// line 1 is blank or a comment.
fn declared_encoding(body: &[u8]) -> Option<String> {
    let mut lines = body.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_spec(first) {
        return Some(name);
    }
    let trimmed = first
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'));
    match trimmed {
        Some(i) if first[i] != b'#' => None,
        _ => lines.next().and_then(coding_spec),
    }
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
fn coding_spec(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let mut from = 0;
    while let Some(i) = find(&comment[from..], b"coding") {
        let after = from + i + b"coding".len();
        if matches!(comment.get(after), Some(b':' | b'=')) {
            let rest = &comment[after + 1..];
            let skip = rest
                .iter()
                .position(|b| !matches!(b, b' ' | b'\t'))
                .unwrap_or(rest.len());
            let name: Vec<u8> = rest[skip..]
                .iter()
                .copied()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                .collect();
            if !name.is_empty() {
                return Some(String::from_utf8_lossy(&name).into_owned());
            }
        }
        from = after;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// CPython's `get_normal_name` plus the Python codec aliases Pyroclast
/// decodes.
fn normal_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let is = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if is("utf-8") || lower == "utf8" || lower == "u8" || lower == "utf" {
        "utf-8".into()
    } else if is("latin-1")
        || is("iso-8859-1")
        || is("iso-latin-1")
        || ["latin1", "iso8859-1", "8859", "cp819", "latin", "l1"].contains(&lower.as_str())
    {
        "iso-8859-1".into()
    } else if ["ascii", "us-ascii", "646", "us"].contains(&lower.as_str()) {
        "ascii".into()
    } else if ["cp1252", "windows-1252", "1252"].contains(&lower.as_str()) {
        "cp1252".into()
    } else {
        name.to_string()
    }
}

/// Windows-1252: Latin-1 with printable characters in 0x80..0xA0 (five of
/// which are undefined and refused, as Python's codec does).
fn cp1252(body: &[u8]) -> Option<String> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    body.iter()
        .map(|&b| match b {
            0x80..=0x9f => match HIGH[usize::from(b - 0x80)] {
                0 => None,
                c => char::from_u32(u32::from(c)),
            },
            _ => Some(char::from(b)),
        })
        .collect()
}
