# Soft keywords stay ordinary names outside a match statement.
match = 1
case = 2
_ = 3
print(match, case, _)
def match(x):
    return x * 2
print(match(4))
class case:
    x = 10
print(case.x)
match = [5, 6]
print(match[0])
match_ = {"a": 1}
print(match_)
match, case = 1, 2
print(match, case)

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case int(n) if n > 100:
            return f"big {n}"
        case _:
            return "other"

for v in [0, 1, 3, -1, 1.5, "hello", b"raw", None, True, False, 1.0, 0.0, 500, 50, "x"]:
    print(repr(v), describe(v))

# A capture binds even in a case that later fails its guard.
match 7:
    case y if y < 0:
        print("neg")
    case z:
        print("z", z)
print("y after", y)

# No case matches: nothing happens.
match 3:
    case 1:
        print("one")
print("after no match")

# Subject forms: a tuple without parentheses, a starred item, a walrus.
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
match (w := 9):
    case 9:
        print("walrus", w)

# `match` as a name in expressions at statement start.
match = {"k": 1}
match["k"] = 2
print(match)
match.update(z=3)
print(sorted(match))
match: int = 5
print(match)
case = [1]
case[0] = 4
print(case)

# Nested match statements, and match inside loops with break/continue.
for i in range(6):
    match i % 3:
        case 0:
            continue
        case 1:
            match i:
                case 4:
                    print("four")
                    break
                case other:
                    print("one mod three", other)
        case _:
            print("two mod three", i)
print("loop done", i)

# Return from inside a case; the guard sees the captured names.
def first_even(xs):
    for x in xs:
        match x:
            case int(n) if n % 2 == 0:
                return n
    return None
print(first_even([1, 3, 8, 5]), first_even([1]))

# The guard can be any expression, including a walrus.
match [1, 2]:
    case [p, q] if (s := p + q) > 2:
        print("sum", s)
