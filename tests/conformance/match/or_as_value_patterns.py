import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Consts:
    LIMIT = 10
    class Inner:
        NAME = "inner"

def paint(c):
    match c:
        case Color.RED | Color.GREEN as warm:
            return f"warm-ish {warm.name}"
        case Color.BLUE:
            return "blue"
        case Consts.LIMIT:
            return "at the limit"
        case Consts.Inner.NAME:
            return "inner name"
        case (1 | 2 | 3) as n:
            return f"number {n}"
        case [1, (2 | 3) as second] | [second, 4]:
            return f"second {second}"
        case {"k": (int() | float()) as num}:
            return f"num {num}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case _:
            return "unknown"

for c in [Color.RED, Color.GREEN, Color.BLUE, 10, 10.0, "inner", 2, [1, 3], [7, 4], [1, 4],
          {"k": 1.5}, {"k": "x"}, "long one", "abc"]:
    print(repr(c), paint(c))

# Value patterns compare with ==, so a custom __eq__ is consulted.
class Eq:
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return other == "magic"
class Holder:
    val = Eq()
match "magic":
    case Holder.val:
        print("matched via __eq__")
match "plain":
    case Holder.val:
        print("no")
    case _:
        print("no match via __eq__")

# Literal patterns: 1 == 1.0 == True for numbers, but None/True/False by identity.
for v in [1, 1.0, True, 0, False, 0.0, None]:
    match v:
        case True:
            print(repr(v), "is True")
        case False:
            print(repr(v), "is False")
        case None:
            print(repr(v), "is None")
        case 1:
            print(repr(v), "== 1")
        case 0:
            print(repr(v), "== 0")

# Negative numbers, strings concatenated, and -0.
for v in [-5, -2.5, "ab", -0, 0]:
    match v:
        case -5:
            print("minus five")
        case -2.5:
            print("minus two and a half")
        case "a" "b":
            print("concatenated")
        case -0:
            print("zero", v)

# OR patterns try alternatives in order and bind the first match.
match (1, 2):
    case (1, x) | (x, 2):
        print("first alternative", x)
match (5, 2):
    case (1, x) | (x, 2):
        print("second alternative", x)

# AS pattern around a whole sequence and inside.
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)

# Failed match leaves earlier bindings of other cases alone (CPython binds only on success of the pattern).
x = "before"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        print("x is", x)
