# type(name, bases, ns) runs __set_name__ and __init_subclass__ as a class
# statement does, takes __qualname__/__module__ from ns, and a class never
# reports a base's __name__/__qualname__ as its own.
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
X = type("X", (Base,), {"d": D()})
print(X.__name__, X.__qualname__, X.__module__)
Y = type("Y", (), {})
print(Y.__module__, type(Y))
class Outer:
    class Inner:
        pass
Z = type("Z", (Outer.Inner,), {})
print(Z.__qualname__, Z.__name__, Outer.Inner.__qualname__)
W = type("W", (), {"__qualname__": "Custom.W", "__module__": "elsewhere"})
print(W.__qualname__, W.__module__, W)
class K(Base, flag=1):
    pass
V = type("V", (Base,), {}, flag=2)
