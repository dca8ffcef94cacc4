# timezone, UTC, user tzinfo subclasses, aware arithmetic and comparisons.
import datetime
from datetime import date, time, datetime as DT, timedelta, timezone, tzinfo

ist = timezone(timedelta(hours=5, minutes=30), 'IST')
print(repr(ist), str(ist), ist.tzname(None), ist.utcoffset(None), ist.dst(None))
for off in (timedelta(0), timedelta(hours=-3), timedelta(hours=5, minutes=30),
            timedelta(minutes=-90), timedelta(seconds=3661), timedelta(microseconds=1),
            timedelta(hours=-5, seconds=-7, microseconds=-3), timedelta(hours=23, minutes=59)):
    tz = timezone(off)
    print(repr(tz), str(tz), tz.tzname(None))
print(repr(timezone.utc), repr(datetime.UTC), datetime.UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
print(repr(timezone(timedelta(0), 'UTC')), timezone(timedelta(0), 'UTC') == timezone.utc)
print(timezone.min, timezone.max, repr(timezone.min))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x'), hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'y')))
print(repr(timezone(offset=timedelta(hours=1), name='n')))

a = DT(2024, 3, 10, 15, 30, tzinfo=ist)
print(a, repr(a), a.utcoffset(), a.dst(), a.tzname(), a.isoformat())
print(a.astimezone(timezone.utc), a.astimezone(timezone(timedelta(hours=-8))), a.astimezone(ist) is a)
print(a.timestamp(), DT.fromtimestamp(a.timestamp(), ist) == a)
u = DT(2024, 3, 10, 10, 0, tzinfo=timezone.utc)
print(a == u, a - u, u - a, a < u, hash(a) == hash(u))
print(a.timetuple().tm_isdst, a.utctimetuple())
print(DT(2024, 1, 1) == DT(2024, 1, 1, tzinfo=timezone.utc), DT(2024, 1, 1) != u)
t = time(12, 30, tzinfo=ist)
print(t, repr(t), t.utcoffset(), t.tzname(), t.isoformat(), time(7, tzinfo=timezone.utc) == t)
print(time(7, 0, tzinfo=timezone.utc) == time(12, 30, tzinfo=ist), time(1) == time(1, tzinfo=timezone.utc))
print(repr(DT.combine(date(2024, 1, 1), t)), repr(t.replace(tzinfo=None)))


class Fixed(tzinfo):
    """A user tzinfo with a fixed offset and a name."""

    def __init__(self, minutes, name):
        self.offset = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return "Fixed(%s)" % self.name


class USEastern(tzinfo):
    """Eastern time with the US rules since 2007 (DST from the second
    Sunday of March to the first Sunday of November, at 2:00)."""

    def _bounds(self, year):
        start = DT(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = DT(year, 11, 1, 1)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end:
            return timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1):
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(0) if dt.fold else timedelta(hours=1)
        return timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "USEastern()"


f = Fixed(-150, "NST")
x = DT(2024, 6, 1, 12, tzinfo=f)
print(x, repr(x), x.tzname(), x.utcoffset(), x.astimezone(timezone.utc), x.strftime('%H:%M %Z %z'))
print(x.timetuple().tm_isdst, x == x.astimezone(ist), x.astimezone(ist))
print(repr(time(1, tzinfo=f)), time(1, tzinfo=f).isoformat())

east = USEastern()
for utc_hour in range(4, 9):
    uu = DT(2024, 11, 3, utc_hour, 30, tzinfo=timezone.utc)
    loc = uu.astimezone(east)
    print(uu.time(), '->', loc, loc.tzname(), loc.fold, loc.astimezone(timezone.utc) == uu)
for utc_hour in range(5, 9):
    uu = DT(2024, 3, 10, utc_hour, 30, tzinfo=timezone.utc)
    loc = uu.astimezone(east)
    print(uu.time(), '->', loc, loc.tzname(), loc.dst())
amb = DT(2024, 11, 3, 1, 30, tzinfo=east)
print(amb.utcoffset(), amb.replace(fold=1).utcoffset(), amb == amb.replace(fold=1))
print(amb.astimezone(timezone.utc), amb.replace(fold=1).astimezone(timezone.utc))
print(amb.replace(fold=1) == amb.replace(fold=1).astimezone(timezone.utc))
summer = DT(2024, 7, 4, 9, tzinfo=east)
print(summer - DT(2024, 1, 4, 9, tzinfo=east), summer.astimezone(f), summer.isoformat())


class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5


try:
    DT(2024, 1, 1, tzinfo=Broken()).utcoffset()
except TypeError as e:
    print("TypeError:", e)
try:
    DT(2024, 1, 1, tzinfo=tzinfo()).utcoffset()
except NotImplementedError as e:
    print("NotImplementedError:", e)
