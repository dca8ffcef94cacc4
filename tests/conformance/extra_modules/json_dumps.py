# json.dumps: every option, builtin subclasses, numbers and strings
# written byte for byte as CPython writes them.
import json
from collections import OrderedDict

data = {"name": "Ada", "tags": ["x", "y"], "score": 9.5, "ok": True,
        "none": None, "nested": {"a": [1, [2, [3, {}]]], "b": []}}

print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=-1))
print(json.dumps(data, indent=""))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(", ", " = ")))
print(json.dumps(data, sort_keys=True, separators=(";", "->")))

# Scalars at the top level.
for v in [None, True, False, 0, -1, 10**40, -(10**25), 1.0, -0.0, 0.1,
          1e16, 1e-7, 123456789.123456789, 2.5e-300, 1.7976931348623157e308,
          "", "plain", float("nan"), float("inf"), float("-inf")]:
    print(repr(v), "->", json.dumps(v))

# Strings: escapes, control characters, non-ASCII, astral characters.
samples = ["quote \" backslash \\ slash /", "\b\f\n\r\t", "\x00\x01\x1f\x7f",
           "caf\u00e9", "\u2028\u2029", "\uffff", "\U0001F600 \U00010000",
           "\u4e2d\u6587", "tab\there"]
for s in samples:
    print(json.dumps(s))
    print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"\u00e9": "\u00e9"}, ensure_ascii=False))
print(json.encoder.encode_basestring("a\"b\u00e9"))
print(json.encoder.encode_basestring_ascii("a\"b\u00e9\U0001F600"))

# Keys: int, float, bool and None keys are converted.
print(json.dumps({1: "int", 2.5: "float", True: "true", False: "false",
                  None: "null", -3: "neg", 10**20: "big", 1e100: "huge"}))
print(json.dumps({2: "b", 1: "a", 3: "c"}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({float("nan"): 1, float("inf"): 2}))

# skipkeys leaves out the keys JSON cannot have.
print(json.dumps({"a": 1, (1, 2): 2, "b": 3}, skipkeys=True))
print(json.dumps({(1, 2): 2}, skipkeys=True))
print(json.dumps({(1, 2): 2, frozenset(): 3}, skipkeys=True, indent=2))

# Tuples are arrays; empty containers stay on one line even indented.
print(json.dumps((1, (2, 3), [])))
print(json.dumps([[], {}, [[]], [{}]], indent=2))

# Builtin subclasses encode as their base.
class MyStr(str):
    pass

class MyInt(int):
    def __repr__(self):
        return "MyInt!"

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

class MyList(list):
    pass

class MyDict(dict):
    pass

class MyTuple(tuple):
    pass

print(json.dumps([MyStr("s"), MyInt(7), MyFloat(2.5), MyList([1, 2]),
                  MyDict(a=1), MyTuple((3, 4))]))
print(json.dumps({MyStr("k"): 1, MyInt(5): 2, MyFloat(0.5): 3}))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)]), sort_keys=True, indent=1))

class ItemsDict(dict):
    def items(self):
        return [("replaced", True)]

print(json.dumps(ItemsDict(a=1)))

# Booleans are not ints here, and ints are not floats.
print(json.dumps([True, 1, 1.0, False, 0, 0.0]))

# Large and deep data.
big = {"rows": [{"id": i, "value": i * 0.5, "label": "row%d" % i} for i in range(300)]}
text = json.dumps(big)
print(len(text), text[:80], text[-60:])
print(json.loads(text) == big)
deep = []
for _ in range(200):
    deep = [deep]
print(json.dumps(deep)[:10], len(json.dumps(deep)))

# default and a JSONEncoder subclass.
print(json.dumps({"when": complex(1, 2) if False else range(3)}, default=list))
print(json.dumps([{1, 2}], default=sorted))

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}, "f": frozenset([9])}, cls=SetEncoder))
print(SetEncoder(indent=2).encode({"s": {2, 1}}))
print("".join(json.JSONEncoder().iterencode({"a": [1, 2]})))
print("".join(json.JSONEncoder(sort_keys=True).iterencode({"b": 1, "a": 2})))
enc = json.JSONEncoder(separators=(",", ":"))
print(enc.item_separator, enc.key_separator, json.JSONEncoder(indent=2).item_separator)
print(json.JSONEncoder().encode("just a string \u00e9"))
print(json.JSONEncoder(ensure_ascii=False).encode("just a string \u00e9"))
