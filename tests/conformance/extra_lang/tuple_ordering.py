# Tuple `<` with ints, floats and strs compared in place (sort keys), and
# every other element pair through the general comparison, in CPython's
# order of `==` and `<` calls.
nan = float("nan")
print((1, 2) < (1, 3), (1, 2) < (1, 2), (1, 2) < (1, 2, 0), (2,) < (1, 9), () < (0,))
print((1.5, "a") < (1.5, "b"), (-0.0, 1) < (0.0, 0), (nan, 1) < (nan, 2))
print((float("nan"), 1) < (float("nan"), 2), (1, nan) < (1, 2.0), (1, 2.0) < (1, nan))
print((1, 2) < (1, 2.5), (1, 2.5) < (1, 3), (True, 0) < (1, 1), (2**70, 1) < (2**70, 2))
print(("b", 1) < ("a", 2), ("é", 1) < ("z", 0), ((1, 2), 3) < ((1, 2), 4), ([1], 2) < ([1], 1))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    __hash__ = object.__hash__


a, b, c = Loud(1), Loud(2), Loud(1)
print((0, a) < (0, b))
print((0, a) < (0, c))
print((0, a, 5) < (0, a, 6))
print(sorted([(3, "c"), (1, "b"), (1, "a"), (2.5, "z"), (-1, "q")]))
print(sorted([(x % 3, -x / 2, str(x)) for x in range(10)]))
print(sorted([("b", 2), ("a", 3), ("b", 1)], reverse=True))
print(min([(2, "x"), (1, "y"), (1, "a")]), max([(0.5, 1), (0.5, 2), (0.25, 9)]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
try:
    sorted([(1, None), (1, None)])
    sorted([(1, None), (1, 3)])
except TypeError as e:
    print(e)
deep = ()
for _ in range(50):
    deep = (deep, 1)
print(deep < (deep, 0), (deep, 0) < (deep, 1))
