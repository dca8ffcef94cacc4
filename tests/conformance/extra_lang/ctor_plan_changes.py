# Calling a class remembers where its __new__/__init__ are until a class
# namespace changes: every change below must be seen by the next call.
class Base:
    pass


class A(Base):
    count = 0


def show(label, obj):
    print(label, type(obj).__name__, sorted(vars(obj).items()) if hasattr(obj, "__dict__") else obj)


show("plain", A())
A.__init__ = lambda self, x=1: setattr(self, "x", x)
show("added init", A(5))
A.count += 1
show("after plain update", A(6))


def init2(self, *args):
    self.args2 = args


A.__init__ = init2
show("replaced init", A(1, 2))
del A.__init__
show("deleted init", A())
Base.__init__ = lambda self: setattr(self, "from_base", True)
show("base init", A())


class B(A):
    def __init__(self, y):
        super().__init__()
        self.y = y


show("subclass", B(3))


def base_new(cls, *args, **kwargs):
    print("base __new__", cls.__name__, args)
    return object.__new__(cls)


Base.__new__ = base_new
show("base new", B(4))
show("base new again", A())


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class C(metaclass=Meta):
    def __init__(self, v):
        self.v = v


show("metaclass", C(7))
D = type("D", (A,), {"z": 1})
show("type()", D())


class Callable:
    def __call__(self, obj, *args):
        print("callable init", args)


A.__init__ = Callable()
try:
    A(1)
except TypeError as e:
    print("TypeError", e)
A.__init__ = staticmethod(lambda *a: print("static init", len(a)))
try:
    A(2)
except TypeError as e:
    print("TypeError", e)
del A.__init__


class E(Exception):
    pass


print(repr(E(1, 2)))
E.__init__ = lambda self, a: Exception.__init__(self, a * 2)
print(repr(E(21)))
for i in range(3):
    Base.__init__ = (lambda k: lambda self: setattr(self, "k", k))(i)
    show("loop", A())
