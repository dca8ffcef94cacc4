# Standard library modules have __spec__, __loader__ and __package__; a
# standard library package has a __path__ and its submodules are found by
# `from package import submodule`.
import sys
import importlib
print(sys.__spec__)
print(sys.__loader__, sys.__package__)
import math, json, collections.abc
print(math.__spec__.name, repr(math.__package__), math.__spec__.parent == '')
print(json.__package__, json.__spec__.parent, isinstance(json.__path__, list))
print(collections.abc.__package__, collections.abc.__spec__.name)
print(importlib.util.find_spec('json').name, importlib.util.find_spec('sys').origin)
from importlib import util
print(util is importlib.util, util.__name__, util.__package__)
from collections import abc
print(abc is collections.abc)
try:
    from json import no_such_part
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
print(importlib.util.find_spec('json.no_such_part'))
