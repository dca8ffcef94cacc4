class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)
class Const:
    def __get__(self, obj, t=None): return "got"
class Item:
    price = Positive()
    qty = Positive()
    c = Const()
    def __init__(self, p, q):
        self.price = p; self.qty = q
it = Item(3, 4)
print(it.price, it.qty, it.c, type(Item.price).__name__)
try:
    it.qty = -1
except ValueError as e:
    print(e)
it.c = 5; print(it.c)
registry = []
class Plugin:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, tag))
class A(Plugin): pass
class B(Plugin, tag="b"): pass
print(registry)
import functools
class W:
    @functools.cached_property
    def val(self):
        print("computing"); return 42
w = W(); print(w.val, w.val)
