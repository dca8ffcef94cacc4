# time.strptime: the directives of _strptime, case-insensitive names,
# whitespace, defaults, week and ISO-week arithmetic, round trips through
# strftime, and CPython's error messages.
import time


def show(*args):
    try:
        r = time.strptime(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(tuple(r), r.tm_zone, r.tm_gmtoff)


show("2024-02-29 13:05:09", "%Y-%m-%d %H:%M:%S")
show("Thu Feb 29 13:05:09 2024")
show("thu FEB 29 13:05:09 2024")
show("Tue Mar  5 14:07:09 2024", "%c")
show("03/05/24", "%x")
show("14:07:09", "%X")
show("12/31/99 23:59:60", "%x %X")
show("", "")
show("1 12", "%d %m")
show("1\t\n 2", "%d %m")
show("12", "%d%m")
show("112", "%d%m")
show(" 1", "%d")
show("Monday 1 January 2024", "%A %d %B %Y")
show("MONDAY", "%A")
show("sept", "%b")
show("September", "%b")
show("SEP", "%B")
show("12 pm", "%I %p")
show("12 AM", "%I %p")
show("1 PM", "%I %p")
show("7", "%I")
show("1 pm", "%H %p")
show("69", "%y")
show("68", "%y")
show("00", "%y")
show("366", "%j")
show("2024-366", "%Y-%j")
show("2023-366", "%Y-%j")
show("2024 10 3", "%Y %U %w")
show("2024 10 3", "%Y %W %w")
show("2024 0 0", "%Y %U %w")
show("2024 0 1", "%Y %W %w")
show("2024 53 6", "%Y %W %w")
show("2024 10 3", "%G %V %u")
show("2021 1 1", "%G %V %u")
show("2020 53 7", "%G %V %u")
show("2024 1 1 1", "%Y %m %d %w")
show("Mon 2024", "%a %Y")
show("02/29", "%m/%d")
show("29", "%d")
show("1.5", "%S.%f")
show("1.123456", "%S.%f")
show("%", "%%")
show("5%", "5%%")
show("a(b", "a(b")
show("A(B.c", "a(b.C")
show("ÄÖ", "äö")

# %z and %Z.
show("+0530", "%z")
show("-05:30", "%z")
show("+05:30:12", "%z")
show("+053012.5", "%z")
show("Z", "%z")
show("z", "%z")
show("+05:3012", "%z")
show("+0530:12", "%z")
show("UTC", "%Z")
show("gmt", "%Z")
show("2024-01-01 12:00:00 +0100 UTC", "%Y-%m-%d %H:%M:%S %z %Z")

# Errors.
show("2024", "%y")
show("123", "%d")
show("  1", "%d")
show("2024-02-30", "%Y-%m-%d")
show("0000", "%Y")
show("13", "%I")
show("5", "%q")
show("5", "%D")
show("5", "%")
show("5", "5%")
show("5 ", "5% ")
show("5.", "5%.")
show("x", "%Q%")
show("2024 10", "%G %V")
show("2024 3", "%G %u")
show("10 3", "%V %u")
show("10", "%V")
show("2024 10 3", "%Y %V %u")
show("2024 10 3 1", "%G %V %u %j")
show("9999 366", "%Y %j")
show("0001 0 0", "%Y %U %w")
show("x", 5)
show(b"x", "x")
show(5)
show()
show("a", "b", "c")
try:
    time.strptime(string="x")
except TypeError as e:
    print("TypeError", e)
try:
    time.strptime("1 1", "%d %d")
except Exception as e:
    print(type(e).__name__, e)
try:
    time.strptime("x", "%c %a")
except Exception as e:
    print(type(e).__name__, e)
try:
    time.strptime("x", "a.b %z %z")
except Exception as e:
    print(type(e).__name__, e)

# Round trips through strftime.
for secs in [0, 951782400, 1700000000, 2000000000, -1000000000]:
    g = time.gmtime(secs)
    for fmt in ["%Y-%m-%d %H:%M:%S", "%c", "%a %b %d %H:%M:%S %Y", "%x %X",
                "%A %d %B %Y %I:%M:%S %p", "%Y %j %H:%M:%S", "%Y %U %w %H",
                "%Y %W %a %H", "%G %V %u %H"]:
        text = time.strftime(fmt, g)
        back = time.strptime(text, fmt)
        print(repr(text), tuple(back)[:6] == tuple(g)[:6] or tuple(back)[:6],
              back.tm_wday == g.tm_wday, back.tm_yday == g.tm_yday)
print(type(time.strptime("2024", "%Y")))
print(time.strptime("2024", "%Y") == (2024, 1, 1, 0, 0, 0, 0, 1, -1))
