//! `mktime` as glibc runs it (gnulib's `__mktime_internal`): probe
//! `localtime` until the broken-down time matches, then look nearby for
//! the requested DST flag. Kept faithful, as the answers for times in a
//! DST gap or with a contradicting `tm_isdst` are glibc's own choices.

use std::cell::Cell;

use super::civil::{MON_YDAY, Tm, offtime};
use super::zone::Zone;

impl Zone {
    /// glibc's `mktime` (gnulib's `__mktime_internal`): the time whose
    /// local broken-down form is `tm` (fields may be out of range), probing
    /// `localtime` until the difference vanishes; `None` on overflow.
    pub fn mktime(&self, tm: &Tm) -> Option<i64> {
        thread_local! {
            // glibc's `localtime_offset`: the last call's offset, the first
            // guess of the next one.
            static OFFSET: Cell<i128> = const { Cell::new(0) };
        }
        let sec_requested = i128::from(tm.sec);
        let sec = sec_requested.clamp(0, 59);
        let isdst = tm.isdst;
        let mon_rem = tm.mon % 12;
        let neg = i64::from(mon_rem < 0);
        let year = i128::from(tm.year) + i128::from(tm.mon / 12 - neg);
        let mon = (mon_rem + 12 * neg) as usize;
        let leap = usize::from(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
        let yday = i128::from(MON_YDAY[leap][mon]) + i128::from(tm.mday) - 1;
        let (hour, min) = (i128::from(tm.hour), i128::from(tm.min));
        // Seconds of the requested local time minus those of `got`.
        let diff = |got: &Tm| -> i128 {
            let days = |y: i128, yd: i128| -> i128 {
                let y1 = y - 1;
                365 * y + y1.div_euclid(4) - y1.div_euclid(100) + y1.div_euclid(400) + yd
            };
            let a = days(year, yday) * 86400 + hour * 3600 + min * 60 + sec;
            let b = days(i128::from(got.year), i128::from(got.yday)) * 86400
                + i128::from(got.hour * 3600 + got.min * 60 + got.sec);
            a - b
        };
        let convert = |t: i128| -> Option<Tm> { self.localtime(i64::try_from(t).ok()?) };
        // glibc's `ranged_convert`: clamps to time_t, and on overflow
        // bisects towards zero for the last convertible time.
        let ranged = |t: &mut i128| -> Option<Tm> {
            let t1 = (*t).clamp(i128::from(i64::MIN), i128::from(i64::MAX));
            if let Some(r) = convert(t1) {
                *t = t1;
                return Some(r);
            }
            let (mut bad, mut ok) = (t1, 0i128);
            let mut oktm = None;
            loop {
                let mid = (ok + bad).div_euclid(2);
                if mid == ok || mid == bad {
                    break;
                }
                match convert(mid) {
                    Some(r) => {
                        ok = mid;
                        oktm = Some(r);
                    }
                    None => bad = mid,
                }
            }
            let r = oktm?;
            *t = ok;
            Some(r)
        };
        let off = OFFSET.with(Cell::get);
        let epoch = {
            let e = offtime(0, 0)?;
            diff(&e)
        };
        let t0 = epoch + off;
        let (mut t, mut t1, mut t2) = (t0, t0, t0);
        let mut remaining = 6;
        let mut dst2 = false;
        let mut got;
        let mut found = false;
        loop {
            got = ranged(&mut t)?;
            let dt = diff(&got);
            if dt == 0 {
                break;
            }
            if t == t1
                && t != t2
                && (got.isdst < 0
                    || if isdst < 0 {
                        // Prefer the DST one of the two.
                        !dst2 || got.isdst != 0
                    } else {
                        (isdst != 0) != (got.isdst != 0)
                    })
            {
                found = true;
                break;
            }
            remaining -= 1;
            if remaining == 0 {
                return None;
            }
            t1 = t2;
            t2 = t;
            t += dt;
            dst2 = got.isdst != 0;
        }
        let differ = |a: i64, b: i64| (a == 0) != (b == 0) && a >= 0 && b >= 0;
        if !found && differ(isdst, got.isdst) {
            // The wrong DST flag: use the offset of the nearest time with
            // the requested one, else assume a one-hour difference.
            let dst_difference = i128::from(isdst == 0) - i128::from(got.isdst == 0);
            let stride = 601200i128;
            // Both directions, so half the longest DST period (457243200 s in
            // TZDB 2021e), plus a stride.
            let delta_bound = 457243200 / 2 + stride;
            let mut delta = stride;
            let mut done = false;
            'probe: while delta < delta_bound {
                for direction in [-1i128, 1] {
                    let mut ot = t + delta * direction;
                    let otm = ranged(&mut ot)?;
                    if !differ(isdst, otm.isdst) {
                        let gt = ot + diff(&otm);
                        if let Some(g) = convert(gt) {
                            t = gt;
                            got = g;
                            done = true;
                            break 'probe;
                        }
                    }
                }
                delta += stride;
            }
            if !done {
                t += 3600 * dst_difference;
                got = convert(t)?;
            }
        }
        OFFSET.with(|o| o.set(t - t0 + off));
        if sec_requested != i128::from(got.sec) {
            let adjust = i128::from(sec == 0 && got.sec == 60) - sec + sec_requested;
            t += adjust;
            convert(t)?;
        }
        i64::try_from(t).ok()
    }
}
