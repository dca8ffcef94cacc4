# Hooks added to a base class after its subclasses' instances were used:
# every later attribute read and store on the subclass sees them.
class Base:
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.x = 1


def read(o):
    return o.x


def write(o, v):
    o.x = v


leaf = Leaf()
for _ in range(3):
    print(read(leaf))
    write(leaf, 2)


def prop(self):
    return "property wins"


Base.x = property(prop, lambda self, v: print("setter got", v))
print(read(leaf))
write(leaf, 5)
print(leaf.__dict__)
del Base.x
print(read(leaf))


def getattribute(self, name):
    if name == "x":
        return "hooked " + name
    return object.__getattribute__(self, name)


Mid.__getattribute__ = getattribute
print(read(leaf))
del Mid.__getattribute__
print(read(leaf))


def setattr_hook(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)


Base.__setattr__ = setattr_hook
write(leaf, 7)
print(read(leaf))
del Base.__setattr__
write(leaf, 8)
print(read(leaf))


class Desc:
    def __get__(self, obj, cls):
        return "desc get"


Base.x = Desc()
print(read(leaf))
Desc.__set__ = lambda self, obj, v: print("desc set", v)
write(leaf, 9)
print(read(leaf), leaf.__dict__)
del Desc.__set__
print(read(leaf))


class Plain:
    pass


class Child(Plain):
    pass


kid = Child()
Plain.__del__ = lambda self: print("del", type(self).__name__)
kid = None
print("after kid")
p = Plain()
p = None
print("end")
