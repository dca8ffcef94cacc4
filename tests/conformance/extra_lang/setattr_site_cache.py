# An attribute store site goes straight to the instance dict only while
# the class has no __setattr__, no __slots__ and no data descriptor by
# that name; each of those appearing later must be seen.


class Plain:
    pass


def store(obj, v):
    obj.value = v


p = Plain()
for i in range(3):
    store(p, i)
print(p.value, vars(p))

# A __setattr__ added to the class afterwards.
log = []


def hooked(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)


Plain.__setattr__ = hooked
store(p, 7)
print(p.value, log)
del Plain.__setattr__
store(p, 8)
print(p.value, log)


# A data descriptor with the same name added afterwards.
class Base:
    @property
    def other(self):
        return "other"


b = Base()
for i in range(3):
    store(b, i)
print(b.value)


def setter(self, v):
    self.__dict__["shadow"] = v


Base.value = property(lambda self: "from property", setter)
store(b, 99)
print(b.value, b.__dict__)
try:
    Base.value = property(lambda self: "read-only")
    store(b, 100)
except AttributeError as e:
    print("AttributeError:", e)
del Base.value
store(b, 101)
print(b.value)


# A subclass with __slots__ seen by the same site.
class Slotted:
    __slots__ = ("value",)


class NoValue:
    __slots__ = ("other",)


s = Slotted()
store(s, 5)
print(s.value)
try:
    store(NoValue(), 6)
except AttributeError as e:
    print("AttributeError:", e)


# Exception instances keep their special attributes.
def set_cause(e, c):
    e.__cause__ = c


def set_args(e, a):
    e.args = a


err = ValueError("x")
set_cause(err, KeyError("k"))
print(repr(err.__cause__), err.__suppress_context__)
set_args(err, [1, 2])
print(err.args)
for _ in range(2):
    store(err, "on an exception")
print(err.value)


# Many classes through one site, some with data descriptors.
class WithDesc:
    class D:
        def __get__(self, obj, owner):
            return "D.get"

        def __set__(self, obj, v):
            obj.__dict__["seen"] = v

    value = D()


objs = [Plain(), Base(), WithDesc(), Plain(), WithDesc()]
for round_ in range(2):
    for i, o in enumerate(objs):
        store(o, (round_, i))
    print([o.value for o in objs], [vars(o).get("seen") for o in objs])
