# timedelta: normalisation, rounding, arithmetic, comparisons, reprs.
from datetime import timedelta

print(repr(timedelta()), repr(timedelta(-1, 86399)), repr(timedelta(seconds=-1)))
print(str(timedelta(seconds=-1)), str(timedelta(days=-2, microseconds=1)), str(timedelta(days=1)))
print(str(timedelta(days=3, hours=4, minutes=5, seconds=6, microseconds=7)))
print(repr(timedelta(weeks=1, days=-1, hours=-1, minutes=1.5, seconds=-0.25,
                     milliseconds=3.3, microseconds=7)))
# half-even rounding of the microseconds left over from floats
for s in (0.5e-6, 1.5e-6, 2.5e-6, -0.5e-6, -1.5e-6, 1e-7, 0.4e-6):
    print(s, repr(timedelta(seconds=s)))
for us in (0.5, 1.5, 2.5, -2.5, 3.5000001):
    print(us, repr(timedelta(microseconds=us)))
print(repr(timedelta(days=1.1, hours=0.3, minutes=-0.7, microseconds=0.49999)))
print(repr(timedelta(days=0.1, seconds=0.1, microseconds=0.1)))

a = timedelta(hours=25, microseconds=3)
b = timedelta(hours=7)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * -1, a * 1.5, 0.1 * a, a * 0.0)
print(a / 7, a / 2.5, a / b, a // 7, a // b, a % b, divmod(a, b))
print(timedelta(seconds=-7) // 2, timedelta(microseconds=-7) / 2)
for n in (-7, -5, -3, 3, 5, 7):
    print(n, repr(timedelta(microseconds=n) / 2), repr(timedelta(microseconds=n) // 2))
print(repr(timedelta(microseconds=-7) % timedelta(microseconds=3)))
print(divmod(timedelta(microseconds=-7), timedelta(microseconds=3)))
print(timedelta(1) / timedelta(hours=5), timedelta(1) // timedelta(hours=5))
print(a.total_seconds(), timedelta(days=-1, microseconds=1).total_seconds())
print(timedelta(days=10**8).total_seconds(), timedelta.max.total_seconds())
print(a.days, a.seconds, a.microseconds)
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))

# comparisons and hashing
print(a == timedelta(seconds=90000, microseconds=3), a != b, a > b, a <= b, b < a)
print(timedelta(minutes=1) == 60, timedelta(minutes=1) != 60)
print(hash(timedelta(1)) == hash(timedelta(hours=24)), len({timedelta(1), timedelta(hours=24), timedelta(0)}))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(timedelta(-1)))
print(sorted([b, a, -a, timedelta(0)]))
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()))

class Span(timedelta):
    def describe(self):
        return "span of %s" % self

s = Span(hours=2)
print(repr(s), s.describe(), type(s + s).__name__, type(s * 2).__name__, type(-s).__name__)
print(isinstance(s, timedelta), Span.max is timedelta.max)
