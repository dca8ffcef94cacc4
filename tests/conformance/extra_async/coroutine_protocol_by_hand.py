# Driving coroutines and async generator awaitables by hand: what an
# await chain yields comes out of send(), what send() passes goes in.
import types
class Aw:
    def __await__(self):
        x = yield 1
        y = yield x + 1
        return (x, y)
async def f():
    r = await Aw()
    return r
c = f()
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("stop", e.value)

async def g():
    try:
        await Aw()
    except ValueError as e:
        print("caught", e)
        return "handled"
c = g()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("stop", e.value)
c = g(); c.send(None); c.close(); print("closed", c.cr_frame is None if hasattr(c, "cr_frame") else "?")

@types.coroutine
def yielder(v):
    r = yield v
    return r
async def h():
    a = await yielder("first")
    b = await yielder("second")
    return a + b
c = h()
print(c.send(None), c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print(e.value)
w = h().__await__()
print(type(w).__name__, next(w))
async def ag():
    yield 1
    yield 2
a = ag()
n = a.__anext__()
try:
    n.send(None)
except StopIteration as e:
    print("anext value", e.value)
n = a.asend(None)
try:
    n.send(None)
except StopIteration as e:
    print("asend value", e.value)
n = a.__anext__()
try:
    n.send(None)
except StopAsyncIteration:
    print("exhausted")

# Inside a task, yields reach the task: a future waits, None is one turn,
# anything else is thrown back in as RuntimeError.
import asyncio


class WaitOn:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        return (yield from self.fut)


class BareYield:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        yield self.fut


class Bad:
    def __await__(self):
        yield "not a future"


class Turn:
    def __await__(self):
        yield


async def setter(fut, log):
    log.append("setter")
    fut.set_result("value")


async def waiter(log):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(setter(fut, log))
    log.append("waiting")
    r = await WaitOn(fut)
    log.append(r)
    await Turn()
    log.append("after turn")
    try:
        await Bad()
    except RuntimeError as e:
        log.append(str(e))
    try:
        await BareYield(loop.create_future())
    except RuntimeError as e:
        log.append(str(e).split(" in task")[0])
    fut2 = loop.create_future()
    loop.call_soon(fut2.set_result, "via __await__")
    it = fut2.__await__()
    log.append(type(it).__name__)
    log.append(await WaitOn(fut2))
    return log


print(asyncio.run(waiter([])))


async def agen2():
    got = yield "a"
    print("agen got", got)
    yield "b"


async def drive_asend():
    g = agen2()
    print(await g.asend(None), await g.asend("sent"))
    a = g.asend(None)
    try:
        a.send(None)
    except StopAsyncIteration:
        print("done")
    t = g.athrow(ValueError)
    try:
        t.send(None)
    except StopIteration as e:
        print("athrow on finished", e.value)


asyncio.run(drive_asend())

c = h()
try:
    c.send("not None")
except TypeError as e:
    print(e)
c.close()
