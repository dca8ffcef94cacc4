# str.format: literal runs, escaped braces, field names with indexes and
# attributes, conversions, nested specs, non-ASCII text, and the errors.
class P:
    x = 3
    y = [10, 20]


print("café {0} → {1!r} ünï {{}} {name:>6} {{{0}}}".format("a", "é", name="ñ"))
print("{0[1]} {0[k]} {1.x} {1.y[1]} {2!s:*^9} {2!a}".format({1: "one", "k": "kay"}, P(), "ø"))
print("{:{}.{}f}|{:{w}}|{:>{width}}".format(3.14159, 9, 3, 7, "x", w=4, width=5))
print("{}{}{}".format(1, 2, 3), "{0}{0}{1}".format("ab", "c"), "{:%}".format(0.25))
print("{[0]}".format(["é"]), "{a[é]}".format(a={"é": 5}), "×{}×".format("÷"))
print("{:}|{!r:}|{!s}".format(5, "q", 6), "{!r}".format("é"))
for bad in ["{", "}", "{0", "{0!}", "{0!x}", "{0!rr}", "{:{:{}}}", "{0:{", "{!é}", "{a{b}", "x}y"]:
    try:
        print(repr(bad.format(1, 2, 3, a=4)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
print("{0:{1}}".format("é", "ü^7"), format("é", "ü^7"), "{:é<4}".format(1))
print("{0.real:{0.imag}}".format(5 + 3j), "{:,}".format(1234567), "{:_b}".format(255))
print("{:.3}".format("abcdef"), "{:^10.2e}".format(12345.678), "{:#o}".format(8))
print("a{}b{}c".format("", ""), "".format(), "{}".format("{}"))
