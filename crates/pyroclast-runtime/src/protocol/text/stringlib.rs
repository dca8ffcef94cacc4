//! Algorithms shared by str and bytes, as CPython's stringlib: index
//! adjustment, search, count, affixes, split, splitlines, partition, strip,
//! replace and expandtabs. Python
//! indexes str by code point while Rust stores UTF-8, so every index from
//! Python becomes a byte offset before slicing, and every offset a search
//! finds is turned back with a character count.

// ---------------------------------------------------------------------------
// Code-point indexing
// ---------------------------------------------------------------------------

pub(crate) use crate::object::char_index::{byte_at, char_len};

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

// ---------------------------------------------------------------------------
// The algorithms shared by str and bytes, over byte offsets. A str's
// separators and needles are UTF-8 too, so a match found in its bytes starts
// and ends on character boundaries; only index arithmetic (code points vs
// bytes) and whitespace differ, and the `Text` trait supplies those.
// ---------------------------------------------------------------------------

use std::ops::Range;

use memchr::memmem;

/// str or bytes as the shared algorithms see them.
pub(crate) trait Text {
    /// The bytes (UTF-8 for str).
    fn raw(&self) -> &[u8];
    /// The number of units (code points or bytes).
    fn units(&self) -> usize;
    /// The units in `raw()[range]`.
    fn units_in(&self, range: Range<usize>) -> usize;
    /// The byte offset of unit `n` (the length past the end).
    fn offset_of(&self, n: usize) -> usize;
    /// The unit starting at byte `i`, as a number, and its length in bytes.
    fn unit_at(&self, i: usize) -> (u32, usize);
    /// The unit ending at byte `end`, and its length in bytes.
    fn unit_before(&self, end: usize) -> (u32, usize);
    /// Whitespace for `split()` and `strip()` without arguments.
    fn is_space(unit: u32) -> bool;
    /// A line boundary for `splitlines()`.
    fn is_linebreak(unit: u32) -> bool;
}

impl Text for str {
    fn raw(&self) -> &[u8] {
        self.as_bytes()
    }
    fn units(&self) -> usize {
        char_len(self)
    }
    fn units_in(&self, range: Range<usize>) -> usize {
        char_len(&self[range])
    }
    fn offset_of(&self, n: usize) -> usize {
        byte_at(self, n)
    }
    #[inline]
    fn unit_at(&self, i: usize) -> (u32, usize) {
        // ASCII without decoding: the scans of split and strip step by it.
        match self.as_bytes().get(i) {
            Some(&b) if b < 0x80 => (u32::from(b), 1),
            _ => self
                .get(i..)
                .and_then(|s| s.chars().next())
                .map_or((0, 1), |c| (c as u32, c.len_utf8())),
        }
    }
    #[inline]
    fn unit_before(&self, end: usize) -> (u32, usize) {
        match end.checked_sub(1).and_then(|i| self.as_bytes().get(i)) {
            Some(&b) if b < 0x80 => (u32::from(b), 1),
            _ => self
                .get(..end)
                .and_then(|s| s.chars().next_back())
                .map_or((0, 1), |c| (c as u32, c.len_utf8())),
        }
    }
    #[inline]
    fn is_space(unit: u32) -> bool {
        if unit < 0x80 {
            // Python's ASCII whitespace: \t \n \v \f \r, \x1c-\x1f, space.
            return matches!(unit, 0x09..=0x0d | 0x1c..=0x20);
        }
        char::from_u32(unit).is_some_and(crate::protocol::text::unicode::is_space)
    }
    fn is_linebreak(unit: u32) -> bool {
        char::from_u32(unit).is_some_and(crate::protocol::text::unicode::is_linebreak)
    }
}

impl Text for [u8] {
    fn raw(&self) -> &[u8] {
        self
    }
    fn units(&self) -> usize {
        self.len()
    }
    fn units_in(&self, range: Range<usize>) -> usize {
        range.len()
    }
    fn offset_of(&self, n: usize) -> usize {
        n.min(self.len())
    }
    fn unit_at(&self, i: usize) -> (u32, usize) {
        (u32::from(self[i]), 1)
    }
    fn unit_before(&self, end: usize) -> (u32, usize) {
        (u32::from(self[end - 1]), 1)
    }
    fn is_space(unit: u32) -> bool {
        matches!(unit, 0x20 | 0x09 | 0x0a | 0x0d | 0x0b | 0x0c)
    }
    fn is_linebreak(unit: u32) -> bool {
        matches!(unit, 0x0a | 0x0d)
    }
}

