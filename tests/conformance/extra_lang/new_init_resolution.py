# Which __new__ and __init__ a call of a class runs: the first on the MRO,
# through builtin bases and mixins, and after the class changes.


class Base:
    def __init__(self, v):
        self.v = ("Base", v)


class Child(Base):
    pass


class Grand(Child):
    def __init__(self, v):
        super().__init__(v * 2)
        self.extra = True


print(Child(1).v, Grand(2).v, Grand(2).extra)


class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


t = Tagged([3, 1, 2], "t")
print(t, t.tag, sorted(t))


class Mixin:
    def describe(self):
        return f"{type(self).__name__}:{len(self)}"


class Named(Mixin, dict):
    def __new__(cls, *args, **kw):
        obj = super().__new__(cls)
        obj.created = True
        return obj


n = Named(a=1)
print(n, n.created, n.describe())


class Counter:
    made = 0

    def __new__(cls, *args):
        cls.made += 1
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


for i in range(3):
    Counter(i)
print(Counter.made)

# Replacing __init__ on the class after instances were made.
def other_init(self, v):
    self.v = ("other", v)


Base.__init__ = other_init
print(Child(5).v)
del Base.__init__
c = Child.__new__(Child)
print(hasattr(c, "v"))
try:
    Child(5)
except TypeError as e:
    print("TypeError:", e)


# __new__ returning another type skips __init__.
class Odd:
    def __new__(cls, x):
        return x * 10

    def __init__(self, x):
        print("never")


print(Odd(4))


class WithInit(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


e = WithInit(7)
print(e, e.code, e.args)
class T(tuple):
    def __new__(cls, x):
        return super().__new__(cls, x)
print(T((1, 2)), type(T((1,))).__name__)
class S(str):
    def __new__(cls, x):
        return super().__new__(cls, x.upper())
print(S("ab"))
class I(int):
    def __new__(cls, x, extra=0):
        return super().__new__(cls, x + extra)
print(I(3, extra=4))
class F(float):
    def __new__(cls, x):
        return super().__new__(cls, x)
print(F(2.5))
class Pre(dict):
    def __new__(cls, *a, **kw):
        o = super().__new__(cls)
        o["pre"] = 1
        return o
print(Pre(b=2), Pre())
class L(list):
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.append("pre")
        return o
print(L([1, 2]), L())
try:
    L(1, 2)
except TypeError as e:
    print("TypeError:", e)
