# json hooks: object_hook, object_pairs_hook, parse_float, parse_int,
# parse_constant, cls on both sides, default, and errors raised by hooks.
import json
from collections import OrderedDict

doc = '{"b": 1, "a": {"y": 2.5, "x": [1, 2]}, "b": 3}'
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
calls = []
def hook(d):
    calls.append(dict(d))
    return len(d)
print(json.loads(doc, object_hook=hook), calls)
# object_pairs_hook wins over object_hook.
print(json.loads('{"a": {}}', object_hook=lambda d: "hook",
                 object_pairs_hook=lambda p: ("pairs", p)))

print(json.loads('[1, 2.50, -3e2, 10]', parse_float=str))
print(json.loads('[1, 2.50, -3e2, 10]', parse_int=lambda s: "int:" + s))
print(json.loads('[1, 2.5]', parse_float=float, parse_int=int))
print(json.loads('[1, 2.5]', parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity, 1]',
                 parse_constant=lambda c: "const:" + c))

def no_constants(name):
    raise ValueError("constant not allowed: " + name)

try:
    json.loads('{"v": NaN}', parse_constant=no_constants)
except ValueError as e:
    print(type(e).__name__, e)

try:
    json.loads('[1, 2]', parse_int=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=as_point, **kw)


shapes = {"line": [Point(0, 0), Point(3, 4)], "label": "diag"}
text = json.dumps(shapes, cls=PointEncoder, sort_keys=True)
print(text)
print(json.loads(text, cls=PointDecoder))
print(json.loads(text, object_hook=as_point))
print(json.dumps(shapes, cls=PointEncoder, indent=2))

# A subclass overriding encode sees dumps calls.
class Shout(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

print(json.dumps({"quiet": "words"}, cls=Shout))

# A subclass overriding iterencode changes encode's result.
class Wrapped(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield "<"
        yield from super().iterencode(o, _one_shot)
        yield ">"

print(json.dumps([1, 2], cls=Wrapped))

# default through dumps: functions, lambdas, bound methods.
print(json.dumps({"r": range(3)}, default=list))
print(json.dumps([b"abc"], default=lambda b: b.decode()))
print(json.dumps({"nested": [{1, 2}]}, default=lambda s: sorted(s), indent=1))


class Registry:
    def __init__(self):
        self.seen = []

    def convert(self, o):
        self.seen.append(type(o).__name__)
        return str(o)


reg = Registry()
print(json.dumps([Point(1, 2), 3, Point(5, 6)], default=reg.convert), reg.seen)

# Extra keyword arguments go to the class.
class Tagged(json.JSONEncoder):
    def __init__(self, *, tag="t", **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return {self.tag: repr(o)}

print(json.dumps([Point(1, 1)], cls=Tagged, tag="obj"))

class Counting(json.JSONDecoder):
    def __init__(self, *, counter, **kw):
        super().__init__(**kw)
        self.counter = counter

    def decode(self, s):
        self.counter.append(len(s))
        return super().decode(s)

seen = []
print(json.loads('[1, 2, 3]', cls=Counting, counter=seen), seen)

# An encoder's default attribute can be replaced.
enc = json.JSONEncoder()
enc.default = lambda o: "replaced"
print(enc.encode([Point(1, 2)]))

# dump writes to any object with a write method.
class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

c = Collect()
json.dump({"a": [1, 2]}, c, indent=2)
print(repr("".join(c.parts)))

# load reads from any object with a read method.
class Source:
    def read(self):
        return '{"from": "read()"}'

print(json.load(Source()))
print(json.load(Source(), object_pairs_hook=list))
