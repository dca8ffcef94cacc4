# Comparisons of data nested far past the recursion limit raise
# RecursionError ("in comparison") instead of overflowing the native stack.
N = 3000


def nest(make, start):
    x = start
    for _ in range(N):
        x = make(x)
    return x


pairs = [
    ("list", lambda: nest(lambda x: [x], [])),
    ("tuple", lambda: nest(lambda x: (x,), ())),
    ("tuple2", lambda: nest(lambda x: (1, x), ())),
    ("dict", lambda: nest(lambda x: {1: x}, {})),
    ("mixed", lambda: nest(lambda x: [(x,)], [])),
]
for name, make in pairs:
    a, b = make(), make()
    ops = [
        ("==", lambda: a == b),
        ("!=", lambda: a != b),
        ("<", lambda: a < b),
        ("<=", lambda: a <= b),
        ("in", lambda: a in [b]),
        ("count", lambda: [b].count(a)),
        ("index", lambda: [b].index(a)),
        ("sorted", lambda: sorted([a, b])),
        ("max", lambda: max([a, b])),
    ]
    if name == "dict":
        ops = ops[:2] + ops[4:7]
    for op, f in ops:
        try:
            f()
            print(name, op, "no error")
        except RecursionError as e:
            print(name, op, type(e).__name__, e)
    # The same object compares equal without descending into it.
    print(name, "identity", a == a, [a].count(a))

t = nest(lambda x: (x,), int)
for name, f in [("isinstance", lambda: isinstance(1, t)), ("issubclass", lambda: issubclass(int, t))]:
    try:
        print(name, f())
    except RecursionError as e:
        print(name, type(e).__name__, e)

# Hashing nested tuples has no depth limit in CPython.
h = nest(lambda x: (x,), ())
print("hash", hash(h) == hash(nest(lambda x: (x,), ())), len({h: 1}))

# Shallow comparisons still work.
print([[1, (2, 3)]] == [[1, (2, 3)]], ((1, (2,)),) < ((1, (3,)),), {1: [2]} == {1: [2]})
