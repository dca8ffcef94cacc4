class C:
    """Doc of C."""
    @property
    def x(self):
        "the x"
        return 1
    @x.setter
    def x(self, v):
        print("set", v)

class D(C):
    pass

print(C.x.__doc__)
print(C.x.fget.__name__, C.x.fset.__name__, C.x.fdel)
print(C.__doc__, D.__doc__)
c = C()
c.x = 5
print(c.x)

class Logged:
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
l = Logged()
l.a = 1
del l.a
print(hasattr(l, "a"))

it = iter([1, 2, 3])
print(it.__next__(), next(it))
print(list(it.__iter__()))

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])

class MyInt(int):
    pass
m = MyInt(5)
print(-m, +m, ~m, abs(MyInt(-3)))

d = {}
for i in range(20000):
    d[i << 16] = i
print(len(d), d[100 << 16])
s = set(i << 20 for i in range(20000))
print(len(s))
try:
    zip([1], 5)
except TypeError as e:
    print(e)
