# Call sites and attribute sites remember where they found a method or a
# descriptor; every change to a class along the MRO must be seen.


class Base:
    def greet(self):
        return "base"

    @property
    def kind(self):
        return "base-kind"


class Child(Base):
    pass


class Other:
    def greet(self):
        return "other"

    kind = "other-kind"


def call_greet(obj):
    return obj.greet()


def read_kind(obj):
    return obj.kind


def read_plain(obj):
    return obj.value


c = Child()
print([call_greet(c) for _ in range(3)])

# A method added to the subclass after the site cached the base's.
Child.greet = lambda self: "child"
print(call_greet(c))

# Deleted again: the base's comes back.
del Child.greet
print(call_greet(c))

# The base's method replaced in place.
Base.greet = lambda self: "base2"
print(call_greet(c), call_greet(Base()))

# An instance attribute shadows the method.
c.greet = lambda: "instance"
print(call_greet(c))
del c.greet
print(call_greet(c))

# One site, many classes, round and round.
class A1:
    def greet(self):
        return "a1"


class A2(A1):
    def greet(self):
        return "a2"


class A3(A2):
    pass


class A4:
    greet = staticmethod(lambda: "a4-static")


class A5:
    greet = classmethod(lambda cls: "a5-" + cls.__name__)


objs = [A1(), A2(), A3(), A4(), A5(), Other(), c]
for _ in range(3):
    print([call_greet(o) for o in objs])

# A callable object as the class attribute.
class Callable:
    def __call__(self, *args):
        return ("callable", len(args))


class A6:
    greet = Callable()


print(call_greet(A6()))

# Properties read through a site, then changed.
print([read_kind(o) for o in (c, Base(), Other())])
Base.kind = property(lambda self: "new-kind")
print(read_kind(c))
Base.kind = "plain"
print(read_kind(c))
c.kind = "mine"
print(read_kind(c))
Base.kind = property(lambda self: "prop-again")
print(read_kind(c))  # a data descriptor wins over the instance dict


# Instance attribute reads beside data descriptors, then a descriptor
# with the same name added to the class.
class P:
    def __init__(self):
        self.value = 1

    @property
    def other(self):
        return 2


p = P()
print([read_plain(p) for _ in range(3)])
P.value = property(lambda self: "descriptor")
print(read_plain(p))
del P.value
print(read_plain(p))


class Desc:
    def __get__(self, obj, owner):
        return "desc-get"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


P.value = Desc()
print(read_plain(p))
Desc.__set__ = None
del Desc.__set__
print(read_plain(p))  # no longer a data descriptor: the instance dict wins


# A method found on a base changes its mind when a class in between
# gains one.
class Top:
    def who(self):
        return "top"


class Mid(Top):
    pass


class Bottom(Mid):
    pass


def who(o):
    return o.who()


b = Bottom()
print([who(b) for _ in range(3)])
Mid.who = lambda self: "mid"
print(who(b))
Bottom.who = lambda self: "bottom"
print(who(b), who(Mid()), who(Top()))

# Many classes defined at run time, each with its own method.
classes = [type(f"K{i}", (), {"greet": (lambda i: lambda self: i)(i)}) for i in range(40)]
print(sum(call_greet(k()) for k in classes for _ in range(2)))
