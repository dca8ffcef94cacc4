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
