# time's calendar functions: struct_time, gmtime, asctime, ctime, mktime and
# localtime. Values in UTC are printed; for local time (the test machine's
# zone may be anything) only relations that hold in every zone.
import time


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


# gmtime at fixed instants, including negative and fractional ones.
for secs in [0, 1, -1, 86400 * 365, 951782400, 1700000000.5, 1700000000.999,
             -1.5, -0.5, 2**31 - 1, 2**31, -2**31, 4102444800, -62135596800,
             253402300799, -86400 * 365 * 100]:
    st = time.gmtime(secs)
    print(secs, st, st.tm_zone, st.tm_gmtoff)

# struct_time behaves as a 9-tuple.
st = time.gmtime(1700000000)
print(len(st), st[0], st[-1], st[1:4], list(st), tuple(st))
year, mon, mday, hour, minute, sec, wday, yday, isdst = st
print(year, mon, mday, hour, minute, sec, wday, yday, isdst)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec,
      st.tm_wday, st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(st == tuple(st), st == time.gmtime(1700000000), st != time.gmtime(0))
print(st < (2024,), st > (2023, 11, 14), time.gmtime(0) < st)
print(hash(st) == hash(tuple(st)), isinstance(st, tuple), type(st).__name__)
print(type(st), type(st).__module__, type(st).__mro__)
print(st + (1, 2), st.count(0), st.index(14))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
print(sorted(d for d in dir(st) if not d.startswith("_")))
try:
    st.tm_year = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    st[0] = 1
except TypeError:
    print("TypeError")
try:
    st[9]
except IndexError as e:
    print("IndexError", e)

# Construction from sequences, with the optional dict for the extra fields.
show(time.struct_time, (2024, 1, 2, 3, 4, 5, 1, 2, 0))
show(time.struct_time, [2024, 1, 2, 3, 4, 5, 1, 2, 0, "ABC", 3600])
show(lambda: time.struct_time(range(9)).tm_zone)
show(lambda: time.struct_time(range(10)).tm_zone)
show(lambda: time.struct_time(range(11)).tm_gmtoff)
show(lambda: time.struct_time(range(9), {"tm_zone": "Z", "tm_gmtoff": 60}).tm_gmtoff)
show(lambda: time.struct_time(range(9), {"tm_zone": "Z"}).__reduce__())
show(lambda: time.struct_time("abcdefghi"))
show(time.struct_time, (1, 2, 3))
show(time.struct_time, range(12))
show(time.struct_time, 5)
show(time.struct_time, range(9), 5)
show(time.struct_time)
show(lambda: time.struct_time(time.gmtime(0)) == time.gmtime(0))

# asctime and ctime.
show(time.asctime, (2024, 2, 29, 13, 5, 9, 3, 60, 0))
show(time.asctime, (1, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (-44, 3, 15, 12, 0, 0, 4, 74, 0))
show(time.asctime, (12345, 12, 31, 23, 59, 61, 6, 366, 1))
show(time.asctime, (2000, 0, 0, 0, 0, 0, 0, 0, 0))
show(time.asctime, time.gmtime(1700000000))
show(time.asctime, (2000, 13, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (2000, 1, 32, 0, 0, 0, 0, 1, 0))
show(time.asctime, (2000, 1, 1, 24, 0, 0, 0, 1, 0))
show(time.asctime, (2000, 1, 1, 0, 60, 0, 0, 1, 0))
show(time.asctime, (2000, 1, 1, 0, 0, 62, 0, 1, 0))
show(time.asctime, (2000, 1, 1, 0, 0, 0, -2, 1, 0))
show(time.asctime, (2000, 1, 1, 0, 0, 0, 0, 367, 0))
show(time.asctime, (2000, 1, 1))
show(time.asctime, [2000, 1, 1, 0, 0, 0, 0, 1, 0])
show(time.asctime, (2000.0, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (2**31, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (2**64, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (-2**31, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, 5)

# Argument checks of the conversions.
show(time.gmtime, float("nan"))
show(time.gmtime, float("inf"))
show(time.gmtime, 2**63)
show(time.gmtime, "0")
show(time.gmtime, 1, 2)
show(lambda: time.gmtime(True))
show(lambda: time.gmtime(None) > (2000,))
show(time.ctime, float("nan"))
show(time.localtime, "x")
try:
    time.gmtime(10**18)
except OSError as e:
    print("OSError")
show(time.mktime, (2000, 1, 1))
show(time.mktime, [2000, 1, 1, 0, 0, 0, 0, 1, 0])
show(time.mktime, (2000, 1, 1, 0, 0, 0.5, 0, 1, 0))
show(time.mktime)
show(lambda: time.mktime(t=1))

# Local time: relations that hold in any zone.
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1))
print(type(time.tzname), len(time.tzname), all(isinstance(n, str) for n in time.tzname))
print(time.altzone <= time.timezone, (time.altzone == time.timezone) == (not time.daylight))


def utc_seconds(t):
    days = 0
    y = t.tm_year
    days = (y - 1970) * 365 + (y - 1969) // 4 - (y - 1901) // 100 + (y - 1601) // 400
    days += t.tm_yday - 1
    return ((days * 24 + t.tm_hour) * 60 + t.tm_min) * 60 + t.tm_sec


for secs in [0, 86400 * 365, 951782400, 1000000000, 1700000000, 1710000000,
             1720000000, 1730000000, 2000000000, -100000000]:
    lt = time.localtime(secs)
    gm = time.gmtime(secs)
    print(secs,
          utc_seconds(gm) == secs,
          utc_seconds(lt) - secs == lt.tm_gmtoff,
          time.mktime(lt) == secs,
          time.mktime(tuple(lt)) == secs,
          time.ctime(secs) == time.asctime(lt),
          lt.tm_isdst in (0, 1),
          type(lt.tm_zone) is str,
          time.localtime(secs + 0.75) == lt)

# mktime normalizes out-of-range fields like C's.
base = time.mktime((2024, 1, 31, 12, 0, 0, 0, 0, -1))
print(time.mktime((2024, 2, 0, 12, 0, 0, 0, 0, -1)) == base)
print(time.mktime((2023, 13, 31, 12, 0, 0, 0, 0, -1)) == base)
print(time.mktime((2024, 1, 30, 36, 0, 0, 0, 0, -1)) == base)
print(time.mktime((2024, 1, 31, 11, 60, 0, 0, 0, -1)) == base)
print(time.mktime((2024, 1, 31, 12, 1, -60, 0, 0, -1)) == base)
print(time.mktime((2024, 1, 31, 12, 0, 0, 5, 200, -1)) == base)
print(type(base), base == int(base))
