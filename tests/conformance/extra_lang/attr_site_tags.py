# Attribute sites remember that a name is no data descriptor of a class
# (its version tag): every change to the class must be seen.
class C:
    x = 1
    @property
    def p(self):
        return 7

def read(o):
    return o.x

c = C()
c.x = 5
print(read(c), read(c))
C.x = property(lambda s: 42)
print(read(c))
C.x = 3
print(read(c))
class D:
    def __get__(self, o, t=None):
        return "D.get"
C.x = D()
print(read(c))
D.__set__ = lambda self, o, v: None
print(read(c))
del D.__set__
print(read(c))
class E(C):
    pass
e = E()
e.x = 9
print(read(e), read(e))
C.x = property(lambda s: "prop")
print(read(e), read(c))

class C2:
    x = 1
    @property
    def p(self):
        return 7

def write(o, v):
    o.x = v
def aug(o):
    o.x += 1

c = C2()
write(c, 5); write(c, 6)
print(c.__dict__, C2.x)
C2.x = property(lambda s: 42, lambda s, v: print("setter", v))
write(c, 8)
aug(c)
print(c.__dict__)
C2.x = 3
write(c, 9); aug(c); aug(c)
print(c.__dict__, C2.x)
class D:
    def __get__(self, o, t=None):
        return "D.get"
C2.x = D()
write(c, 10)
print(c.__dict__, c.x)
D.__set__ = lambda self, o, v: print("D.set", v)
write(c, 11)
print(c.__dict__, c.x)
del D.__set__
write(c, 12)
print(c.__dict__, c.x)
class S:
    __slots__ = ('a',)
    @property
    def q(self): return 1
def ws(o, v):
    o.a = v
s = S(); ws(s, 1); ws(s, 2); print(s.a)
try:
    s.b = 3
except AttributeError as e:
    print(e)
class P:
    def __init__(self):
        self.a = 1; self.b = 2
    @property
    def z(self): return 0
ps = [P() for _ in range(3)]
for p in ps:
    p.b += 10; p.a += 1
    del p.a
    p.c = 5
    p.a = 7
print([vars(p) for p in ps])

# One site, instances of several classes (a base method seeing subclasses).
class B:
    @property
    def p(self):
        return 0

    def get(self):
        return self.v


class Sub(B):
    pass


class Sub2(B):
    pass


objs = [B(), Sub(), Sub2()]
for i, o in enumerate(objs):
    o.v = i
for _ in range(3):
    print([o.get() for o in objs])
Sub.v = property(lambda self: "sub-prop")
print([o.get() for o in objs])
Sub2.v = 5
print([o.get() for o in objs])
B.v = property(lambda self: "b-prop")
print([o.get() for o in objs])
