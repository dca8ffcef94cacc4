# The standard library's dotted modules still import as before.
import collections.abc
import asyncio.queues
import json.decoder
import importlib.util
from collections.abc import Mapping
from asyncio import queues
from json.decoder import JSONDecodeError
print(collections.abc.Mapping is Mapping, asyncio.queues is queues)
print(JSONDecodeError.__module__, json.decoder.JSONDecodeError is JSONDecodeError)
print(importlib.util.__name__, importlib.import_module('json.decoder') is json.decoder)
import sys
print('json.decoder' in sys.modules, 'collections.abc' in sys.modules)
try:
    import json.nothing
except ModuleNotFoundError as e:
    print(e)
