import collections.abc
class Mixin: pass
class S(collections.abc.Sequence):
    def __len__(self): return 1
    def __getitem__(self, i):
        if i: raise IndexError
        return 1
class X(Mixin, S): pass
class Y(S, Mixin): pass
class Z(Mixin, list): pass
for c in (X, Y, Z):
    match c():
        case [*_]: print(c.__name__, "seq")
        case _: print(c.__name__, "not")
class M(collections.abc.Mapping):
    def __getitem__(self, k): return {"a": 1}[k]
    def __iter__(self): return iter("a")
    def __len__(self): return 1
class MS(collections.abc.MutableSequence):
    def __init__(self): self.d = [7]
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
class Plain:
    def __len__(self): return 1
    def __getitem__(self, k): return "p"
    def get(self, k, d=None): return "p"
    def __iter__(self): return iter("a")
for v in (M(), MS(), Plain()):
    match v:
        case {"a": x}: print(type(v).__name__, "mapping", x)
        case [x]: print(type(v).__name__, "sequence", x)
        case _: print(type(v).__name__, "neither")
collections.abc.MutableMapping.register(Plain)
match Plain():
    case [x]: print("sequence?!")
    case {"a": x}: print("registered Plain is a mapping", x)
print("__abc_tpflags__" in collections.abc.Sequence.__dict__, hasattr(M, "__abc_tpflags__"))
class Sub(Plain): pass
match Sub():
    case {"z": x}: print("subclass of registered", x)
collections.abc.Sequence.register(str)
match "ab":
    case [*_]: print("str?!")
    case _: print("str stays a non-sequence")
class Both(collections.abc.Mapping, collections.abc.Sequence):
    pass
try:
    class Bad(metaclass=__import__("abc").ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError:", e)
