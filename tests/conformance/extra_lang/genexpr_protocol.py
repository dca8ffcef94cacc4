# Generator expressions: iter() of the outermost iterable once and at
# creation, nested clauses and conditions, send/throw/close, errors inside.


class Counted:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __iter__(self):
        self.calls += 1
        print("iter called", self.calls)
        return iter(range(self.n))


c = Counted(3)
g = (v * 2 for v in c)
print("made", c.calls)
print(list(g), c.calls)

print(list(x * y for x in range(4) if x != 1 for y in range(x, 5) if y % 2 == 0))
print(sum(a + b for a, b in zip(range(5), range(5, 10))))

g = (1 // (x - 2) for x in range(5))
try:
    print(list(g))
except ZeroDivisionError as e:
    print("raised", e)
print(next(g, "exhausted"))

g = (x for x in range(10))
print(next(g), g.send(5), next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
print(list(g))

g = (x for x in range(10))
print(next(g))
g.close()
print(list(g))

try:
    (v for v in 5)
except TypeError as e:
    print(e)

g = (x for x in [])
try:
    g.send(1)
except TypeError as e:
    print(e)

g = (y for y in range(3))
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running)


def inner():
    return list(1 / (x - 1) for x in range(3))


try:
    inner()
except ZeroDivisionError as e:
    print(type(e).__name__, e)

items = [1, 2, 3]
g = (i for i in items)
items.append(4)
print(list(g))
late = [10]
g = (a + b for a in range(2) for b in late)
late.append(20)
print(list(g))
