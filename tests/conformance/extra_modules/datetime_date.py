# date: construction, ordinals, calendar queries, arithmetic, subclasses.
from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime

print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, str(d), d.isoformat())
print(d + timedelta(days=365), d - timedelta(days=366), timedelta(1) + d)
print(date(2024, 3, 1) - date(2023, 3, 1), date(2023, 3, 1) - date(2024, 3, 1))
print(d.toordinal(), date.fromordinal(1), date.fromordinal(738946), date.fromordinal(3652059))
for y in (1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999):
    for m, dd in ((1, 1), (2, 28), (3, 1), (12, 31)):
        x = date(y, m, dd)
        assert date.fromordinal(x.toordinal()) == x
        print(x, x.toordinal(), x.weekday(), x.isoweekday(), x.isocalendar(), x.timetuple().tm_yday)
ic = date(2021, 1, 3).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], tuple(ic), ic == (2020, 53, 7))
print(type(ic).__name__, len(ic), list(ic))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2026, 53, 1))
print(d.ctime(), date(2024, 5, 7).ctime())
print(d.timetuple())
print(d.replace(year=2023, day=28), d.replace(month=3))
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != 5)
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)]))
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), len({date(2024, 1, 1), date(2024, 1, 1)}))
print(date.fromisoformat('2024-03-10'), date.fromisoformat('20240310'), date.fromisoformat('2024-W10-3'),
      date.fromisoformat('2024W103'), date.fromisoformat('2024-W10'))
print(datetime.date is date, date.__module__, date.__name__, datetime.__name__)
# (no datetime_CAPI: the C API capsule has no use here)
print([n for n in dir(datetime) if not n.startswith("__") and n != "datetime_CAPI"], datetime.__all__)
print(type(date.today()) is date, date.today() >= date(2000, 1, 1))
print(date.fromtimestamp(0), date.fromtimestamp(86400 * 365.25 * 30))


class MyDate(date):
    def __new__(cls, year, month, day, label="x"):
        self = super().__new__(cls, year, month, day)
        self.label = label
        return self

    def __repr__(self):
        return "MyDate<%s %s>" % (self.isoformat(), getattr(self, "label", "-"))


m = MyDate(2024, 1, 31, "start")
print(m, repr(m), m.label, isinstance(m, date))
for r in (m + timedelta(1), m - timedelta(31), m.replace(month=2, day=1),
          MyDate.fromordinal(5), MyDate.fromisoformat('2024-06-01'),
          MyDate.fromisocalendar(2024, 2, 3)):
    print(type(r).__name__, repr(r))
print(type(m - date(2024, 1, 1)).__name__, m - date(2024, 1, 1))
print(m == date(2024, 1, 31), m < date(2024, 2, 1))


class Plain(date):
    pass


print(repr(Plain(2024, 1, 1)), repr(Plain(2024, 1, 1) + timedelta(2)), repr(Plain.today() > date.min))
