# super().m(...) call sites remember where they found m: the answer must
# follow class changes, other instance types at the same site, and other
# classes whose methods share one definition site.


class A:
    def m(self):
        return "A.m"

    def n(self, x):
        return ("A.n", x)


class B(A):
    def m(self):
        return "B>" + super().m()


class C(B):
    def m(self):
        return "C>" + super().m()

    def n(self, x):
        return ("C.n", super().n(x))


c, b = C(), B()
print([c.m() for _ in range(3)], b.m(), c.n(1))

# A method appears on an intermediate class after the site found A's.
def b_n(self, x):
    return ("B.n", x * 2)


B.n = b_n
print(c.n(2))
del B.n
print(c.n(3))

# The found method is replaced in place (same name, new function).
A.m = lambda self: "A.m2"
print(c.m(), b.m())


# One definition site, many classes: a factory makes the same method for
# each base, and each call must use its own __class__.
def make(base, tag):
    class K(base):
        def who(self):
            return tag + ":" + super().who()

    return K


class Root:
    def who(self):
        return "root"


class Other:
    def who(self):
        return "other"


K1 = make(Root, "k1")
K2 = make(Other, "k2")
K3 = make(K1, "k3")
for k in (K1(), K2(), K3(), K1(), K3()):
    print(k.who())


# Diamond: the next class depends on the instance's type, not the method's.
class Base:
    def trail(self):
        return ["Base"]


class Left(Base):
    def trail(self):
        return ["Left"] + super().trail()


class Right(Base):
    def trail(self):
        return ["Right"] + super().trail()


class Both(Left, Right):
    def trail(self):
        return ["Both"] + super().trail()


for obj in (Left(), Both(), Right(), Both(), Left()):
    print(type(obj).__name__, obj.trail())


# A classmethod and a staticmethod reached through super().
class P:
    @classmethod
    def make(cls):
        return "P.make for " + cls.__name__

    @staticmethod
    def helper(x):
        return x + 1


class Q(P):
    @classmethod
    def make(cls):
        return "Q>" + super().make()

    def use(self):
        return super().helper(41), super().make()


print(Q.make(), Q().use(), Q().use())


# Attributes that are not plain functions: properties and plain values.
class V:
    label = "V.label"

    @property
    def p(self):
        return "V.p"

    def f(self):
        return "V.f"


class W(V):
    def f(self):
        return super().f() + "|" + super().label + "|" + super().p


print(W().f(), W().f())
V.label = "changed"
print(W().f())


# A missing method raises AttributeError each time, also after a hit.
class Miss(A):
    def go(self):
        return super().gone()


for _ in range(2):
    try:
        Miss().go()
    except AttributeError as e:
        print("AttributeError", e)
A.gone = lambda self: "now there"
print(Miss().go())
del A.gone
try:
    Miss().go()
except AttributeError as e:
    print("AttributeError", e)
