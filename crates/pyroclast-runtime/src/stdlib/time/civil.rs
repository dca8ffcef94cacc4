//! The proleptic Gregorian calendar and C's broken-down time, computed
//! as glibc's `__offtime` does (so years are limited to a C int).

use std::rc::Rc;

/// A broken-down time with C's conventions except `year`, which is the
/// full year: `mon` 0..=11, `wday` 0 = Sunday, `yday` 0-based.
#[derive(Clone, Debug, Default)]
pub struct Tm {
    /// The year (not minus 1900).
    pub year: i64,
    /// Month, 0-based.
    pub mon: i64,
    /// Day of the month.
    pub mday: i64,
    /// Hour.
    pub hour: i64,
    /// Minute.
    pub min: i64,
    /// Second.
    pub sec: i64,
    /// Day of the week, 0 = Sunday.
    pub wday: i64,
    /// Day of the year, 0-based.
    pub yday: i64,
    /// DST flag: positive, zero, or negative for unknown.
    pub isdst: i64,
    /// Offset east of UTC in seconds.
    pub gmtoff: i64,
    /// Zone abbreviation (C's `tm_zone`; `None` for NULL).
    pub zone: Option<Rc<str>>,
}

/// True for Gregorian leap years.
pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days from 1970-01-01 to `y`-`m`-`d` (`m` 1..=12), proleptic Gregorian.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date (`y`, `m` 1..=12, `d`) of a day count from 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// glibc's `__offtime`: `t` shifted by `offset`, broken down; `None` when
/// the year minus 1900 does not fit a C int (EOVERFLOW).
pub fn offtime(t: i64, offset: i64) -> Option<Tm> {
    let secs = i128::from(t) + i128::from(offset);
    let days = secs.div_euclid(86400) as i64;
    let rem = secs.rem_euclid(86400) as i64;
    let (y, m, d) = civil_from_days(days);
    if i32::try_from(y - 1900).is_err() {
        return None;
    }
    Some(Tm {
        year: y,
        mon: m - 1,
        mday: d,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (4 + days).rem_euclid(7),
        yday: days - days_from_civil(y, 1, 1),
        isdst: 0,
        gmtoff: offset,
        zone: None,
    })
}

/// `gmtime`: UTC, named "GMT" as glibc names it.
pub fn gmtime(t: i64) -> Option<Tm> {
    let mut tm = offtime(t, 0)?;
    tm.zone = Some(Rc::from("GMT"));
    Some(tm)
}

/// Days before each month, in common and leap years.
pub const MON_YDAY: [[i64; 13]; 2] = [
    [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365],
    [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366],
];
