import dataclasses
import collections

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat3 {x} {y}"
        case Point(0, y):
            return f"y axis {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px} {py}"
        case Point():
            return "never"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 3), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(1, 2, 0), Point3(0, 0, 5), (0, 0), None]:
    print(p, where(p))

# Builtin types match their subject with one positional pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if s:
            return f"str {s!r}"
        case str():
            return "empty str"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case object():
            return f"object {type(v).__name__}"

for v in [True, 3, 2.5, "hi", "", b"x", [9, 8], (1, 2), {"k": 0}, {1, 2}, frozenset(), None, []]:
    print(kind(v))

# Subclasses of builtin types keep the self-matching.
class MyInt(int):
    pass
match MyInt(5):
    case int(n):
        print("MyInt", n, type(n).__name__)

# Keyword patterns read attributes, including properties and methods.
class Box:
    def __init__(self, w):
        self.w = w
    @property
    def area(self):
        print("  computing area")
        return self.w * self.w
match Box(3):
    case Box(w=3, area=9):
        print("box 3")
match Box(3):
    case Box(missing=1):
        print("no")
    case Box(w=w):
        print("missing attribute just fails", w)

# Dataclasses and namedtuples set __match_args__.
@dataclasses.dataclass
class Card:
    rank: int
    suit: str
match Card(10, "hearts"):
    case Card(10, suit):
        print("ten of", suit)
print(Card.__match_args__)

Pair = collections.namedtuple("Pair", "left right")
match Pair(1, 2):
    case Pair(l, right=r):
        print("pair", l, r)
print(Pair.__match_args__)

# Nested class patterns, dotted class names.
class ns:
    Point = Point
match [Point(1, Point(2, 3))]:
    case [ns.Point(1, ns.Point(a, b))]:
        print("nested", a, b)

# __match_args__ may be shorter than needed only if not used.
class Partial:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1
        self.b = 2
match Partial():
    case Partial(x, b=y):
        print("partial", x, y)

# A metaclass __instancecheck__ decides isinstance for class patterns.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("  instancecheck", type(inst).__name__)
        return isinstance(inst, int)
class Anything(metaclass=Meta):
    pass
match 5:
    case Anything():
        print("int is Anything")
match "s":
    case Anything():
        print("no")
    case _:
        print("str is not Anything")

# Attribute read order: positional first, then keywords, all before sub-patterns.
class Loud:
    __match_args__ = ("a", "b")
    def __getattr__(self, name):
        print("  getattr", name)
        return len(name)
match Loud():
    case Loud(1, 1, ccc=3, dd=5):
        print("no")
    case Loud(a, b, ccc=c):
        print("loud", a, b, c)
