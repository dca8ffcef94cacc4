# Cycles that run through the variables of suspended generators, coroutines
# and async generators are found and freed by gc.collect(); a suspended
# body caught in a cycle is finalized first (its finally blocks run), and
# weak references to the garbage die, and their callbacks run, before any
# finalizer.
import asyncio
import gc
import weakref

gc.disable()


class Box:
    pass


def counting():
    me = yield "started"
    try:
        yield me is not None
    finally:
        print("  counting: finally runs, me is", type(me).__name__)


print("1. a generator holding itself in a local")
g = counting()
print(" ", next(g))
print(" ", g.send(g))
r = weakref.ref(g)
del g
print("  alive before collect:", r() is not None)
print("  collected:", gc.collect())
print("  alive after collect:", r() is not None)


def holder(box):
    try:
        yield 1
        yield 2
    finally:
        print("  holder: finally sees box.tag =", box.tag)


print("2. an object and the generator suspended over it")
b = Box()
b.tag = "kept"
b.gen = holder(b)
print(" ", next(b.gen))
rb = weakref.ref(b, lambda ref: print("  callback: box gone"))
del b
print("  collected:", gc.collect())
print("  box alive:", rb() is not None)


print("3. a generator that never started holds its arguments")
b = Box()
b.gen = holder(b)
rb = weakref.ref(b)
del b
print("  collected:", gc.collect() > 0)
print("  box alive:", rb() is not None)


class Parked:
    def __await__(self):
        yield self


async def waiter(box):
    try:
        await box.parked
    finally:
        print("  waiter: finally runs")


print("4. a coroutine suspended in an await, in a cycle")
b = Box()
b.parked = Parked()
b.coro = waiter(b)
b.coro.send(None)
rb = weakref.ref(b)
del b
print("  collected:", gc.collect())
print("  box alive:", rb() is not None)


def closure_cycle():
    def inner():
        return gen
    gen = (yield inner)
    yield


print("5. a generator whose closure cell refers to it")
g = closure_cycle()
f = next(g)
g.send(g)
r = weakref.ref(g)
del g, f
gc.collect()
print("  alive after collect:", r() is not None)


class Ignores:
    pass


def stubborn(box):
    try:
        yield 1
    finally:
        print("  stubborn: finally, then yield again")
        yield 2


print("6. a generator that ignores GeneratorExit")
b = Ignores()
b.gen = stubborn(b)
next(b.gen)
rb = weakref.ref(b)
del b
gc.collect()
print("  box alive:", rb() is not None)


async def ticker(box):
    try:
        yield 1
        yield 2
    finally:
        print("  ticker: finally (closed by the loop)")


async def main():
    print("7. an async generator in a cycle goes to the loop's finalizer")
    b = Box()
    b.agen = ticker(b)
    print(" ", await b.agen.__anext__())
    rb = weakref.ref(b)
    del b
    gc.collect()
    print("  weak reference cleared:", rb() is None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("  after two turns")


asyncio.run(main())
print("end")
