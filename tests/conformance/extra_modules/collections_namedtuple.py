from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p)
print(p.x, p.y, p[0], p[1])
print(p._asdict())
q = p._replace(y=5)
print(q, p)
x, y = q
print(x + y)
print(p == (1, 2), len(p))
Person = namedtuple("Person", "name age")
print(Person("Ann", age=30))
print(Point._fields, Person._fields)
print(Point._make([7, 8]))