/// The bytes of units `start..end` (adjusted) and the unit index where they
/// begin; `None` when the window is shorter than `min` units.
pub(crate) fn span<T: Text + ?Sized>(
    t: &T,
    start: Option<i64>,
    end: Option<i64>,
    min: usize,
) -> Option<(usize, Range<usize>)> {
    let (start, end) = adjust(start, end, t.units());
    if end - start < min as i64 {
        return None;
    }
    let (a, b) = (start as usize, end as usize);
    Some((a, t.offset_of(a)..t.offset_of(b)))
}

/// The unit index of `sub` in `t[start:end]`, from the left or the right.
pub(crate) fn find<T: Text + ?Sized>(
    t: &T,
    sub: &T,
    start: Option<i64>,
    end: Option<i64>,
    right: bool,
) -> Option<usize> {
    let (base, w) = span(t, start, end, sub.units())?;
    let hay = &t.raw()[w.clone()];
    let found = if right {
        memmem::rfind(hay, sub.raw())
    } else {
        memmem::find(hay, sub.raw())
    }?;
    Some(base + t.units_in(w.start..w.start + found))
}

/// Non-overlapping occurrences of `sub` in `t[start:end]`.
pub(crate) fn count<T: Text + ?Sized>(
    t: &T,
    sub: &T,
    start: Option<i64>,
    end: Option<i64>,
) -> usize {
    let Some((_, w)) = span(t, start, end, sub.units()) else {
        return 0;
    };
    if sub.raw().is_empty() {
        return t.units_in(w) + 1;
    }
    memmem::find_iter(&t.raw()[w], sub.raw()).count()
}

/// `startswith` / `endswith` of one candidate.
pub(crate) fn affix<T: Text + ?Sized>(
    t: &T,
    sub: &T,
    start: Option<i64>,
    end: Option<i64>,
    suffix: bool,
) -> bool {
    match span(t, start, end, sub.units()) {
        None => false,
        Some((_, w)) => {
            let w = &t.raw()[w];
            if suffix {
                w.ends_with(sub.raw())
            } else {
                w.starts_with(sub.raw())
            }
        }
    }
}

/// `split` / `rsplit`: the pieces as byte ranges, in order. `sep` None
/// splits on runs of whitespace; `maxsplit` < 0 means no limit.
pub(crate) fn split<T: Text + ?Sized>(
    t: &T,
    sep: Option<&T>,
    maxsplit: i64,
    right: bool,
) -> Vec<Range<usize>> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let raw = t.raw();
    let mut out = Vec::new();
    match sep {
        None => {
            let (mut lo, mut hi) = (0, raw.len());
            loop {
                // Skip whitespace at the end being consumed.
                if right {
                    while hi > lo && T::is_space(t.unit_before(hi).0) {
                        hi -= t.unit_before(hi).1;
                    }
                } else {
                    while lo < hi && T::is_space(t.unit_at(lo).0) {
                        lo += t.unit_at(lo).1;
                    }
                }
                if lo >= hi {
                    break;
                }
                if out.len() >= limit {
                    out.push(lo..hi);
                    break;
                }
                if right {
                    let mut i = hi;
                    while i > lo && !T::is_space(t.unit_before(i).0) {
                        i -= t.unit_before(i).1;
                    }
                    out.push(i..hi);
                    hi = i;
                } else {
                    let mut i = lo;
                    while i < hi && !T::is_space(t.unit_at(i).0) {
                        i += t.unit_at(i).1;
                    }
                    out.push(lo..i);
                    lo = i;
                }
            }
        }
        Some(sep) => {
            let sep = sep.raw();
            let (mut lo, mut hi) = (0, raw.len());
            while out.len() < limit {
                let found = if right {
                    memmem::rfind(&raw[lo..hi], sep).map(|i| lo + i)
                } else {
                    memmem::find(&raw[lo..hi], sep).map(|i| lo + i)
                };
                let Some(i) = found else { break };
                if right {
                    out.push(i + sep.len()..hi);
                    hi = i;
                } else {
                    out.push(lo..i);
                    lo = i + sep.len();
                }
            }
            out.push(lo..hi);
        }
    }
    if right {
        out.reverse();
    }
    out
}

/// `partition` / `rpartition`: where `sep` is, as a byte range.
pub(crate) fn partition<T: Text + ?Sized>(t: &T, sep: &T, right: bool) -> Option<Range<usize>> {
    let i = if right {
        memmem::rfind(t.raw(), sep.raw())
    } else {
        memmem::find(t.raw(), sep.raw())
    }?;
    Some(i..i + sep.raw().len())
}

