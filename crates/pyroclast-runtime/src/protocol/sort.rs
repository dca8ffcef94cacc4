//! `list.sort` and `sorted()`: a port of CPython 3.11's listsort (timsort
//! with powersort run merging), so that user `__lt__` methods and key
//! functions see exactly the comparisons CPython makes, in the same order,
//! and errors match.

use crate::Interp;
use crate::PyResult;
use crate::object::value::{Args, Value};
use crate::protocol::ops;

/// CPython's `MIN_GALLOP`.
const MIN_GALLOP: usize = 7;

/// A pending run: `len` items starting at `base`.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// How a merge ended (CPython's `goto` targets).
enum MergeExit {
    Done,
    CopyRest,
}

/// Sorts a permutation of item ids by the keys they index.
struct TimSort<'a> {
    vm: &'a Interp,
    keys: &'a [Value],
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<usize>,
}

/// Positions in merge_hi run downwards and may pass below zero.
fn at(i: isize) -> usize {
    i as usize
}

impl TimSort<'_> {
    /// `keys[x] < keys[y]`.
    fn lt(&self, x: usize, y: usize) -> PyResult<bool> {
        ops::less_than(self.vm, &self.keys[x], &self.keys[y])
    }

    /// Length of the run starting at `lo` (strictly descending runs are
    /// reported as such).
    fn count_run(&self, a: &[usize], lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        let mut i = lo + 1;
        if i == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.lt(a[i], a[i - 1])? {
            i += 1;
            while i < hi && self.lt(a[i], a[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi && !self.lt(a[i], a[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion sort of `a[lo..hi]`, of which `a[lo..start]` is
    /// already sorted.
    fn binarysort(&self, a: &mut [usize], lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let mut start = if start == lo { start + 1 } else { start };
        while start < hi {
            let pivot = a[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            a.copy_within(l..start, l + 1);
            a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// The leftmost position in sorted `a` where `key` could be inserted,
    /// searching from `hint`.
    fn gallop_left(&self, key: usize, a: &[usize], hint: usize) -> PyResult<usize> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let mut lastofs: isize = 0;
        let mut ofs: isize = 1;
        if self.lt(a[at(hint)], key)? {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(a[at(hint + ofs)], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(a[at(hint - ofs)], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(a[at(m)], key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(at(ofs))
    }

    /// The rightmost position in sorted `a` where `key` could be inserted,
    /// searching from `hint`.
    fn gallop_right(&self, key: usize, a: &[usize], hint: usize) -> PyResult<usize> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let mut lastofs: isize = 0;
        let mut ofs: isize = 1;
        if self.lt(key, a[at(hint)])? {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(key, a[at(hint - ofs)])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(key, a[at(hint + ofs)])? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(key, a[at(m)])? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(at(ofs))
    }

    /// Merges `a[pa..pa+na]` and the following `a[pb..pb+nb]` with
    /// `na <= nb`, run A copied out to `tmp`.
    fn merge_lo(&mut self, a: &mut [usize], base_a: usize, na: usize, nb: usize) -> PyResult<()> {
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&a[base_a..base_a + na]);
        let mut c = (base_a, 0usize, base_a + na, na, nb); // dest, pa, pb, na, nb
        let r = self.merge_lo_body(a, &tmp, &mut c);
        let (dest, pa, pb, na, nb) = c;
        let out = match r {
            Ok(MergeExit::CopyRest) => {
                a.copy_within(pb..pb + nb, dest);
                a[dest + nb] = tmp[pa];
                Ok(())
            }
            other => {
                a[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                other.map(|_| ())
            }
        };
        self.tmp = tmp;
        out
    }

    fn merge_lo_body(
        &mut self,
        a: &mut [usize],
        tmp: &[usize],
        c: &mut (usize, usize, usize, usize, usize),
    ) -> PyResult<MergeExit> {
        let (dest, pa, pb, na, nb) = c;
        a[*dest] = a[*pb];
        *dest += 1;
        *pb += 1;
        *nb -= 1;
        if *nb == 0 {
            return Ok(MergeExit::Done);
        }
        if *na == 1 {
            return Ok(MergeExit::CopyRest);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0;
            let mut bcount = 0;
            loop {
                if self.lt(a[*pb], tmp[*pa])? {
                    a[*dest] = a[*pb];
                    *dest += 1;
                    *pb += 1;
                    bcount += 1;
                    acount = 0;
                    *nb -= 1;
                    if *nb == 0 {
                        return Ok(MergeExit::Done);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    a[*dest] = tmp[*pa];
                    *dest += 1;
                    *pa += 1;
                    acount += 1;
                    bcount = 0;
                    *na -= 1;
                    if *na == 1 {
                        return Ok(MergeExit::CopyRest);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let k = self.gallop_right(a[*pb], &tmp[*pa..*pa + *na], 0)?;
                acount = k;
                if k > 0 {
                    a[*dest..*dest + k].copy_from_slice(&tmp[*pa..*pa + k]);
                    *dest += k;
                    *pa += k;
                    *na -= k;
                    if *na == 1 {
                        return Ok(MergeExit::CopyRest);
                    }
                    if *na == 0 {
                        return Ok(MergeExit::Done);
                    }
                }
                a[*dest] = a[*pb];
                *dest += 1;
                *pb += 1;
                *nb -= 1;
                if *nb == 0 {
                    return Ok(MergeExit::Done);
                }
                let k = self.gallop_left(tmp[*pa], &a[*pb..*pb + *nb], 0)?;
                bcount = k;
                if k > 0 {
                    a.copy_within(*pb..*pb + k, *dest);
                    *dest += k;
                    *pb += k;
                    *nb -= k;
                    if *nb == 0 {
                        return Ok(MergeExit::Done);
                    }
                }
                a[*dest] = tmp[*pa];
                *dest += 1;
                *pa += 1;
                *na -= 1;
                if *na == 1 {
                    return Ok(MergeExit::CopyRest);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges `a[base_a..base_a+na]` and the following run of `nb` items
    /// with `na >= nb`, from the right, run B copied out to `tmp`.
    fn merge_hi(&mut self, a: &mut [usize], base_a: usize, na: usize, nb: usize) -> PyResult<()> {
        let base_b = base_a + na;
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&a[base_b..base_b + nb]);
        // dest, pa (in a), pb (in tmp), na, nb
        let mut c = (
            (base_b + nb - 1) as isize,
            (base_a + na - 1) as isize,
            nb as isize - 1,
            na,
            nb,
        );
        let r = self.merge_hi_body(a, &tmp, base_a, &mut c);
        let (dest, pa, pb, na, nb) = c;
        let out = match r {
            Ok(MergeExit::CopyRest) => {
                // nb == 1: the first item of B goes in front of what's left of A.
                let na_i = na as isize;
                a.copy_within(at(pa + 1 - na_i)..at(pa + 1), at(dest + 1 - na_i));
                a[at(dest - na_i)] = tmp[at(pb)];
                Ok(())
            }
            other => {
                if nb > 0 {
                    let start = at(dest - (nb as isize - 1));
                    a[start..start + nb].copy_from_slice(&tmp[..nb]);
                }
                other.map(|_| ())
            }
        };
        self.tmp = tmp;
        out
    }

    fn merge_hi_body(
        &mut self,
        a: &mut [usize],
        tmp: &[usize],
        base_a: usize,
        c: &mut (isize, isize, isize, usize, usize),
    ) -> PyResult<MergeExit> {
        let (dest, pa, pb, na, nb) = c;
        a[at(*dest)] = a[at(*pa)];
        *dest -= 1;
        *pa -= 1;
        *na -= 1;
        if *na == 0 {
            return Ok(MergeExit::Done);
        }
        if *nb == 1 {
            return Ok(MergeExit::CopyRest);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0;
            let mut bcount = 0;
            loop {
                if self.lt(tmp[at(*pb)], a[at(*pa)])? {
                    a[at(*dest)] = a[at(*pa)];
                    *dest -= 1;
                    *pa -= 1;
                    acount += 1;
                    bcount = 0;
                    *na -= 1;
                    if *na == 0 {
                        return Ok(MergeExit::Done);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    a[at(*dest)] = tmp[at(*pb)];
                    *dest -= 1;
                    *pb -= 1;
                    bcount += 1;
                    acount = 0;
                    *nb -= 1;
                    if *nb == 1 {
                        return Ok(MergeExit::CopyRest);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let k = self.gallop_right(tmp[at(*pb)], &a[base_a..base_a + *na], *na - 1)?;
                let k = *na - k;
                acount = k;
                if k > 0 {
                    let ki = k as isize;
                    *dest -= ki;
                    *pa -= ki;
                    a.copy_within(at(*pa + 1)..at(*pa + 1 + ki), at(*dest + 1));
                    *na -= k;
                    if *na == 0 {
                        return Ok(MergeExit::Done);
                    }
                }
                a[at(*dest)] = tmp[at(*pb)];
                *dest -= 1;
                *pb -= 1;
                *nb -= 1;
                if *nb == 1 {
                    return Ok(MergeExit::CopyRest);
                }
                let k = self.gallop_left(a[at(*pa)], &tmp[..*nb], *nb - 1)?;
                let k = *nb - k;
                bcount = k;
                if k > 0 {
                    let ki = k as isize;
                    *dest -= ki;
                    *pb -= ki;
                    a[at(*dest + 1)..at(*dest + 1 + ki)]
                        .copy_from_slice(&tmp[at(*pb + 1)..at(*pb + 1 + ki)]);
                    *nb -= k;
                    if *nb == 1 {
                        return Ok(MergeExit::CopyRest);
                    }
                    if *nb == 0 {
                        return Ok(MergeExit::Done);
                    }
                }
                a[at(*dest)] = a[at(*pa)];
                *dest -= 1;
                *pa -= 1;
                *na -= 1;
                if *na == 0 {
                    return Ok(MergeExit::Done);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, a: &mut [usize], i: usize) -> PyResult<()> {
        let Run {
            base: base_a,
            len: na,
            ..
        } = self.pending[i];
        let Run {
            base: base_b,
            len: nb,
            ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        let k = self.gallop_right(a[base_b], &a[base_a..base_a + na], 0)?;
        let (base_a, na) = (base_a + k, na - k);
        if na == 0 {
            return Ok(());
        }
        let nb = self.gallop_left(a[base_a + na - 1], &a[base_b..base_b + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(a, base_a, na, nb)
        } else {
            self.merge_hi(a, base_a, na, nb)
        }
    }

    /// Powersort's merge policy for a new run of `n2` items.
    fn found_new_run(&mut self, a: &mut [usize], n2: usize) -> PyResult<()> {
        let Some(last) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = powerloop(last.base, last.len, n2, a.len());
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(a, self.pending.len() - 2)?;
        }
        if let Some(top) = self.pending.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// Merges every pending run.
    fn force_collapse(&mut self, a: &mut [usize]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(a, n)?;
        }
        Ok(())
    }

    /// Sorts the permutation `a`.
    fn sort(&mut self, a: &mut [usize]) -> PyResult<()> {
        let total = a.len();
        if total < 2 {
            return Ok(());
        }
        let minrun = {
            let (mut n, mut r) = (total, 0);
            while n >= 64 {
                r |= n & 1;
                n >>= 1;
            }
            n + r
        };
        let mut lo = 0;
        let mut remaining = total;
        while remaining > 0 {
            let (mut n, descending) = self.count_run(a, lo, lo + remaining)?;
            if descending {
                a[lo..lo + n].reverse();
            }
            if n < minrun {
                let force = remaining.min(minrun);
                self.binarysort(a, lo, lo + force, lo + n)?;
                n = force;
            }
            self.found_new_run(a, n)?;
            self.pending.push(Run {
                base: lo,
                len: n,
                power: 0,
            });
            lo += n;
            remaining -= n;
        }
        self.force_collapse(a)
    }
}

/// Powersort's node power of the boundary between runs `[s1, s1+n1)` and
/// `[s1+n1, s1+n1+n2)` in a list of `n` items.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Sorts `items` in place exactly as CPython's `list.sort` does: the key
/// function is called once per item in order, only `<` is used, comparisons
/// happen in CPython's order, the sort is stable (also with `reverse`), and
/// after a failed comparison the items stay partially sorted, as in CPython.
pub fn timsort(
    vm: &Interp,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => items
            .iter()
            .map(|x| crate::protocol::call::call(vm, f, Args::new(vec![x.clone()])))
            .collect::<PyResult<_>>()?,
        None => items.clone(),
    };
    let mut perm: Vec<usize> = (0..items.len()).collect();
    if reverse {
        perm.reverse();
    }
    let mut sorter = TimSort {
        vm,
        keys: &keys,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        tmp: Vec::new(),
    };
    let result = sorter.sort(&mut perm);
    if reverse {
        perm.reverse();
    }
    let sorted: Vec<Value> = perm.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    result
}
