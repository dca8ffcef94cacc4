class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 5
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class P3(Point):
    __slots__ = ("z",)
q = P3(1, 2); q.z = 3; print(q.z)
class Free(Point):
    pass
f = Free(1, 2); f.w = 9; print(f.w)


# Slots are decided when the class is made: __slots__ assigned later
# restricts nothing, and a subclass of a slotted class without its own
# __slots__ has a __dict__.
class Late:
    pass


Late.__slots__ = ("only",)
late = Late()
late.anything = 1
print(late.anything)


class Slotted:
    __slots__ = ("a",)


class Open(Slotted):
    pass


o = Open()
o.a = 1
o.b = 2
print(o.a, o.b)
s = Slotted()
try:
    s.b = 3
except AttributeError as e:
    print("AttributeError:", e)
