# Special methods are found along the MRO, builtin bases included, and the
# answer follows changes to the classes between calls.


class Mixin:
    def __eq__(self, other):
        return "mixin-eq"

    def __getitem__(self, key):
        return ("mixin", key)

    def __add__(self, other):
        return "mixin-add"


class D(dict, Mixin):
    pass


class L(Mixin, list):
    pass


d = D(a=1)
print(d == {"a": 1}, d == {"a": 2})
print(d["a"])
try:
    d + d
except TypeError as e:
    print("TypeError:", e)
print(L([1]) == [1], L([1])[0], L() + [2])


class Base:
    def __eq__(self, other):
        return "base"


class Child(Base):
    pass


c = Child()
print(c == 1)
Child.__eq__ = lambda self, other: "child"
print(c == 1)
del Child.__eq__
print(c == 1)
Base.__eq__ = lambda self, other: NotImplemented
print(c == 1, c == c)


class Descr:
    def __get__(self, obj, owner):
        return lambda other: ("descr", type(obj).__name__, other)


class WithDescr:
    __eq__ = Descr()
    __lt__ = object.__lt__


w = WithDescr()
print(w == 5)
try:
    w < w
except TypeError as e:
    print("TypeError:", e)

# Small and large tuples, nested, compared and hashed.
pairs = [(i, str(i)) for i in range(5)]
print(pairs, (1,), (), (1, 2, 3), (1, 2, 3, 4))
print(hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 2, 0), (1, (2, (3,))) == (1, (2, (3,))))
t = ()
for i in range(100000):
    t = (t, i)
del t
a, b, c = (x for x in "xyz")
print(a + b + c, tuple([7]), tuple(range(3)), tuple("abcd"))


# A builtin base ahead of a mixin: the builtin's protocols win.
class Many:
    def __len__(self):
        return 99

    def __iter__(self):
        return iter("mixin")

    def __contains__(self, x):
        return True

    def __bool__(self):
        return False

    def __repr__(self):
        return "mixin-repr"

    def __str__(self):
        return "mixin-str"

    def __lt__(self, o):
        return "mixin-lt"

    def __neg__(self):
        return "mixin-neg"


class ML(list, Many):
    pass


class MT(tuple, Many):
    pass


class MI(int, Many):
    pass


x = ML([1, 2])
print(len(x), list(x), 5 in x, bool(x), repr(x), str(x), x < [3], -x)
t = MT((1, 2))
print(len(t), list(t), 1 in t, bool(t), repr(t), hash(t) == hash((1, 2)))
print(-MI(3), MI(3) < 4, repr(MI(3)), str(MI(3)), bool(MI(0)), bool(MI(5)))
