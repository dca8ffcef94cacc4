class S(str):
    def __init__(self, v):
        self.extra = len(v)
s = S("hi")
print(s, s.extra, s.upper())
class L(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
l = L([1, 2], "t")
print(l, l.tag, len(l))
class D(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
print(D(a=1))
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(T(1, 2), T(1, 2)[1])
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(4), I(4) + 1)
