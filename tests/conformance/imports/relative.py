# Relative imports and their errors.
from pkg.sub.deep.bottom import WHERE
print(WHERE)
import importlib
try:
    import pkg.beyond
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from . import pkg
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .pkg import mod
except ImportError as e:
    print(type(e).__name__, e)
print(__import__('mod', {'__package__': 'pkg'}, None, ['hello'], 1).__name__)
print(__import__('sub.leaf', {'__name__': 'pkg.mod'}, None, [], 1).__name__)
print(__import__('', {'__name__': 'pkg', '__path__': []}, None, ['mod'], 1).__name__)
try:
    __import__('x', {'__name__': 'top'}, None, [], 2)
except ImportError as e:
    print(e)
try:
    __import__('x', {'__package__': 3}, None, [], 1)
except TypeError as e:
    print(e)
