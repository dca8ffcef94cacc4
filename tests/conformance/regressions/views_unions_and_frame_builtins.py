from collections import namedtuple
d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, d.items() == d.items(), d.keys() == {"a": 0, "b": 1}.keys(), sorted(d.keys() & {"a", "c"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), d.values() == d.values())
P = namedtuple("P", "x y")
print(P(1, 2) + (3,), P(1, 2) * 2, (0,) + P(1, 2))
class I(int): pass
class D(dict): pass
print(I(3) + 1, D(a=1) | {"b": 2})
print({-1, -5, 3}, {-2, 7, -9, 4})
print(list(iter([3, 0, 2, 1].pop, 0)))
print("__name__" in globals(), globals()["__name__"], __doc__)
x = 5
def f():
    y = 2
    return sorted(locals())
print(f(), "x" in dir())
globals()["zz"] = 9
print(zz)
