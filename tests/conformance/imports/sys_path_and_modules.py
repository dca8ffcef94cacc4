# sys.path, sys.modules caching and identity, importlib, __import__.
import sys
import importlib
import importlib.util
print(type(sys.path).__name__, sys.path[0].replace('\\', '/').split('/')[-1])
try:
    import extra_mod
except ModuleNotFoundError as e:
    print(e)
sys.path.insert(0, 'lib_extra')
import extra_mod
print(extra_mod.ANSWER, extra_mod.__file__.split('/')[-2:])
sys.path.remove('lib_extra')
import extra_mod as again
print(again is extra_mod)
import counter.ticks
import counter.ticks
m1 = sys.modules['counter.ticks']
print(m1 is counter.ticks)
del sys.modules['counter.ticks']
import counter.ticks as m2
print(m1 is m2, counter.ticks is m2)
m3 = importlib.reload(m2)
print(m3 is m2, m2.KEPT)
print(importlib.import_module('counter.ticks') is m2)
print(importlib.import_module('.mod', 'pkg').hello())
print(importlib.import_module('..leaf', 'pkg.sub.deep').LEAF)
try:
    importlib.import_module('.mod')
except TypeError as e:
    print(e)
try:
    importlib.import_module('...x', 'pkg')
except ImportError as e:
    print(e)
print(__import__('pkg.sub.leaf').__name__, __import__('pkg.sub.leaf', fromlist=['LEAF']).__name__)
spec = importlib.util.find_spec('pkg.sub')
print(spec.name, spec.parent, spec.origin.split('/')[-2:], spec.submodule_search_locations is not None)
print(importlib.util.find_spec('no_such_module_here'))
print(importlib.util.find_spec('pkg').name, importlib.util.find_spec('nspkg').origin)
print(importlib.util.find_spec('.mod', 'pkg').name)
try:
    importlib.reload(sys)
    print('reload sys ok')
    importlib.reload(42)
except TypeError as e:
    print(e)
sys.modules['alias_name'] = extra_mod
del sys.modules['extra_mod']
try:
    importlib.reload(extra_mod)
except ImportError as e:
    print(e, e.name)
import alias_name
print(alias_name is extra_mod)
