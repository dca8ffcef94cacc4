# Which objects take weak references: instances of builtin classes
# (exceptions, object()) and atomic values do not; Python subclasses do.
import weakref


class AppError(Exception):
    pass


class Plain:
    pass


for obj in (AppError("x"), Plain(), ValueError(), object(), KeyError("k"),
            1, "s", (1, 2), [1], {}, None):
    try:
        r = weakref.ref(obj)
        print(type(obj).__name__, "ok", r() is obj)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)

s = weakref.WeakSet()
try:
    s.add(RuntimeError())
except TypeError as e:
    print("WeakSet:", e)
