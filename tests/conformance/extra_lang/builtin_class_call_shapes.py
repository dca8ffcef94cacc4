# str(), int() and float() called with one plain argument take a shortcut
# in Pyroclast for the commonest values; every other value and shape must
# behave as the full constructor.
class I(int):
    pass


class S(str):
    def __str__(self):
        return "S!"


def attempt(f):
    try:
        r = f()
        r = (type(r).__name__, r)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(repr(r))


for call in [
    lambda: str(12), lambda: str(-7), lambda: str(True), lambda: str(1.5), lambda: str(-0.0),
    lambda: str(1e300 * 10), lambda: str(2 ** 70), lambda: str("x"), lambda: str(S("q")),
    lambda: str(I(4)), lambda: str(b"x"), lambda: str(None), lambda: str(), lambda: str([1]),
    lambda: str(b"x", "ascii"), lambda: str(object=5), lambda: str(1, 2, 3, 4),
    lambda: int("123"), lambda: int("-45"), lambda: int("0007"), lambda: int("-0"),
    lambda: int(" 12 "), lambda: int("1_000"), lambda: int("+5"), lambda: int("\u0663"),
    lambda: int("-"), lambda: int(""), lambda: int("12a"), lambda: int("123456789012345678"),
    lambda: int("1234567890123456789"), lambda: int("99999999999999999999"),
    lambda: int(7), lambda: int(True), lambda: int(I(3)), lambda: int(2.9), lambda: int(-2.9),
    lambda: int("ff", 16), lambda: int(x="1"), lambda: int(float("nan")), lambda: int(None),
    lambda: float(3), lambda: float(2.5), lambda: float(True), lambda: float("1e3"),
    lambda: float(2 ** 63), lambda: float(9007199254740993), lambda: float("x"), lambda: float(I(2)),
]:
    attempt(call)

print(list(map(str, [1, 2.0, "3", None])), sorted(["10", "9", "100"], key=int),
      list(map(int, ["4", "-5", " 6"])), list(map(float, [1, "2"])))

# The full constructors' argument handling.
for call in [
    lambda: str(object=5), lambda: str(encoding="utf-8"), lambda: str(b"x", errors="strict"),
    lambda: str(object=b"x", encoding="ascii"), lambda: str(x=1), lambda: str(5, object=3),
    lambda: str(b"x", None), lambda: str(5, encoding="utf-8"), lambda: str("x", "utf-8"),
    lambda: int(base=10), lambda: int(1, 2, 3), lambda: int("5", base=None), lambda: int("10", 2),
    lambda: int("z", base=36), lambda: int("5", base=1), lambda: int(5, base=10),
    lambda: int("5", 2, base=3), lambda: int("0x1f", 0), lambda: int(True, 2),
]:
    attempt(call)

# Constructors that take no keywords say so.
for call in [
    lambda: float(x=1), lambda: tuple(x=1), lambda: tuple(iterable=[1]), lambda: frozenset(x=1),
    lambda: set(x=1), lambda: list(x=1), lambda: bool(x=1), lambda: float(1, 2), lambda: tuple([1], [2]),
]:
    attempt(call)
