# datetime: construction, reprs, arithmetic, combine, replace, timestamps.
from datetime import date, time, datetime, timedelta, timezone

dt = datetime(2024, 3, 10, 15, 30, 45, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(' '), dt.isoformat('x', 'minutes'))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat(timespec=spec))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, 0, 0, 0, 5)))
print(repr(datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)), repr(datetime(2024, 1, 1, fold=1)))
print(dt.date(), dt.time(), repr(dt.timetz()), dt.ctime(), datetime(2024, 3, 5, 1, 2, 3).ctime())
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal())
print(dt.timetuple())
print(dt + timedelta(days=1, hours=10), dt - timedelta(microseconds=123457), timedelta(weeks=1) + dt)
print(dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(datetime(2024, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime.combine(date(2024, 1, 1), time(5, 6)), datetime.combine(date(2024, 1, 1), time(5, tzinfo=timezone.utc)))
print(repr(datetime.combine(date(2024, 1, 1), time(5), timezone.utc)))
print(dt.replace(year=2000, hour=0), repr(dt.replace(tzinfo=timezone.utc)), repr(dt.replace(fold=1)))
print(datetime.min, datetime.max, datetime.resolution)
print(dt == datetime(2024, 3, 10, 15, 30, 45, 123456), dt < dt + timedelta(1), dt > datetime.min)
print(dt == dt.replace(fold=1), hash(dt) == hash(dt.replace(fold=1)))
print(dt == dt.date(), dt != dt.date(), date(2024, 3, 10) == datetime(2024, 3, 10))
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5, 5), datetime(2024, 1, 1, 23)]))
print(datetime.fromordinal(738946), datetime.fromisocalendar(2024, 10, 7))
u = datetime(2024, 3, 10, 12, tzinfo=timezone.utc)
print(u.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(1710072000, timezone.utc), datetime.fromtimestamp(1710072000.5, timezone.utc))
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1.0000005), datetime.utcfromtimestamp(-1.0000005))
print(datetime.utcfromtimestamp(1.9999995), datetime.utcfromtimestamp(1234567890.123456))
print(u.utctimetuple())
now = datetime.now()
print(type(now) is datetime, now.tzinfo, now > datetime(2000, 1, 1))
print(datetime.now(timezone.utc).tzinfo, type(datetime.today()).__name__, type(datetime.utcnow()).__name__)
print(abs(datetime.now(timezone.utc) - datetime.now().astimezone()) < timedelta(minutes=1))


class Stamp(datetime):
    def label(self):
        return self.strftime("%Y%m%d-%H%M")


s = Stamp(2024, 5, 6, 7, 8)
print(repr(s), s.label())
for r in (s + timedelta(hours=1), s - timedelta(days=1), s.replace(minute=0),
          Stamp.combine(date(2024, 1, 1), time(1)), Stamp.fromisoformat('2024-01-01T10:00'),
          Stamp.fromtimestamp(0, timezone.utc), s.replace(tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=2)))):
    print(type(r).__name__, repr(r))
print(type(s - s).__name__, type(s.date()).__name__, type(s.time()).__name__)

# copies keep values, types, folds and the UTC singleton
import copy
import enum


class Color(enum.Enum):
    RED = 1


record = {'when': datetime(2024, 1, 2, 3, tzinfo=timezone(timedelta(hours=2), 'X')),
          'day': date(2024, 1, 1), 'at': time(1, fold=1), 'span': timedelta(3),
          'utc': timezone.utc, 'color': Color.RED, 'stamp': s}
clone = copy.deepcopy(record)
print(clone == record, clone['utc'] is timezone.utc, clone['color'] is Color.RED)
print(repr(clone['when']), repr(clone['at']), repr(copy.copy(record['at'])), repr(clone['stamp']))
print(type(copy.copy(s)).__name__, copy.copy(record['day']) == record['day'])
