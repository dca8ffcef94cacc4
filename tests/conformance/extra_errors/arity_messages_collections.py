import collections
C = collections.Counter()
P = collections.namedtuple("P", "x y")
Q = collections.namedtuple("Q", "x y", defaults=[0])
d = collections.deque([1, 2, 3])
for label, f in [
    ("C.__delitem__", lambda: C.__delitem__()),
    ("C.__add__", lambda: C.__add__()),
    ("C.__sub__", lambda: C.__sub__(1, 2)),
    ("C.__iadd__", lambda: C.__iadd__()),
    ("C.__eq__", lambda: C.__eq__()),
    ("C.__lt__", lambda: C.__lt__()),
    ("OD.__eq__", lambda: collections.OrderedDict().__eq__()),
    ("d.__iadd__", lambda: d.__iadd__()),
    ("d.__add__", lambda: d.__add__()),
    ("d.__contains__", lambda: d.__contains__()),
    ("d.__eq__", lambda: d.__eq__()),
    ("d.__getitem__", lambda: d.__getitem__()),
    ("d.__mul__", lambda: d.__mul__()),
    ("d.__setitem__", lambda: d.__setitem__(1)),
    ("d.insert", lambda: d.insert(1)),
    ("d.insert ok", lambda: (d.insert(1, 9), d)[1]),
    ("d.index", lambda: d.index()),
    ("d.index ok", lambda: d.index(9)),
    ("d.append", lambda: d.append()),
    ("d.append2", lambda: d.append(1, 2)),
    ("d.append kw", lambda: d.append(x=1)),
    ("d.appendleft", lambda: d.appendleft()),
    ("d.extend", lambda: d.extend()),
    ("d.count", lambda: d.count()),
    ("d.remove", lambda: d.remove()),
    ("dd.__missing__", lambda: collections.defaultdict(int).__missing__()),
    ("P(1)", lambda: P(1)),
    ("P()", lambda: P()),
    ("P(1,2,3)", lambda: P(1, 2, 3)),
    ("Q(1,2,3)", lambda: Q(1, 2, 3)),
    ("P(1, z=2)", lambda: P(1, z=2)),
    ("P(1, x=2)", lambda: P(1, x=2)),
    ("P._make()", lambda: P._make()),
    ("P._make ok", lambda: P._make([1, 2])),
]:
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
import collections
for f in [lambda: collections.Counter({}, {}), lambda: collections.Counter().update({}, {}), lambda: collections.Counter().subtract({}, {}), lambda: collections.Counter("abca", x=2)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
