# int() of text: the plain-decimal fast path and the general parser agree
# with CPython on signs, spaces, underscores, leading zeros, non-ASCII
# digits and the edge of a machine int.
try:
    print(repr(int("123")))
except ValueError as e:
    print(e)
try:
    print(repr(int(" -42 ")))
except ValueError as e:
    print(e)
try:
    print(repr(int("+7")))
except ValueError as e:
    print(e)
try:
    print(repr(int("0")))
except ValueError as e:
    print(e)
try:
    print(repr(int("00")))
except ValueError as e:
    print(e)
try:
    print(repr(int("012")))
except ValueError as e:
    print(e)
try:
    print(repr(int("1_000")))
except ValueError as e:
    print(e)
try:
    print(repr(int("٣")))
except ValueError as e:
    print(e)
try:
    print(repr(int("999999999999999999")))
except ValueError as e:
    print(e)
try:
    print(repr(int("9999999999999999999")))
except ValueError as e:
    print(e)
try:
    print(repr(int("-0")))
except ValueError as e:
    print(e)
try:
    print(repr(int("12a")))
except ValueError as e:
    print(e)
for s in ["0", "-0", "+12", " 34\n", "0012", "١٢٣", "9223372036854775807", "-9223372036854775808", "99999999999999999999"]:
    print(repr(s), int(s), int(s, 0) if not s.strip().lstrip("+-").startswith("0") or s.strip().lstrip("+-") == "0" else "base0-error")
for bad in ["", " ", "-", "1 2", "0x10", "1e3", "١_٢"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(e)

# Invalid text in each base: the message quotes the text as given.
for text in ["x1", "12a", "1__0", "_1", "1_", "-x", "1 2", "1e3", "0x10", "٣x"]:
    for base in (10, 0, 16):
        try:
            print(repr(text), base, int(text, base))
        except ValueError as e:
            print(repr(text), base, e)
