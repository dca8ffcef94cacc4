# repr/str of data nested far past the recursion limit raises RecursionError
# (CPython's message) instead of overflowing the native stack.
from collections import deque, OrderedDict, defaultdict

N = 3000


def nest(make, start):
    x = start
    for _ in range(N):
        x = make(x)
    return x


class L(list):
    pass


cases = [
    ("list", nest(lambda x: [x], [])),
    ("tuple", nest(lambda x: (x,), ())),
    ("tuple2", nest(lambda x: (x, 1), ())),
    ("dict", nest(lambda x: {"k": x}, {})),
    ("set", {nest(lambda x: frozenset([x]), frozenset())}),
    ("deque", nest(lambda x: deque([x]), deque())),
    ("ordereddict", nest(lambda x: OrderedDict(a=x), OrderedDict())),
    ("defaultdict", nest(lambda x: defaultdict(None, a=x), defaultdict())),
    ("list_subclass", nest(lambda x: L([x]), L())),
    ("exception_args", ValueError(nest(lambda x: [x], []))),
]

for name, value in cases:
    for how, f in [
        ("repr", repr),
        ("str", str),
        ("ascii", ascii),
        ("format", format),
        ("fstring", lambda v: f"{v}"),
        ("fstring_r", lambda v: f"{v!r}"),
        ("str.format", "{}".format),
        ("percent", lambda v: "%s" % (v,)),
    ]:
        try:
            f(value)
            print(name, how, "no error")
        except RecursionError as e:
            print(name, how, type(e).__name__, e)

x = nest(lambda x: [x], [])
try:
    print(x)
except RecursionError as e:
    print("print", type(e).__name__, e)

# Shallow nesting still works, and the depth budget is given back.
shallow = [[[[1, (2, {3: frozenset({4})})]]]]
print(repr(shallow), str(deque([shallow])))
