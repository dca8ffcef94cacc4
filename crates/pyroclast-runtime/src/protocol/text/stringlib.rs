//! Algorithms shared by str and bytes: index adjustment, windows, and
//! (as they are unified) search, split, strip, affix and replace. Python
//! indexes str by code point while Rust stores UTF-8, so every index from
//! Python becomes a byte offset before slicing, and every offset a search
//! finds is turned back with a character count.

// ---------------------------------------------------------------------------
// Code-point indexing
// ---------------------------------------------------------------------------

/// The byte offset of code point `n` of `s` (its length when past the end).
pub(crate) fn byte_at(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    if s.is_ascii() {
        return n;
    }
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

/// The number of code points in `s`.
pub(crate) fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// CPython's `ADJUST_INDICES`: clamps `start`/`end` into `0..=len`, counting
/// negative values from the end.
pub(crate) fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The part of `s` between code points `start` and `end` (adjusted), with
/// the code-point index where it begins; `None` when the window is shorter
/// than `min` code points.
pub(crate) fn window(
    s: &str,
    start: Option<i64>,
    end: Option<i64>,
    min: usize,
) -> Option<(usize, &str)> {
    let (start, end) = adjust(start, end, char_len(s));
    if end - start < min as i64 {
        return None;
    }
    let (a, b) = (start as usize, end as usize);
    let ba = byte_at(s, a);
    let bb = ba + byte_at(&s[ba..], b - a);
    Some((a, &s[ba..bb]))
}
