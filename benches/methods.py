# Method-heavy class code: properties with setters, super() chains,
# classmethods and staticmethods, __eq__/__hash__/__repr__.
N = 40_000


class Shape:
    count = 0

    def __init__(self, name):
        self._name = name
        Shape.count += 1

    @property
    def name(self):
        return self._name

    def area(self):
        return 0

    def describe(self):
        return self.name


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value < 0:
            value = 0
        self._w = value

    @property
    def height(self):
        return self._h

    def area(self):
        return self.width * self.height

    def describe(self):
        return super().describe() + str(self.area())

    @classmethod
    def square(cls, side):
        return cls(side, side)

    @staticmethod
    def clamp(v, lo, hi):
        return lo if v < lo else hi if v > hi else v

    def __eq__(self, other):
        return isinstance(other, Rect) and self._w == other._w and self._h == other._h

    def __hash__(self):
        return hash((self._w, self._h))

    def __repr__(self):
        return f"Rect({self._w}, {self._h})"


class Box(Rect):
    def __init__(self, w, h, d):
        super().__init__(w, h)
        self._d = d

    @property
    def depth(self):
        return self._d

    def area(self):
        return super().area() * 2 + (self.width + self.height) * self.depth * 2

    def volume(self):
        return super().area() * self.depth

    def __repr__(self):
        return f"Box({self._w}, {self._h}, {self._d})"


def main():
    seen = set()
    total_area = 0
    total_volume = 0
    longest = ""
    for i in range(N):
        r = Rect.square(i % 37)
        r.width = Rect.clamp(r.width + i % 5 - 2, 1, 30)
        b = Box(i % 13, i % 7 + 1, i % 3 + 1)
        b.width = b.width - 1
        total_area += r.area() + b.area()
        total_volume += b.volume()
        seen.add(r)
        seen.add(b)
        d = b.describe()
        if len(d) > len(longest):
            longest = d
        if r == Rect(r.width, r.height) and i % 4000 == 0:
            print(repr(r), repr(b), r.name, b.depth)
    print(total_area, total_volume, len(seen), longest, Shape.count)
    print(sorted(repr(x) for x in seen)[:3])


main()
