# super().name(...) calls: plain methods along the MRO (diamonds included),
# descriptors and builtin bases found through super, a rebound first
# argument, a self captured by a closure, errors, and a global `super`.
import traceback


class Base:
    def __init__(self, tag):
        self.tag = tag
        self.log = ["Base"]

    def who(self, *extra):
        return ("Base", self.tag) + extra

    def area(self):
        return 1

    @classmethod
    def make(cls):
        return f"make {cls.__name__}"

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def label(self):
        return f"<{self.tag}>"

    def boom(self):
        raise ValueError(f"boom {self.tag}")


class Left(Base):
    def __init__(self, tag):
        super().__init__(tag)
        self.log.append("Left")

    def who(self, *extra):
        return ("Left",) + super().who(*extra)

    def area(self):
        return super().area() + 10


class Right(Base):
    def __init__(self, tag):
        super().__init__(tag)
        self.log.append("Right")

    def who(self, *extra):
        return ("Right",) + super().who(*extra)

    def area(self):
        return super().area() + 100


class Diamond(Left, Right):
    def __init__(self):
        super().__init__("d")
        self.log.append("Diamond")

    def who(self, *extra):
        return ("Diamond",) + super().who(*extra, "x")

    def area(self):
        return super().area() * 2

    def make_it(self):
        return super().make()

    def help_it(self):
        return super().helper(21)

    def read_label(self):
        return super().label

    def rebound(self, other):
        self = other
        return super().who()

    def captured(self):
        def inner():
            return self.tag
        return super().who(inner())

    def wrong_count(self):
        return super().area(1, 2)

    def missing(self):
        return super().nothing()

    def fails(self):
        return super().boom()

    def instance_attr(self):
        self.area = lambda: "instance"
        return super().area()


d = Diamond()
print(d.log, d.who(), d.area())
print(d.make_it(), d.help_it(), d.read_label())
print(d.rebound(Diamond()), d.captured(), d.instance_attr())
for name in ("wrong_count", "missing"):
    try:
        getattr(d, name)()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d.fails()
except ValueError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(e, [f.name for f in frames])


class Counter(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)

    def __repr__(self):
        return "Counter" + super().__repr__()


c = Counter()
c["a"] = 1
print(c, c["a"])


class Meta:
    @classmethod
    def build(cls):
        return super().__new__(cls)


print(type(Meta.build()).__name__)


import asyncio


class AsyncBase:
    async def run(self, x):
        await asyncio.sleep(0)
        return x + 1


class AsyncChild(AsyncBase):
    async def run(self, x):
        return await super().run(x) * 10

    async def twice(self):
        first = await super().run(1)
        return first, await self.run(2)


print(asyncio.run(AsyncChild().twice()))


# super() whose object does not fit its class: TypeError, as CPython's
# supercheck, whether made by super() or super(type, obj).
class Unrelated:
    pass


class Proxy:
    @property
    def __class__(self):
        return Diamond


for make in (lambda: Left.area(Unrelated()), lambda: super(Left, Unrelated()),
             lambda: super(Left, Unrelated), lambda: super(Left, 3),
             lambda: super(Left, Proxy()).area is not None, lambda: super(Left, Diamond).area):
    try:
        print(make() is not None)
    except TypeError as e:
        print("TypeError", e)


class Shadowed(Base):
    def who(self):
        return super().who()


def super():
    return Base("shadow")


print(Shadowed("s").who())

