import sys

a = "".join(["sp", "am"])
b = "".join(["s", "pam"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == "spam", sys.intern(ia) is ia)
n = "".join(["na", "me"])
name = 1
print(sys.intern(n) is list(globals())[-1])
c = "".join(["x", "y", "z", "!", " "])
print(sys.intern(c) is sys.intern(c[:]), sys.intern(c) is sys.intern("".join(["xyz", "! "])))


class S(str):
    pass


for bad in (S("spam"), 1, b"spam", None):
    try:
        sys.intern(bad)
    except TypeError as e:
        print(type(e).__name__, e)
d = {sys.intern("".join(["k", "ey"])): 1}
print(list(d)[0] is sys.intern("key"))
