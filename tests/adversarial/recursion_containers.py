# repr, str, ==, json.dumps and copy of deeply nested containers.
import json, copy

def nested(kind, n):
    x = kind()
    for _ in range(n):
        x = kind([x]) if kind is not dict else {"a": x}
    return x

for kind in (list, tuple, dict):
    deep = nested(kind, 20_000)
    for name, f in [("repr", repr), ("str", str), ("json", json.dumps),
                    ("eq", lambda x: x == nested(kind, 20_000)),
                    ("deepcopy", copy.deepcopy)]:
        try:
            r = f(deep)
            print(kind.__name__, name, "ok", type(r).__name__)
        except RecursionError as e:
            print(kind.__name__, name, "RecursionError", str(e).split(" while ")[0])

shallow = nested(list, 50)
print(len(repr(shallow)), len(json.dumps(shallow)), copy.deepcopy(shallow) == shallow)

l = []
l.append(l)
print(repr(l), l == l)
d = {}
d["d"] = d
print(repr(d))
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
try:
    json.loads("[" * 100_000 + "]" * 100_000)
except RecursionError as e:
    print("RecursionError", str(e).split(" while ")[0])
