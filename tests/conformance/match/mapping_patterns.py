import collections
import collections.abc

def m(x):
    match x:
        case {}:
            if x:
                return f"non-empty mapping, no keys asked: {len(x)}"
            return "empty"

def keys(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest={rest}"
        case {1: one, 2.5: two, None: n, False: t}:
            return f"odd keys {one} {two} {n} {t}"
        case {"nested": {"deep": [a, *b]}}:
            return f"nested {a} {b}"
        case {**everything}:
            return f"everything {everything}"
        case _:
            return "not a mapping"

for v in [{}, {"a": 1}, [], "", collections.OrderedDict()]:
    print(repr(v), m(v))
for v in [{"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle", "r": 5, "color": "red", "fill": None},
          {"type": "circle", "r": 5},
          {1: "a", 2.5: "b", None: "c", 1.0: "d", 0: "e"},
          {1: "a", 2.5: "b", None: "c"},
          {"nested": {"deep": [1, 2, 3]}},
          {"nested": {"deep": "str"}},
          {"type": "square"},
          [("type", "point")],
          collections.defaultdict(int, {"type": "point", "x": 0, "y": 0}),
          collections.OrderedDict(type="circle", r=1, more=2),
          collections.Counter("aab")]:
    print(keys(v))

# A defaultdict's missing keys are not created by matching (get is used).
d = collections.defaultdict(list)
match d:
    case {"missing": x}:
        print("found?!")
    case _:
        print("defaultdict untouched", dict(d))

# A user mapping: the order of calls is visible.
class Map(collections.abc.Mapping):
    def __init__(self, **kw):
        self.data = kw
    def __getitem__(self, k):
        print("  getitem", k)
        return self.data[k]
    def __iter__(self):
        print("  iter")
        return iter(self.data)
    def __len__(self):
        print("  len")
        return len(self.data)
    def get(self, k, default=None):
        print("  get", k)
        return self.data.get(k, default)

match Map(a=1, b=2):
    case {"a": 1, "b": x}:
        print("Map matched", x)
match Map(a=1, b=2):
    case {"a": 1, **rest}:
        print("Map rest", rest)
match Map(a=1):
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 2}:
        print("no")
    case {"a": _}:
        print("Map wildcard value")
match Map():
    case {}:
        print("empty pattern matches any mapping")

# Keys may be dotted names; the rest is a new dict each time.
class K:
    name = "n"
match {"n": 1, "o": 2}:
    case {K.name: v, **r}:
        print("dotted key", v, r)
        r["x"] = 1

# A dict subclass is a mapping; a sequence is not.
class D(dict):
    pass
match D(a=1):
    case {"a": v}:
        print("dict subclass", v)
match [1, 2]:
    case {0: v}:
        print("list?!")
    case _:
        print("list is not a mapping")

# Duplicate keys at runtime (dotted names evaluate equal).
class Dup:
    a = "k"
    b = "k"
try:
    match {"k": 1, "j": 2}:
        case {Dup.a: 1, Dup.b: 1}:
            print("no")
except ValueError as e:
    print("ValueError:", e)
