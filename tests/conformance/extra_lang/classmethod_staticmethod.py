class Shape:
    count = 0

    def __init__(self, sides):
        self.sides = sides
        Shape.count += 1

    @classmethod
    def triangle(cls):
        return cls(3)

    @staticmethod
    def describe(n):
        return f"{n} sides"

class Square(Shape):
    @classmethod
    def make(cls):
        return cls(4)

t = Shape.triangle()
s = Square.make()
print(t.sides, s.sides, type(s).__name__)
print(Shape.describe(5), s.describe(4))
print(Shape.count, Square.count)
print(type(Square.triangle()).__name__)
