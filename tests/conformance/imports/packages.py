# Packages: __init__, submodules, nested packages, attributes, names.
import pkg
print(pkg.VALUE, pkg.guard)
import pkg.mod
print(pkg.mod.hello())
import pkg.sub.leaf as leaf
print(leaf.LEAF, leaf.__name__, leaf.__package__)
print('sub' in dir(pkg), pkg.sub.leaf is leaf)
from pkg import mod
print(mod is pkg.mod)
from pkg.sub.leaf import LEAF as L
print(L)
from pkg.sub.deep import bottom
print(bottom.WHERE)
print(pkg.sub.deep.bottom is bottom)


def tail(path, n):
    # The last n parts of a path, without the machine-specific folders.
    return '/'.join(path.replace('\\', '/').split('/')[-n:])


print(tail(pkg.__file__, 2), [tail(p, 1) for p in pkg.__path__])
print(tail(pkg.mod.__file__, 2), hasattr(pkg.mod, '__path__'))
print(pkg.__spec__.name, pkg.__spec__.parent, tail(pkg.__spec__.origin, 2))
print(leaf.__spec__.name, leaf.__spec__.parent, tail(leaf.__spec__.origin, 3))
print(pkg.__spec__.submodule_search_locations == pkg.__path__)
print(leaf.__spec__.submodule_search_locations)
print(pkg.__loader__ is pkg.__spec__.loader, type(pkg.__loader__).__name__)
print(__name__, __spec__, __package__)
print(repr(pkg).startswith("<module 'pkg' from '"), repr(pkg).endswith("__init__.py'>"))
print(type(pkg).__name__, pkg.__doc__)
