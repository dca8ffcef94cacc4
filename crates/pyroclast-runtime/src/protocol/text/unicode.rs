//! Unicode character classes and case mappings as CPython 3.11 has them
//! (Unicode 14.0), for the str methods.

use crate::protocol::text::format_spec::{self};

use crate::protocol::text::unicode_tables::*;

// ---------------------------------------------------------------------------
// Character classes (Unicode 14.0, as CPython 3.11)
// ---------------------------------------------------------------------------

/// True when `c` lies in one of the inclusive ranges of `table`
/// (a flat, sorted list of `start, end` pairs).
pub(crate) fn in_table(table: &[u32], c: char) -> bool {
    let cp = u32::from(c);
    let pairs = table.len() / 2;
    // The candidate range is the last one starting at or before `cp`.
    let mut lo = 0;
    let mut hi = pairs;
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table[mid * 2] <= cp {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo > 0 && cp <= table[(lo - 1) * 2 + 1]
}

/// `Py_UNICODE_ISSPACE`.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Line boundaries for `splitlines`.
pub(crate) fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub(crate) fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    format_spec::decimal_value(c).is_some()
}

pub(crate) fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(DIGIT, c)
}

pub(crate) fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(NUMERIC, c)
}

pub(crate) fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(ALPHA, c)
}

pub(crate) fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub(crate) fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_table(NOT_PRINTABLE, c)
}

pub(crate) fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(TITLE, c)
}

/// Cased: lowercase, uppercase or titlecase.
pub(crate) fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// An approximation of the Case_Ignorable property (apostrophes, periods,
/// modifier letters and combining marks), used for the final-sigma rule.
pub(crate) fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{a8}'
            | '\u{ad}'
            | '\u{af}'
            | '\u{b4}'
            | '\u{b7}'
            | '\u{b8}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
    ) || ('\u{2b0}'..='\u{36f}').contains(&c)
        || ('\u{483}'..='\u{489}').contains(&c)
        || ('\u{591}'..='\u{5bd}').contains(&c)
        || ('\u{200b}'..='\u{200f}').contains(&c)
        || ('\u{1ab0}'..='\u{1aff}').contains(&c)
        || ('\u{1dc0}'..='\u{1dff}').contains(&c)
        || ('\u{20d0}'..='\u{20ff}').contains(&c)
        || ('\u{fe00}'..='\u{fe0f}').contains(&c)
        || ('\u{fe20}'..='\u{fe2f}').contains(&c)
}

/// The final-sigma rule: a capital sigma at `i` lowercases to `ς` when it
/// ends a word (a cased letter before it, none after it, skipping
/// case-ignorable characters).
pub(crate) fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i]
        .iter()
        .rev()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    let after = chars[i + 1..]
        .iter()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    before && !after
}

