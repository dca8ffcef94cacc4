//! Code-point positions in long strings. A `str` is UTF-8 behind an
//! `Rc<str>`, so `len(s)` and `s[i]` would scan it (is it ASCII? where is
//! character `i`?) on every call, making `for i in range(len(s)): s[i]`
//! quadratic where CPython's fixed-width strings make it linear. The last
//! few long strings indexed keep what one scan learnt: their character
//! count and, unless ASCII, the byte offset of every 64th character, so a
//! position is found by walking at most 63 characters.
//!
//! An entry holds its string, so its address cannot be reused while the
//! entry lives: a `&str` with the same address and length is that string.
//! The entries belong to the interpreter (`Interp::char_index`): what it
//! indexed never outlives it, and a pool's threads keep nothing between
//! runs.
//! Strings under [`MIN_LEN`] bytes are scanned directly (as cheap as a
//! lookup).

use std::cell::RefCell;
use std::rc::Rc;

/// Shorter strings are not remembered.
pub const MIN_LEN: usize = 256;

/// Characters between two kept offsets.
const STRIDE: usize = 64;

/// Strings remembered at once (most recently used first).
const ENTRIES: usize = 4;

struct Entry {
    s: Rc<str>,
    chars: usize,
    /// Byte offset of characters 0, 64, 128, ...; empty for ASCII.
    marks: Box<[u32]>,
}

/// An interpreter's remembered strings (freed with it, so nothing it
/// indexed outlives it).
#[derive(Default)]
pub struct CharIndex(RefCell<Vec<Entry>>);

impl CharIndex {
    /// Remembers `s` (a long string about to be indexed by position).
    pub fn remember(&self, s: &Rc<str>) {
        if s.len() < MIN_LEN || s.len() > u32::MAX as usize {
            return;
        }
        let Ok(mut c) = self.0.try_borrow_mut() else {
            return;
        };
        if let Some(at) = c.iter().position(|e| same(&e.s, s)) {
            // Most recently used first.
            c[..=at].rotate_right(1);
            return;
        }
        let entry = scan(s.clone());
        c.insert(0, entry);
        let keep = c.len().min(ENTRIES);
        let evicted = c.split_off(keep);
        drop(c);
        // Dropped outside the borrow.
        drop(evicted);
    }

    /// Forgets every remembered string.
    pub fn forget(&self) {
        let all = self.0.try_borrow_mut().map(|mut c| std::mem::take(&mut *c));
        drop(all);
    }

    /// What is known of `s`: its character count and the byte offset of
    /// character `n` (clamped to its length), if it is remembered.
    fn lookup(&self, s: &str, n: usize) -> Option<(usize, usize)> {
        if s.len() < MIN_LEN {
            return None;
        }
        let c = self.0.try_borrow().ok()?;
        let e = c.iter().find(|e| same(&e.s, s))?;
        if e.marks.is_empty() {
            return Some((e.chars, n.min(s.len())));
        }
        if n >= e.chars {
            return Some((e.chars, s.len()));
        }
        let from = e.marks[n / STRIDE] as usize;
        let off = s[from..]
            .char_indices()
            .nth(n % STRIDE)
            .map_or(s.len(), |(b, _)| from + b);
        Some((e.chars, off))
    }

    /// [`char_len`], answered from what is remembered when it can be.
    pub fn char_len(&self, s: &str) -> usize {
        match self.lookup(s, 0) {
            Some((chars, _)) => chars,
            None => char_len(s),
        }
    }

    /// [`byte_at`], answered from what is remembered when it can be.
    pub fn byte_at(&self, s: &str, n: usize) -> usize {
        if n >= s.len() {
            return s.len();
        }
        match self.lookup(s, n) {
            Some((_, off)) => off,
            None => byte_at(s, n),
        }
    }
}

/// The entry's string is `s` itself: the entry holds it, so no other
/// string can have its address and length meanwhile.
fn same(kept: &str, s: &str) -> bool {
    std::ptr::eq(kept.as_ptr(), s.as_ptr()) && kept.len() == s.len()
}

fn scan(s: Rc<str>) -> Entry {
    if s.is_ascii() {
        let chars = s.len();
        return Entry {
            s,
            chars,
            marks: Box::default(),
        };
    }
    let mut marks = Vec::with_capacity(s.len() / STRIDE + 1);
    let mut chars = 0;
    for (b, _) in s.char_indices() {
        if chars % STRIDE == 0 {
            // `remember` keeps strings under 4 GiB: offsets fit.
            marks.push(b as u32);
        }
        chars += 1;
    }
    Entry {
        s,
        chars,
        marks: marks.into_boxed_slice(),
    }
}

/// The number of code points in `s` (a scan).
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The byte offset of code point `n` of `s` (its length when past the
/// end; a scan).
pub fn byte_at(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    if s.is_ascii() {
        return n;
    }
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_strings_answer_as_a_scan_does() {
        let text: String = (0..1000)
            .map(|i| {
                if i % 3 == 0 {
                    'é'
                } else {
                    char::from(b'a' + (i % 26) as u8)
                }
            })
            .collect();
        let s: Rc<str> = Rc::from(text.as_str());
        let scanned: Vec<usize> = (0..=1001).map(|n| byte_at(&s, n)).collect();
        assert_eq!(char_len(&s), 1000);
        let index = CharIndex::default();
        index.remember(&s);
        for (n, off) in scanned.iter().enumerate() {
            assert_eq!(index.byte_at(&s, n), *off, "character {n}");
        }
        assert_eq!(index.char_len(&s), 1000);
        let ascii: Rc<str> = Rc::from("x".repeat(300).as_str());
        index.remember(&ascii);
        let at = |n| index.byte_at(&ascii, n);
        assert_eq!((index.char_len(&ascii), at(299), at(400)), (300, 299, 300));
        // A copy at another address is not mistaken for the remembered one.
        let copy = text.clone();
        assert_eq!(index.char_len(&copy), 1000);
        assert_eq!(index.byte_at(&copy, 3), scanned[3]);
    }

    #[test]
    fn only_the_last_few_are_kept() {
        let strings: Vec<Rc<str>> = (0..ENTRIES + 2)
            .map(|i| Rc::from(format!("{i}é").repeat(200).as_str()))
            .collect();
        let index = CharIndex::default();
        for s in &strings {
            index.remember(s);
        }
        assert_eq!(index.0.borrow().len(), ENTRIES);
        assert_eq!(Rc::strong_count(&strings[0]), 1);
        assert_eq!(index.char_len(&strings[0]), 400);
        index.forget();
        assert_eq!(Rc::strong_count(&strings[ENTRIES + 1]), 1);
    }
}
