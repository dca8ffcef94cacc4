# The loader of __main__ and of a module imported from a file: the class
# `_frozen_importlib_external.SourceFileLoader`, its attributes, methods,
# equality and hash.
import sys
import _frozen_importlib_external as external

L = __loader__
print(type(L).__module__, type(L).__qualname__, type(L) is external.SourceFileLoader)
print(repr(L).startswith("<_frozen_importlib_external.SourceFileLoader object at 0x"))
print(sorted(vars(L)), L.name, L.path == __file__)
print(L.get_filename() == __file__, L.get_filename("__main__") == __file__)
print(L.is_package("__main__"))
print(L.get_source("__main__").splitlines()[0])
other = external.SourceFileLoader("__main__", __file__)
print(other == L, L == other, hash(other) == hash(L), other != L)
print(external.SourceFileLoader("x", __file__) == L, L == 3, L != "a")
print(hash(L) == hash("__main__") ^ hash(__file__))
pkg_loader = external.SourceFileLoader("pkg", "/some/where/pkg/__init__.py")
print(pkg_loader.is_package("pkg"), pkg_loader.get_filename())
print(external.__spec__.name, external.__spec__.origin, external.__loader__.__name__)
print("_frozen_importlib_external" in sys.modules)


class Mine(external.SourceFileLoader):
    pass


m = Mine("__main__", __file__)
print(m == L, L == m, m.get_filename() == __file__, type(m).__mro__[1].__name__)
try:
    external.SourceFileLoader("only")
except TypeError as e:
    print("TypeError")