/// Appends the full lowercase mapping of `chars[i]`.
pub(crate) fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Appends the full titlecase mapping of `c` (SpecialCasing.txt where it
/// differs from the uppercase mapping).
pub(crate) fn push_title(out: &mut String, c: char) {
    let special: Option<&str> = match c {
        'ß' => Some("Ss"),
        '\u{1c4}'..='\u{1c6}' => Some("\u{1c5}"),
        '\u{1c7}'..='\u{1c9}' => Some("\u{1c8}"),
        '\u{1ca}'..='\u{1cc}' => Some("\u{1cb}"),
        '\u{1f1}'..='\u{1f3}' => Some("\u{1f2}"),
        '\u{587}' => Some("\u{535}\u{582}"),
        '\u{1fb2}' => Some("\u{1fba}\u{345}"),
        '\u{1fb4}' => Some("\u{386}\u{345}"),
        '\u{1fb7}' => Some("\u{391}\u{342}\u{345}"),
        '\u{1fc2}' => Some("\u{1fca}\u{345}"),
        '\u{1fc4}' => Some("\u{389}\u{345}"),
        '\u{1fc7}' => Some("\u{397}\u{342}\u{345}"),
        '\u{1ff2}' => Some("\u{1ffa}\u{345}"),
        '\u{1ff4}' => Some("\u{38f}\u{345}"),
        '\u{1ff7}' => Some("\u{3a9}\u{342}\u{345}"),
        '\u{fb00}' => Some("Ff"),
        '\u{fb01}' => Some("Fi"),
        '\u{fb02}' => Some("Fl"),
        '\u{fb03}' => Some("Ffi"),
        '\u{fb04}' => Some("Ffl"),
        '\u{fb05}' | '\u{fb06}' => Some("St"),
        '\u{fb13}' => Some("\u{544}\u{576}"),
        '\u{fb14}' => Some("\u{544}\u{565}"),
        '\u{fb15}' => Some("\u{544}\u{56b}"),
        '\u{fb16}' => Some("\u{54e}\u{576}"),
        '\u{fb17}' => Some("\u{544}\u{56d}"),
        _ => None,
    };
    if let Some(s) = special {
        out.push_str(s);
        return;
    }
    let n = u32::from(c);
    // Georgian Mkhedruli letters are their own titlecase (their uppercase
    // is Mtavruli).
    if let 0x10d0..=0x10fa | 0x10fd..=0x10ff = n {
        out.push(c);
        return;
    }
    // Greek letters with ypogegrammeni: the titlecase form is the
    // prosgegrammeni letter itself.
    let greek = match n {
        0x1f80..=0x1f87 | 0x1f90..=0x1f97 | 0x1fa0..=0x1fa7 => char::from_u32(n + 8),
        0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc => Some(c),
        0x1fb3 => Some('\u{1fbc}'),
        0x1fc3 => Some('\u{1fcc}'),
        0x1ff3 => Some('\u{1ffc}'),
        _ => None,
    };
    match greek {
        Some(g) => out.push(g),
        None => out.extend(c.to_uppercase()),
    }
}

/// Appends the full case folding of `c`.
pub(crate) fn push_fold(out: &mut String, c: char) {
    let special: Option<&str> = match c {
        '\u{1e9e}' => Some("ss"),
        'ς' => Some("σ"),
        'µ' => Some("μ"),
        'ſ' => Some("s"),
        '\u{345}' | '\u{1fbe}' => Some("ι"),
        '\u{3d0}' => Some("β"),
        '\u{3d1}' => Some("θ"),
        '\u{3d5}' => Some("φ"),
        '\u{3d6}' => Some("π"),
        '\u{3f0}' => Some("κ"),
        '\u{3f1}' => Some("ρ"),
        '\u{3f5}' => Some("ε"),
        '\u{1e9b}' => Some("\u{1e61}"),
        _ => None,
    };
    if let Some(s) = special {
        out.push_str(s);
        return;
    }
    // Cherokee folds to the uppercase letters; uppercase ones stay.
    if ('\u{13a0}'..='\u{13f5}').contains(&c) {
        out.push(c);
        return;
    }
    if ('\u{13f8}'..='\u{13fd}').contains(&c) || ('\u{ab70}'..='\u{abbf}').contains(&c) {
        out.extend(c.to_uppercase());
        return;
    }
    // Old Cyrillic letter variants fold to the basic letters.
    if ('\u{1c80}'..='\u{1c88}').contains(&c) {
        for u in c.to_uppercase() {
            out.extend(u.to_lowercase());
        }
        return;
    }
    // Characters whose uppercase expands (ß, ligatures, Greek with
    // ypogegrammeni, ...) fold to the lowercase of that expansion.
    let mut upper = c.to_uppercase();
    if upper.len() > 1 {
        for u in upper.by_ref() {
            out.extend(u.to_lowercase());
        }
        return;
    }
    out.extend(c.to_lowercase());
}

pub(crate) fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    (in_table(ALPHA, c) && !in_table(ID_START_EXCLUDE, c)) || in_table(ID_START_EXTRA, c)
}

pub(crate) fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    is_id_start(c) || is_decimal(c) || in_table(ID_CONTINUE_EXTRA, c)
}

/// `str.isidentifier`: XID_Start (or `_`) followed by XID_Continue.
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_id_start) && chars.all(is_id_continue)
}
