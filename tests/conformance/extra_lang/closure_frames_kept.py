# Functions whose only cells come from their closure (methods using
# super(), nested functions reading outer variables) called many times:
# each call sees the closure's current values, recursion, tracebacks,
# locals() and the collector behave as for any other function.
import gc
import sys


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    def peek():
        return n

    return bump, peek


bump, peek = counter()
print([bump() for _ in range(5)], peek())


def make_adder(k):
    def add(x):
        return x + k
    return add


adders = [make_adder(k) for k in range(4)]
print([f(10) for f in adders], [adders[1](i) for i in range(3)])


def fact_maker():
    base = 1

    def fact(n):
        return base if n <= 1 else n * fact(n - 1)

    return fact


fact = fact_maker()
print(fact(10), fact(20), fact(3))


def deep():
    limit = 12

    def down(n):
        if n == limit:
            raise ValueError(f"hit {n}")
        return down(n + 1)

    return down


down = deep()
for attempt in range(2):
    try:
        down(0)
    except ValueError as e:
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            tb = tb.tb_next
        print(attempt, e, depth)


def with_locals():
    seen = "outer"

    def show(a):
        b = a * 2
        return sorted(locals().items())

    return show


show = with_locals()
print(show(1))
print(show(2))


def frames():
    tag = "t"

    def where():
        f = sys._getframe()
        return f.f_code.co_name, f.f_back.f_code.co_name, tag

    return where


where = frames()


def caller():
    return where()


print(where(), caller())


class Base:
    def greet(self, who):
        return f"hello {who}"


class Child(Base):
    def greet(self, who):
        return super().greet(who).upper()


class Grand(Child):
    def greet(self, who):
        return "<" + super().greet(who) + ">"


g = Grand()
print([g.greet(w) for w in ("a", "b", "c")])


def failing():
    secret = 41

    def inner(x):
        y = x + secret
        return 1 / (y - 42)

    return inner


inner = failing()
for x in (0, 1, 2):
    try:
        print(x, inner(x))
    except ZeroDivisionError as e:
        print(x, "ZeroDivisionError", e.__traceback__.tb_next.tb_lineno)


def cycle_classes(n):
    class A:
        def f(self):
            return n

    class B(A):
        def f(self):
            return super().f() * 2

    b = B()
    return [b.f() for _ in range(3)]


gc.collect()
for i in range(3):
    print(cycle_classes(i), gc.collect() > 0)
