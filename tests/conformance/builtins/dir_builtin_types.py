# dir() of builtin types and their instances. CPython also lists __doc__,
# __reduce__ and __reduce_ex__ (and __class_getitem__ for containers),
# which this interpreter does not have (README, Differences).
ABSENT = {'__doc__', '__reduce__', '__reduce_ex__', '__class_getitem__', '__getformat__'}
for t in (object, int, float, str, bytes, list, tuple, dict, set, frozenset,
          bool, range, slice):
    print(t.__name__, sorted(set(dir(t)) - ABSENT))
for v in (1, 'a', [], {}, (), set(), 1.0, None, True, object(), range(3)):
    print(type(v).__name__, sorted(set(dir(v)) - ABSENT))
