# f-string and str.format fields formatted straight into the string being
# built: every type and spec shape, conversions before specs, and a field
# that fails after others were written (the partial text never shows).
import sys


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __repr__(self):
        return f"Money({self.cents})"


big = 10**30 + 7
values = [0, 7, -42, 255, big, -big, True, False, 3.5, -0.0, 1e300, float("inf"), float("nan"), "héllo", "x"]
specs = ["", "5", "<6", ">6", "^7", "*^9", "→>5", "05", "+", " ", "-", ",", "_", "#x", "#o", "#b", "X", "e", ".3", "10.2f", "%", "g", "=+8", "c", "s"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(f"[{v:{spec}}]")
        except (ValueError, TypeError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(type(v).__name__, " ".join(row))

m = Money(12345)
print(f"{m}|{m:>12}|{m!r}|{m!r:>14}|{m!s:^20}|{m!a}")
print(f"{'é'!a:>10}|{'q'!r:*<6}|{3!r:05}|{2.5!s:>6}")
print("{0:>5}|{0:05d}|{1:.3e}|{2:^9}|{2!r:^9}".format(42, 1234.5, "mid"))
width, prec = 12, 3
print(f"{3.14159:{width}.{prec}f}|{'left':<{width}}|{255:#{width}x}")
print(f"{65:c}{0x1F600:c}{956:c}", f"{'ok':c>5}")

parts = []
for bad in ["d", "=", ",s", ".2d"]:
    try:
        text = f"start {'str':{bad}} end"
    except ValueError as e:
        parts.append(str(e))
    else:
        parts.append(text)
print(parts)
try:
    s = f"a{1}b{2:,d}c{'x':d}"
except ValueError as e:
    print("ValueError:", e)
print(f"{10**25:,}|{-10**25:_x}|{10**25:>40,}")
sys.stdout.write(f"{'end':=^11}\n")
