"""Fast implementation of the datetime type."""

# Pyroclast's datetime, in the role of CPython's C module `_datetime`:
# written in Python over the interpreter's `time` module (its clock, local
# zone, strftime and strptime parse). It runs under the name `datetime`,
# so its classes report that module, and `datetime.py` imports its public
# names, leaving these helpers out of `dir(datetime)` as CPython does.
# Behaviour, messages and reprs follow CPython 3.11's C implementation.

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MAX_ORDINAL = 3652059
_US_PER_DAY = 86400000000
_MISSING = object()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = [0, 0]
for _m in range(1, 12):
    _DAYS_BEFORE.append(_DAYS_BEFORE[-1] + _DAYS_IN_MONTH[_m])
del _m

_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec")
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    if m == 2 and _leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _year_start(y):
    # Days before January 1st of year y, counting from 0001-01-01.
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _to_ordinal(y, m, d):
    return _year_start(y) + _DAYS_BEFORE[m] + (m > 2 and _leap(y)) + d


def _from_ordinal(n):
    # Proleptic Gregorian (y, m, d) of ordinal n (1 is 0001-01-01).
    n -= 1
    q400, n = divmod(n, 146097)
    q100, n = divmod(n, 36524)
    q4, n = divmod(n, 1461)
    q1, n = divmod(n, 365)
    y = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    if q1 == 4 or q100 == 4:
        return y - 1, 12, 31
    leap = q1 == 3 and (q4 != 24 or q100 == 3)
    m = (n + 50) >> 5
    before = _DAYS_BEFORE[m] + (m > 2 and leap)
    if before > n:
        m -= 1
        before = _DAYS_BEFORE[m] + (m > 2 and leap)
    return y, m, n - before + 1


def _iso_week1_monday(y):
    first = _to_ordinal(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _type_name(obj):
    cls = type(obj)
    if cls in _BASE_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _int_arg(v):
    # The "i" format of PyArg_ParseTuple.
    if type(v) is int:
        n = v
    elif isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    else:
        try:
            index = type(v).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__) from None
        n = index(v)
    if n > 2147483647:
        raise OverflowError("signed integer is greater than maximum")
    if n < -2147483648:
        raise OverflowError("signed integer is less than minimum")
    return n