/// `strip` / `lstrip` / `rstrip`: the byte range left. `chars` None strips
/// whitespace.
pub(crate) fn strip<T: Text + ?Sized>(
    t: &T,
    chars: Option<&T>,
    left: bool,
    right: bool,
) -> Range<usize> {
    let set: Option<Vec<u32>> = chars.map(|c| {
        let mut v = Vec::new();
        let mut i = 0;
        while i < c.raw().len() {
            let (u, n) = c.unit_at(i);
            v.push(u);
            i += n;
        }
        v
    });
    let stripped = |u: u32| match &set {
        None => T::is_space(u),
        Some(s) => s.contains(&u),
    };
    let (mut lo, mut hi) = (0, t.raw().len());
    if left {
        while lo < hi && stripped(t.unit_at(lo).0) {
            lo += t.unit_at(lo).1;
        }
    }
    if right {
        while hi > lo && stripped(t.unit_before(hi).0) {
            hi -= t.unit_before(hi).1;
        }
    }
    lo..hi
}

/// `replace(old, new, count)`: how many replacements, and the result (None
/// when there are none). `room` checks the size of the result first.
pub(crate) fn replace<T: Text + ?Sized>(
    t: &T,
    old: &T,
    new: &T,
    count: i64,
    room: impl FnOnce(usize) -> crate::PyResult<()>,
) -> crate::PyResult<Option<Vec<u8>>> {
    let raw = t.raw();
    let (old, new) = (old.raw(), new.raw());
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    // Where the replacements go: between units for an empty `old`.
    let mut at: Vec<usize> = Vec::new();
    if old.is_empty() {
        let mut i = 0;
        while at.len() < limit {
            at.push(i);
            if i >= raw.len() {
                break;
            }
            i += t.unit_at(i).1;
        }
    } else {
        at.extend(memmem::find_iter(raw, old).take(limit));
    }
    if at.is_empty() {
        return Ok(None);
    }
    let size = raw.len() - at.len() * old.len() + at.len() * new.len();
    room(size)?;
    let mut out = Vec::with_capacity(size);
    let mut prev = 0;
    for i in at {
        out.extend_from_slice(&raw[prev..i]);
        out.extend_from_slice(new);
        prev = i + old.len();
    }
    out.extend_from_slice(&raw[prev..]);
    Ok(Some(out))
}

/// `splitlines`: the lines as byte ranges, with or without their ends.
pub(crate) fn splitlines<T: Text + ?Sized>(t: &T, keepends: bool) -> Vec<Range<usize>> {
    let raw = t.raw();
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < raw.len() {
        let (u, n) = t.unit_at(i);
        if T::is_linebreak(u) {
            let mut end = i + n;
            if u == u32::from(b'\r') && raw.get(end) == Some(&b'\n') {
                end += 1;
            }
            out.push(start..if keepends { end } else { i });
            start = end;
            i = end;
        } else {
            i += n;
        }
    }
    if start < raw.len() {
        out.push(start..raw.len());
    }
    out
}

/// `expandtabs(tabsize)`: the text with tabs replaced by spaces up to the
/// next column multiple of `tabsize`. `room` checks the size as it grows.
pub(crate) fn expandtabs<T: Text + ?Sized>(
    t: &T,
    tabsize: i64,
    room: impl Fn(usize) -> crate::PyResult<()>,
) -> crate::PyResult<Vec<u8>> {
    let raw = t.raw();
    let mut out = Vec::with_capacity(raw.len());
    let mut col: i64 = 0;
    let mut i = 0;
    while i < raw.len() {
        let (u, n) = t.unit_at(i);
        match u {
            0x09 => {
                if tabsize > 0 {
                    let pad = tabsize - col % tabsize;
                    room(out.len().saturating_add(pad as usize))?;
                    out.resize(out.len() + pad as usize, b' ');
                    col += pad;
                }
            }
            0x0a | 0x0d => {
                out.push(u as u8);
                col = 0;
            }
            _ => {
                out.extend_from_slice(&raw[i..i + n]);
                col += 1;
            }
        }
        i += n;
    }
    Ok(out)
}

/// `istitle`: cased runs start upper (or titlecase) and continue lower, and
/// there is at least one. `cases` gives (upper, lower) for each unit.
pub(crate) fn is_title(cases: impl Iterator<Item = (bool, bool)>) -> bool {
    let (mut prev_cased, mut any) = (false, false);
    for (upper, lower) in cases {
        if upper {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if lower {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    any
}
