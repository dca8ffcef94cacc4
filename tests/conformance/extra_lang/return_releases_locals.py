# A returning call releases its locals at once: their __del__ runs before
# the caller goes on with its expression, as when CPython clears the
# frame.
import weakref


class Temp:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_and_return(n):
    t = Temp(f"local {n}")
    return n * 10


print("got", make_and_return(1), "and", make_and_return(2))


def nested():
    t = Temp("outer local")
    return make_and_return(3) + 1


print("nested gave", nested())


class Box:
    def __init__(self):
        self.value = 7

    @property
    def doubled(self):
        scratch = Temp("property scratch")
        return self.value * 2

    def method(self):
        scratch = Temp("method scratch")
        return self.value + 1


b = Box()
print("property", b.doubled, "method", b.method())


def raises():
    t = Temp("raising frame")
    raise ValueError("boom")


try:
    print("before", raises())
except ValueError as e:
    print("caught", e)


def countdown(n):
    t = Temp(f"depth {n}")
    if n == 0:
        return 0
    return countdown(n - 1) + 1


print("countdown", countdown(2))


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")


def abandon():
    g = gen()
    next(g)
    return "abandoned"


print("result:", abandon())


class Target:
    pass


def with_weakref():
    obj = Target()
    ref = weakref.ref(obj, lambda r: print("weakref callback"))
    return ref


r = with_weakref()
print("ref alive?", r() is not None)


# Generators and coroutines release their variables when their body ends.
def finite():
    t = Temp("generator local")
    yield 1
    yield 2


print("list", list(finite()))


def failing():
    t = Temp("failing generator local")
    yield 1
    raise KeyError("gen")


try:
    for item in failing():
        print("item", item)
except KeyError:
    print("caught KeyError")

import asyncio


async def no_suspend():
    t = Temp("coroutine local")
    return 1


async def suspends():
    t = Temp("suspending coroutine local")
    await asyncio.sleep(0)
    return 2


async def agen():
    t = Temp("async generator local")
    yield 3


async def main():
    print("awaited", await no_suspend())
    print("awaited", await suspends())
    print("async for", [x async for x in agen()])
    task = asyncio.create_task(suspends())
    print("task gave", await task)


asyncio.run(main())
