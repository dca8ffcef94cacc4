# time.strftime with fixed time tuples: every glibc directive, GNU flags and
# widths, unknown directives, range checks and argument errors. %Z and %s
# depend on the local zone, so they only appear with struct_times from
# gmtime (whose zone is GMT) or in relations.
import time

samples = [
    (2024, 2, 29, 13, 5, 9, 3, 60, 0),
    (1999, 12, 31, 23, 59, 60, 4, 365, 0),
    (2021, 1, 1, 0, 0, 0, 4, 1, 0),
    (2020, 12, 31, 12, 30, 45, 3, 366, 0),
    (2024, 12, 30, 7, 8, 9, 0, 365, 1),
    (1, 1, 1, 0, 0, 0, 0, 1, 0),
    (-5, 12, 31, 11, 59, 59, 6, 365, 0),
    (12345, 6, 15, 12, 0, 0, 5, 166, -1),
]
directives = "aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYz%"
for t in samples:
    print(t)
    for d in directives:
        print("  %" + d, repr(time.strftime("%" + d, t)))

t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
for f in ["%Y-%m-%d %H:%M:%S", "%d/%m/%y", "[%c]", "%A, %B %d, %Y", "%I:%M %p",
          "%%Y is %Y", "%j.%U.%W.%V", "", "no directives", "%", "%5", "%-", "%E",
          "%Q", "%5Q", "%^q", "%^#q", "%+", "%:z", "%Ey", "%EY", "%EC", "%Ec",
          "%Ex", "%EX", "%OY", "%Ox", "%Oc", "%OX", "%Od", "%Om", "%Ob", "%OB",
          "%Ed", "%Eb", "%Ea", "%OA", "%E%", "%O%", "%5%", "%Oe", "%OI", "%On",
          "%10Y", "%_10Y", "%-10Y", "%010Y", "%-d", "%_d", "%0e", "%-e", "%_H",
          "%3y", "%_3j", "%-j", "%5C", "%1C", "%^a", "%#a", "%^A", "%#B",
          "%^b", "%10B", "%-10B", "%010B", "%_10A", "%#p", "%^p", "%P", "%#P",
          "%^P", "%03p", "%^c", "%#c", "%20c", "%-20x", "%020x", "%_20T",
          "%3D", "%5n", "%05t", "%#z", "%5z", "%_5z", "%-z", "%-5z", "%06z",
          "%^x", "%^r", "%^R", "%ec", "%5E", "%-E", "%E5d", "%_", "%^", "%#",
          "%05", "%i%J%K%L%N%f%v%q%o", "é%é%%ü", "\U0001F600 %Y", "100%"]:
    print(repr(f), repr(time.strftime(f, t)))

# Widths past the buffer CPython grows for the format give an empty string.
print(len(time.strftime("%1000Y", t)), len(time.strftime("%3000Y", t)),
      len(time.strftime("%2147483647Y", t)), len(time.strftime("%3000Y" + "x" * 20, t)))

# A struct_time carries its zone and offset into %Z and %z.
g = time.gmtime(1700000000)
print(time.strftime("%Z %z %c", g))
st = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, "XYZ", -(5 * 3600 + 30 * 60 + 59)))
print(time.strftime("%Z|%z|%#Z|%^Z|%10Z|%-z|%10z", st))
st = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, "ABC", 3600 * 14))
print(time.strftime("%Z %z", st))
st = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, -1, "ABC", 3600))
print(repr(time.strftime("%Z|%z", st)))
print(repr(time.strftime("%z", (2000, 1, 1, 0, 0, 0, 5, 1, -1))))
print(repr(time.strftime("%z", (2000, 1, 1, 0, 0, 0, 5, 1, 0))))
print(repr(time.strftime("%z", (2000, 1, 1, 0, 0, 0, 5, 1, 7))))

# Zero month, day and year day stand for the first.
print(time.strftime("%m %d %j", (2000, 0, 0, 0, 0, 0, 0, 0, 0)))


def show(*args):
    try:
        print(repr(time.strftime(*args)))
    except Exception as e:
        print(type(e).__name__, e)


show("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))
show("%Y", (2000, -1, 1, 0, 0, 0, 0, 1, 0))
show("%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0))
show("%Y", (2000, 1, -1, 0, 0, 0, 0, 1, 0))
show("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0))
show("%Y", (2000, 1, 1, -1, 0, 0, 0, 1, 0))
show("%Y", (2000, 1, 1, 0, 60, 0, 0, 1, 0))
show("%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0))
show("%S", (2000, 1, 1, 0, 0, 61, 0, 1, 0))
show("%Y", (2000, 1, 1, 0, 0, 0, -2, 1, 0))
show("%a", (2000, 1, 1, 0, 0, 0, -1, 1, 0))
show("%a %u %w", (2000, 1, 1, 0, 0, 0, 13, 1, 0))
show("%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0))
show("%Y", (2000, 1, 1, 0, 0, 0, 0, -1, 0))
show("%Y", (2000, 1, 1))
show("%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0])
show("%Y", (2000, 1, 1, 0, 0, 0, 0, 1, 0, 0))
show("%Y", (2000.5, 1, 1, 0, 0, 0, 0, 1, 0))
show("%Y", ("2000", 1, 1, 0, 0, 0, 0, 1, 0))
show("%Y", (2**31, 1, 1, 0, 0, 0, 0, 1, 0))
show("%Y", (2**70, 1, 1, 0, 0, 0, 0, 1, 0))
show("%Y", (-2**31, 1, 1, 0, 0, 0, 0, 1, 0))
show("%Y", (True, 1, 1, 0, 0, 0, 0, 1, 0))
show("%Y", None)
show("%Y", 5)
show(5)
show(b"%Y")
show("a\0b", (2000, 1, 1, 0, 0, 0, 0, 1, 0))
show()
show("%Y", (2000, 1, 1, 0, 0, 0, 0, 1, 0), 1)
show("%Z", time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 5, 0)))
show("%z", time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, "A", "B")))
try:
    time.strftime(format="%Y")
except TypeError as e:
    print(e)

# Without a tuple: the local time now.
now = time.strftime("%Y-%m-%d")
print(len(now), now[4], now[7], int(now[:4]) >= 2024)
lt = time.localtime(1700000000)
print(time.strftime("%Z", lt) == lt.tm_zone)
print(time.strftime("%s", lt) == "1700000000")
off = lt.tm_gmtoff
sign = "-" if off < 0 else "+"
print(time.strftime("%z", lt) == "%s%02d%02d" % (sign, abs(off) // 3600, abs(off) // 60 % 60))
