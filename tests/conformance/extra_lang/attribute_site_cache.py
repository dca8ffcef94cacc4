# Attribute sites remember where they last found a name (an instance dict
# index, the name's hash); every change to the instance or its class must
# still be seen at the same site.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(p):
    return p.x


def call_norm(p):
    return p.norm1()


a = Point(1, 2)
b = Point(3, 4)
print(read_x(a), read_x(b), call_norm(a))

# Different dict layouts at the same site.
c = Point.__new__(Point)
c.y = 10
c.x = 20
print(read_x(c), call_norm(c))
del c.y
c.y = -1
print(read_x(c), call_norm(c))

# An instance attribute shadowing a method at a call site that cached it.
a.norm1 = lambda: "instance callable"
print(call_norm(a), call_norm(b))
del a.norm1
print(call_norm(a))

# A data descriptor added to the class later wins over the dict.
Point.x = property(lambda self: "property x")
print(read_x(a), read_x(b), read_x(c))
del Point.x
print(read_x(a), read_x(b))

# A class with a property: plain attributes beside it.


class Temp:
    def __init__(self, c):
        self._c = c
        self.note = "n"

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9


def show(t):
    return (t._c, t.note, t.f)


t = Temp(100)
u = Temp(0)
print(show(t), show(u))
t.f = 32
print(show(t))
u.__dict__["f"] = "shadow attempt"
print(show(u), u.__dict__["f"])
Temp.note = property(lambda self: "class note")
print(show(t))
del Temp.note
print(show(t))


# __getattr__ for names the site never finds.
class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "computed " + name


def get_real(o):
    return o.real


lz = Lazy()
print(get_real(lz))
del lz.real
print(get_real(lz))
lz.real = 2
print(get_real(lz))

# Many attributes: index hints past the first entries.
class Wide:
    pass


w = Wide()
for i in range(30):
    setattr(w, f"a{i}", i)


def last(o):
    return o.a29


print(last(w))
for i in range(0, 29):
    delattr(w, f"a{i}")
print(last(w), sorted(vars(w)))


# A method call looks the method up before evaluating its arguments (as
# CPython's LOAD_METHOD): an argument that rebinds the method does not
# change the call in progress, and a missing attribute is reported before
# an argument's error.
class K:
    def m(self, x):
        return ("class m", x)


k = K()


def rebind():
    k.m = lambda x: ("instance m", x)
    return 1


print(k.m(rebind()))
print(k.m(2))
del k.m
for obj in [k, "text", [1], K]:
    try:
        obj.missing(undefined_name)
    except Exception as e:
        print(type(e).__name__, e)


async def arg_later():
    return 3


async def calls():
    print(k.m(await arg_later()))
    try:
        k.missing(await arg_later(), undefined_name)
    except Exception as e:
        print(type(e).__name__, e)
    print("abc".upper(), [3, 1].count(await arg_later()))


import asyncio

asyncio.run(calls())
