class Vec:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(3, 4)
print(abs(v), -v, v[0], v[-1], list(v))
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]))
print(Vec(1, 1) == Vec(1, 1), Vec(1, 1) != Vec(1, 2))
print(Vec.dims, v.dims, Vec.__name__, v.__class__.__name__)
v.dims = 3
print(v.dims, Vec.dims)
print(getattr(v, "x"), setattr(v, "x", 9), v.x, hasattr(v, "q"))
