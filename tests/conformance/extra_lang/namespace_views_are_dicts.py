# globals(), vars(obj), obj.__dict__ and vars() are dicts to Python code:
# isinstance, type names, json, unpacking and comparisons see a dict.
import json

x = 1
g = globals()
print(isinstance(g, dict), type(g).__name__, "x" in g, g["x"], g.get("x"))


class Point:
    def __init__(self, a, b):
        self.a = a
        self.b = b


p = Point(1, [2, 3])
v = vars(p)
print(isinstance(v, dict), type(v).__name__, type(p.__dict__).__name__)
print(v, dict(v), {**v}, len(v), v == {"a": 1, "b": [2, 3]})
print(json.dumps(v), json.dumps(p.__dict__, sort_keys=True), json.dumps({"p": vars(p)}))


def show(**kw):
    return sorted(kw)


print(show(**v), sorted(v.items()), list(v))
v["c"] = "added"
print(p.c, isinstance(p.__dict__, dict))


def local_vars(n):
    m = n * 2
    return vars()


print(local_vars(4), type(local_vars(1)).__name__)
print(sorted(k for k in vars() if not k.startswith("__"))[:4])