def _parse(fname, names, required, args, kwargs, convert=None, kwonly=0):
    # PyArg_ParseTupleAndKeywords: positional then keyword arguments,
    # each converted in turn; the last kwonly names are keyword-only.
    where = "function" if fname is None else fname + "()"
    given = len(args) + len(kwargs)
    if kwonly and len(args) > len(names) - kwonly:
        raise TypeError("%s takes at most %d positional argument%s (%d given)"
                        % (where, len(names) - kwonly,
                           "" if len(names) - kwonly == 1 else "s", len(args)))
    if given > len(names):
        raise TypeError("%s takes at most %d argument%s (%d given)"
                        % (where, len(names), "" if len(names) == 1 else "s", given))
    values = []
    left = len(kwargs)
    for i, name in enumerate(names):
        if i < len(args):
            v = args[i]
        elif left and name in kwargs:
            v = kwargs[name]
            left -= 1
        else:
            if i < required:
                raise TypeError("%s missing required argument '%s' (pos %d)"
                                % (where, name, i + 1))
            values.append(_MISSING)
            continue
        if convert is not None and convert[i]:
            v = _int_arg(v)
        values.append(v)
    if left:
        for i in range(len(args)):
            if names[i] in kwargs:
                raise TypeError("argument for %s given by name ('%s') and position (%d)"
                                % (where, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s"
                                % (key, "this function" if fname is None else where))
    return values


def _check_date(y, m, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _month_days(y, m):
        raise ValueError("day is out of range for month")


def _check_time(h, mi, s, us, fold):
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(name, offset):
    # The result of utcoffset() or dst(), checked.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                         " and timedelta(hours=24), not %r." % (offset,))
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _divide_nearest(a, b):
    # a / b rounded half to even (ints).
    q, r = divmod(a, b)
    r2 = r * 2
    if r2 > b if b > 0 else r2 < b:
        q += 1
    elif r2 == b and q % 2 == 1:
        q += 1
    return q


def _cround(x):
    # C's round(): halves away from zero.
    if x < 0:
        return -_cround(-x)
    f = _math.floor(x)
    return f + 1.0 if x - f >= 0.5 else float(f)


def _fmt_offset(off, sep):
    # +HH:MM[:SS[.ffffff]] of a timedelta (None gives "").
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _fmt_time(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _strftime(obj, fmt, timetuple):
    # %z, %Z and %f expanded here; the rest is time.strftime's.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    zrepl = frepl = Zrepl = None
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "z":
            if zrepl is None:
                zrepl = ""
                if isinstance(obj, (datetime, time)):
                    zrepl = _fmt_offset(obj.utcoffset(), "")
            out.append(zrepl)
        elif ch == "Z":
            if Zrepl is None:
                Zrepl = ""
                if isinstance(obj, (datetime, time)):
                    name = obj.tzname()
                    if name is not None:
                        Zrepl = name.replace("%", "%%")
            out.append(Zrepl)
        elif ch == "f":
            if frepl is None:
                us = obj.microsecond if isinstance(obj, (datetime, time)) else 0
                frepl = "%06d" % us
            out.append(frepl)
        else:
            out.append("%" + ch)
    return _time.strftime("".join(out), timetuple)


def _build_struct(y, m, d, hh, mi, ss, dst):
    wday = (_to_ordinal(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE[m] + (m > 2 and _leap(y)) + d
    return _time.struct_time((y, m, d, hh, mi, ss, wday, yday, dst))


# ---------------------------------------------------------------- timedelta

_TD_FACTORS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1000000),
               ("minutes", 60000000), ("hours", 3600000000),
               ("days", 86400000000), ("weeks", 604800000000))
_TD_NAMES = ("days", "seconds", "microseconds", "milliseconds", "minutes",
             "hours", "weeks")


def _new_delta(us, cls=None):
    # A timedelta of us microseconds, normalised and checked.
    d, r = divmod(us, _US_PER_DAY)
    s, u = divmod(r, 1000000)
    if not -2147483648 <= d <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    if not -999999999 <= d <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    if cls is None or cls is timedelta:
        self = object.__new__(timedelta)
        self._days = d
        self._seconds = s
        self._microseconds = u
        self._hashcode = -1
        return self
    return cls(d, s, u)


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, *args, **kwargs):
        values = _parse("__new__", _TD_NAMES, 0, args, kwargs)
        given = dict(zip(_TD_NAMES, values))
        total = 0
        leftover = 0.0
        for name, factor in _TD_FACTORS:
            v = given[name]
            if v is _MISSING:
                continue
            if isinstance(v, int):
                total += v * factor
            elif isinstance(v, float):
                frac, whole = _math.modf(v)
                total += int(whole) * factor
                if frac != 0.0:
                    frac, whole = _math.modf(float(factor) * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        if leftover:
            whole = _cround(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _cround((leftover + odd) * 0.5) - odd
            total += int(whole)
        d, r = divmod(total, _US_PER_DAY)
        s, u = divmod(r, 1000000)
        if not -2147483648 <= d <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = u
        self._hashcode = -1
        return self

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _new_delta(-self._us())

    def __pos__(self):
        return _new_delta(self._us())

    def __abs__(self):
        return _new_delta(abs(self._us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _new_delta(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _new_delta(_divide_nearest(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _new_delta(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _new_delta(_divide_nearest(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _new_delta(_divide_nearest(self._us() * b, a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _new_delta(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = _new_delta(-999999999 * _US_PER_DAY)
timedelta.max = _new_delta(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _new_delta(1)


# --------------------------------------------------------------------- date

def _raw_date(cls, y, m, d):
    # What date.__new__(cls, y, m, d) makes, without calling cls.
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hashcode = -1
    return self


def _new_date(cls, y, m, d):
    # A result of type cls: subclasses are called, as CPython calls them.
    if cls is date:
        return _raw_date(cls, y, m, d)
    return cls(y, m, d)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, *args, **kwargs):
        y, m, d = _parse(None, ("year", "month", "day"), 3, args, kwargs, (1, 1, 1))
        _check_date(y, m, d)
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        secs, _ = _split_timestamp(t, False)
        tm = _time.localtime(secs)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _int_arg(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _from_ordinal(n)[0])
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        ymd = _parse_iso_date(date_string, len(date_string))
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, *args, **kwargs):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        try:
            y, w, d = _parse("fromisocalendar", ("year", "week", "day"), 3, args,
                             kwargs, (1, 1, 1))
        except OverflowError:
            raise ValueError("ISO calendar component out of range") from None
        return cls(*_iso_to_ymd(y, w, d))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        y, m, d = _int_arg(year), _int_arg(month), _int_arg(day)
        _check_date(y, m, d)
        return _raw_date(type(self), y, m, d)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if 0 < n <= _MAX_ORDINAL:
                return _new_date(type(self), *_from_ordinal(n))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if 0 < n <= _MAX_ORDINAL:
                return _new_date(type(self), *_from_ordinal(n))
            raise OverflowError("date value out of range")
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return _new_delta((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        y = self._year
        n = self.toordinal()
        monday = _iso_week1_monday(y)
        if n < monday:
            y -= 1
            monday = _iso_week1_monday(y)
        elif y < MAXYEAR:
            nxt = _iso_week1_monday(y + 1)
            if n >= nxt:
                y += 1
                monday = nxt
        week, day = divmod(n - monday, 7)
        return IsoCalendarDate(y, week + 1, day + 1)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            wd = (_to_ordinal(year, 1, 1) + 6) % 7
            ok = wd == 3 or (wd == 2 and _leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _from_ordinal(n)


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (
            self[0], self[1], self[2])


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ------------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", dt.utcoffset())
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", dt.dst())
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        std = off - dst
        if std:
            dt = dt + std
            dst = _check_offset("dst", dt.dst())
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        if dst:
            return dt + dst
        return dt

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, "__dict__", None) or None
        if state is None:
            return (type(self), args)
        return (type(self), args, state)


# --------------------------------------------------------------------- time

def _new_time(cls, h, m, s, us, tz, fold):
    if cls is time:
        return _raw_time(cls, h, m, s, us, tz, fold)
    if fold:
        return cls(h, m, s, us, tz, fold=fold)
    return cls(h, m, s, us, tz)


def _raw_time(cls, h, m, s, us, tz, fold):
    self = object.__new__(cls)
    self._hour = h
    self._minute = m
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hashcode")

    def __new__(cls, *args, **kwargs):
        h, m, s, us, tz, fold = _parse(
            None, ("hour", "minute", "second", "microsecond", "tzinfo", "fold"),
            0, args, kwargs, (1, 1, 1, 1, 0, 1), 1)
        h = 0 if h is _MISSING else h
        m = 0 if m is _MISSING else m
        s = 0 if s is _MISSING else s
        us = 0 if us is _MISSING else us
        tz = None if tz is _MISSING else tz
        fold = 0 if fold is _MISSING else fold
        _check_time(h, m, s, us, fold)
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._hour = h
        self._minute = m
        self._second = s
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string
        if s[:1] == "T":
            s = s[1:]
        parsed = _parse_iso_time(s)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        h, m, sec, us, tz = parsed
        return cls(h, m, sec, us, tz)

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        s = "%s(%s" % (_type_name(self), s)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s"
                            % type(timespec).__name__)
        s = _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _fmt_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second,
                                0, 1, -1))
        return _strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        h = self._hour if hour is None else _int_arg(hour)
        m = self._minute if minute is None else _int_arg(minute)
        s = self._second if second is None else _int_arg(second)
        us = self._microsecond if microsecond is None else _int_arg(microsecond)
        tz = self._tzinfo if tzinfo is True else tzinfo
        fold = self._fold if fold is None else _int_arg(fold)
        _check_time(h, m, s, us, fold)
        _check_tzinfo(tz)
        return _raw_time(type(self), h, m, s, us, tz, fold)

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if (o1 is None) != (o2 is None):
                if op == 0:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
            if o1 == o2:
                a = (self._hour, self._minute, self._second, self._microsecond)
                b = (other._hour, other._minute, other._second, other._microsecond)
            else:
                a = ((self._hour * 60 + self._minute) * 60 + self._second
                     - o1 // timedelta(seconds=1)) * 1000000 + self._microsecond
                b = ((other._hour * 60 + other._minute) * 60 + other._second
                     - o2 // timedelta(seconds=1)) * 1000000 + other._microsecond
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 1) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 1) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 1) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 1) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                h = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                us = ((t._hour * 60 + t._minute) * 60 + t._second) * 1000000 \
                    + t._microsecond - off._us()
                h = hash(_new_delta(us))
            self._hashcode = h
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        if self._fold and protocol > 3:
            return (_with_fold, self.__reduce__())
        return self.__reduce__()

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ----------------------------------------------------------------- datetime

def _new_datetime(cls, y, mo, d, h, mi, s, us, tz, fold=0):
    if cls is datetime:
        return _raw_datetime(cls, y, mo, d, h, mi, s, us, tz, fold)
    if fold:
        return cls(y, mo, d, h, mi, s, us, tz, fold=fold)
    return cls(y, mo, d, h, mi, s, us, tz)


def _raw_datetime(cls, y, mo, d, h, mi, s, us, tz, fold=0):
    self = object.__new__(cls)
    self._year = y
    self._month = mo
    self._day = d
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _split_timestamp(t, half_even):
    # (seconds, microseconds) of a timestamp, as _PyTime_ObjectToTimeval.
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(t)
        us = frac * 1e6
        if half_even:
            us = round(us)
        else:
            us = _math.floor(us)
        whole = int(whole)
        us = int(us)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        if not -2 ** 63 <= whole < 2 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        return whole, us
    if isinstance(t, int):
        if not -2 ** 63 <= t < 2 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        return t, 0
    if hasattr(type(t), "__index__") or hasattr(type(t), "__float__"):
        if hasattr(type(t), "__index__"):
            return _split_timestamp(type(t).__index__(t), half_even)
        return _split_timestamp(float(t), half_even)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)


def _local_seconds(y, mo, d, h, mi, s, fold):
    # The POSIX time of a naive local time (fold picks among repeats).
    epoch_days = 719163
    t = ((_to_ordinal(y, mo, d) - epoch_days) * 24 + h) * 3600 + mi * 60 + s

    def local(u):
        tm = _time.localtime(u)
        return ((_to_ordinal(tm.tm_year, tm.tm_mon, tm.tm_mday) - epoch_days) * 24
                + tm.tm_hour) * 3600 + tm.tm_min * 60 + tm.tm_sec

    day = 86400
    first = local(t) - t
    u1 = t - first
    t1 = local(u1)
    if t1 == t:
        # Also valid one day of shifts later?
        u2 = u1 + (-day if fold == 0 else day)
        b = local(u2) - u2
        if first == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    # A gap: the later or earlier of the two candidates.
    return max(u1, u2) if fold == 0 else min(u1, u2)


def _local_zone(secs):
    tm = _time.localtime(secs)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, *args, **kwargs):
        y, mo, d, h, mi, s, us, tz, fold = _parse(
            None, ("year", "month", "day", "hour", "minute", "second",
                   "microsecond", "tzinfo", "fold"), 3, args, kwargs,
            (1, 1, 1, 1, 1, 1, 1, 0, 1), 1)
        h = 0 if h is _MISSING else h
        mi = 0 if mi is _MISSING else mi
        s = 0 if s is _MISSING else s
        us = 0 if us is _MISSING else us
        tz = None if tz is _MISSING else tz
        fold = 0 if fold is _MISSING else fold
        _check_date(y, mo, d)
        _check_time(h, mi, s, us, fold)
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._year = y
        self._month = mo
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_posix(cls, secs, us, tz, utc):
        if utc or tz is not None:
            tm = _time.gmtime(secs)
        else:
            tm = _time.localtime(secs)
        y, mo, d, h, mi, s = tm[:6]
        s = min(s, 59)
        fold = 0
        if tz is None and not utc:
            # A repeated local time: fold 1 if an earlier instant shows it too.
            here = _epoch_of(tm)
            before = secs - 86400
            trans = (_epoch_of(_time.localtime(before)) - before) - (here - secs)
            if trans > 0 and _epoch_of(_time.localtime(secs - trans)) == here:
                fold = 1
        if not MINYEAR <= y <= MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        result = _new_datetime(cls, y, mo, d, h, mi, s, us, tz, fold)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t, True)
        return cls._from_posix(secs, us, tz, False)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _split_timestamp(t, True)
        return cls._from_posix(secs, us, None, True)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tzinfo(tz)
        secs, us = divmod(_time.time_ns() // 1000, 1000000)
        return cls._from_posix(secs, us, tz, False)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        secs, us = divmod(_time.time_ns() // 1000, 1000000)
        return cls._from_posix(secs, us, None, True)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        _check_tzinfo(tzinfo)
        return _new_datetime(cls, date.year, date.month, date.day, time.hour,
                             time.minute, time.second, time.microsecond, tzinfo,
                             time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        n = len(s)
        sep = _iso_separator(s)
        bad = ValueError("Invalid isoformat string: %r" % (date_string,))
        if sep < 0 or sep > n:
            raise bad
        ymd = _parse_iso_date(s, sep)
        if ymd is None:
            raise bad
        if sep == n:
            h = mi = sec = us = 0
            tz = None
        else:
            parsed = _parse_iso_time(s[sep + 1:])
            if parsed is None:
                raise bad
            h, mi, sec, us, tz = parsed
        return cls(ymd[0], ymd[1], ymd[2], h, mi, sec, us, tz)

    @classmethod
    def strptime(cls, *args):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        parts = _strptime(*args)
        args = parts[:6] + (parts[11],)
        tzname, gmtoff = parts[9], parts[10]
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=parts[12])
            if tzname:
                args += (timezone(delta, tzname),)
            else:
                args += (timezone(delta),)
        return cls(*args)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            flag = -1
        else:
            flag = 1 if dst else 0
        return _build_struct(self._year, self._month, self._day, self._hour,
                             self._minute, self._second, flag)

    def _local_posix(self):
        return _local_seconds(self._year, self._month, self._day, self._hour,
                              self._minute, self._second, self._fold)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return self._local_posix() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _build_struct(dt.year, dt.month, dt.day, dt.hour, dt.minute,
                             dt.second, 0)

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _new_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _new_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        y = self._year if year is None else _int_arg(year)
        mo = self._month if month is None else _int_arg(month)
        d = self._day if day is None else _int_arg(day)
        h = self._hour if hour is None else _int_arg(hour)
        mi = self._minute if minute is None else _int_arg(minute)
        s = self._second if second is None else _int_arg(second)
        us = self._microsecond if microsecond is None else _int_arg(microsecond)
        tz = self._tzinfo if tzinfo is True else tzinfo
        fold = self._fold if fold is None else _int_arg(fold)
        _check_date(y, mo, d)
        _check_time(h, mi, s, us, fold)
        _check_tzinfo(tz)
        return _raw_datetime(type(self), y, mo, d, h, mi, s, us, tz, fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None and not isinstance(tz, _tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            secs = self._local_posix()
            off = _local_zone(secs).utcoffset(None)
            mytz = None
        else:
            if tz is mytz:
                return self
            off = self.utcoffset()
            if off is None:
                secs = self._local_posix()
                off = _local_zone(secs).utcoffset(None)
        if tz is None:
            utc = (self - off).replace(tzinfo=None)
            secs = (utc - _EPOCH_NAIVE) // timedelta(seconds=1)
            tz = _local_zone(secs)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % type(timespec).__name__)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _fmt_offset(self.utcoffset(), ":")

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = "%s(%s" % (_type_name(self), ", ".join(map(str, parts)))
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _flipped_offset(self):
        flipped = self.replace(fold=1 - self._fold)
        return flipped.utcoffset()

    def _fold_differs(self, other, o1, o2):
        # PEP 495: an aware time in a fold never equals another zone's.
        if self._tzinfo is None and other._tzinfo is None:
            return False
        if self._flipped_offset() != o1:
            return True
        return other._flipped_offset() != o2

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            a, b = self._fields(), other._fields()
            return 0 if a == b else (1 if a > b else -1)
        o1 = self.utcoffset()
        o2 = other.utcoffset()
        if o1 == o2:
            a, b = self._fields(), other._fields()
            if a == b:
                if op == 0 and self._fold_differs(other, o1, o2):
                    return 1
                return 0
            return 1 if a > b else -1
        if o1 is not None and o2 is not None:
            diff = self - other
            if not diff:
                if op == 0 and self._fold_differs(other, o1, o2):
                    return 1
                return 0
            return 1 if diff._days >= 0 else -1
        if op == 0:
            return 2
        raise TypeError("can't compare offset-naive and offset-aware datetimes")

    def _other(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            return None
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 0) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 0) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _cmperror(self, other):
        raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 1) < 0
        if isinstance(other, date):
            self._cmperror(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 1) <= 0
        if isinstance(other, date):
            self._cmperror(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 1) > 0
        if isinstance(other, date):
            self._cmperror(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 1) >= 0
        if isinstance(other, date):
            self._cmperror(other)
        return NotImplemented

    def _total_us(self):
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60
                 + self._second) * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._total_us() + other._us()
        days, rest = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        secs, u = divmod(rest, 1000000)
        mi, s = divmod(secs, 60)
        h, mi = divmod(mi, 60)
        y, mo, d = _from_ordinal(days)
        return _new_datetime(type(self), y, mo, d, h, mi, s, u, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._total_us() - other._total_us()
        if self._tzinfo is not other._tzinfo:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if (o1 is None) != (o2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if o1 is not None:
                diff -= o1._us() - o2._us()
        return _new_delta(diff)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                h = hash(t._fields())
            else:
                h = hash(_new_delta(t._total_us() - off._us()))
            self._hashcode = h
        return self._hashcode

    def __reduce_ex__(self, protocol):
        if self._fold and protocol > 3:
            return (_with_fold, self.__reduce__())
        return self.__reduce__()

    def __reduce__(self):
        args = self._fields()
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


def _with_fold(cls, args):
    # Rebuilds a time or datetime with fold=1 (CPython's pickle keeps fold
    # from protocol 4 on).
    return cls(*args, fold=1)


_date_class = date
_time_class = time
_tzinfo_class = tzinfo

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _epoch_of(tm):
    return ((_to_ordinal(tm[0], tm[1], tm[2]) - 719163) * 24 + tm[3]) * 3600 \
        + tm[4] * 60 + tm[5]


# ----------------------------------------------------------------- timezone

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        offset, name = _parse("timezone", ("offset", "name"), 1, args, kwargs)
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if name is None and not offset and _UTC is not None:
            return _UTC
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                             " and timedelta(hours=24), not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _fmt_offset(self._offset, ":")

    def dst(self, dt):
        """Return None."""
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = None
_UTC = timezone._create(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_EPOCH_NAIVE = datetime(1970, 1, 1)
_BASE_TYPES = (date, datetime, time, timedelta, timezone, tzinfo)
for _c in _BASE_TYPES + (IsoCalendarDate,):
    _c_named(_c)
del _c


# ------------------------------------------------------- ISO 8601 parsing

def _digits(s, i, n):
    # int of the n ASCII digits at s[i:], or None.
    if i + n > len(s):
        return None
    v = 0
    for k in range(i, i + n):
        c = s[k]
        if not "0" <= c <= "9":
            return None
        v = v * 10 + ord(c) - 48
    return v


def _iso_separator(s):
    # Where the date part of a datetime string ends (C's heuristic).
    n = len(s)
    digit = lambda i: i < n and "0" <= s[i] <= "9"
    at = lambda i: s[i] if i < n else "\0"
    if n == 7:
        return 7
    if at(4) == "-":
        if at(5) == "W":
            if n < 8:
                return -1
            if n > 8 and at(8) == "-":
                if n == 9:
                    return -1
                if n > 10 and digit(10):
                    return 8
                return 10
            return 8
        return 10
    if at(4) == "W":
        i = 7
        while i < n and digit(i):
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_date(s, n):
    # (y, m, d) of s[:n] as an ISO date, or None.
    at = lambda i: s[i] if i < len(s) else "\0"
    y = _digits(s, 0, 4)
    if y is None:
        return None
    i = 4
    sep = at(i) == "-"
    if sep:
        i += 1
    if at(i) == "W":
        i += 1
        week = _digits(s, i, 2)
        if week is None:
            return None
        i += 2
        day = 1
        if i < n:
            if sep:
                if at(i) != "-":
                    return None
                i += 1
            day = _digits(s, i, 1)
            if day is None:
                return None
        try:
            return _iso_to_ymd(y, week, day)
        except ValueError:
            return None
    m = _digits(s, i, 2)
    if m is None:
        return None
    i += 2
    if sep:
        if at(i) != "-":
            return None
        i += 1
    d = _digits(s, i, 2)
    if d is None:
        return None
    return y, m, d


def _parse_hms(s, start, end):
    # (status, h, m, sec, us): status < 0 is an error, 1 is "text remains".
    vals = [0, 0, 0]
    at = lambda i: s[i] if i < len(s) else "\0"
    i = start
    has_sep = True
    for k in range(3):
        v = _digits(s, i, 2)
        if v is None:
            return (-3,)
        vals[k] = v
        i += 2
        c = at(i)
        i += 1
        if k == 0:
            has_sep = c == ":"
        if i >= end:
            return (int(c != "\0"), vals[0], vals[1], vals[2], 0)
        if has_sep and c == ":":
            continue
        if c in ".,":
            break
        if not has_sep:
            i -= 1
        else:
            return (-4,)
    remains = end - i
    count = min(remains, 6)
    us = _digits(s, i, count) if count > 0 else None
    if us is None:
        return (-3,)
    us *= 10 ** (6 - count)
    i += count
    while "0" <= at(i) <= "9":
        i += 1
    return (int(at(i) != "\0"), vals[0], vals[1], vals[2], us)


def _parse_iso_time(s):
    # (h, m, sec, us, tzinfo) of an ISO time string, or None.
    n = len(s)
    tzpos = 0
    while tzpos < n and s[tzpos] not in "Z+-":
        tzpos += 1
    if n == 0:
        tzpos = 0
    r = _parse_hms(s, 0, tzpos)
    if r[0] < 0:
        return None
    status, h, m, sec, us = r
    if tzpos >= n:
        if status:
            return None
        return h, m, sec, us, None
    if s[tzpos] == "Z":
        if tzpos + 1 != n:
            return None
        return h, m, sec, us, _UTC
    sign = -1 if s[tzpos] == "-" else 1
    r = _parse_hms(s, tzpos + 1, n)
    if r[0] != 0:
        return None
    _, th, tm, ts, tus = r
    off = sign * (th * 3600 + tm * 60 + ts)
    tus *= sign
    if off == 0:
        return h, m, sec, us, _UTC
    return h, m, sec, us, timezone(timedelta(0, off, tus))

