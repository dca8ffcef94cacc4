# `async def` functions whose bodies never suspend (no await, async for or
# async with) still make coroutine objects that behave as CPython's do:
# awaited, driven by send(), thrown into, closed, run as tasks, raising
# with tracebacks through them, and seeing their own frame while running.
import asyncio
import sys
import traceback


async def plain(x):
    return x * 2


async def raises(msg):
    raise ValueError(msg)


async def counts(self):
    self.n -= 1
    if self.n < 0:
        raise StopAsyncIteration
    return self.n


async def introspect():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back is not None


async def nested_def():
    def helper(v):
        return v + 1
    return [helper(i) for i in range(3)]


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    __anext__ = counts


c = plain(21)
print(type(c).__name__, c.__name__, c.cr_running, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("send ->", e.value)
print(c.cr_frame)

c = plain(1)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

c = plain(1)
try:
    c.throw(KeyError("before start"))
except KeyError as e:
    print("thrown:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = raises("boom")
try:
    c.send(None)
except ValueError as e:
    print("raised:", e)
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])


async def main():
    print(await plain(4))
    try:
        await raises("inside main")
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print([f.name for f in tb])
    print(await introspect())
    print(await nested_def())
    t = asyncio.create_task(plain(10))
    print(await t, t.done())
    got = [x async for x in Counter(3)]
    print(got)
    r = await asyncio.gather(plain(1), plain(2), raises("g"), return_exceptions=True)
    print(r)
    co = plain(3)
    print(await co)
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
