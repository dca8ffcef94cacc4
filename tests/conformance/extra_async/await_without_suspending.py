# Awaiting a coroutine that never suspends (an async def with no await,
# async for or async with), directly, through anext() and through async
# for: results, errors, tracebacks, frames and tasks as in CPython.
import asyncio
import contextvars
import sys
import traceback

var = contextvars.ContextVar("var", default="unset")


async def add(a, b):
    return a + b


async def stop():
    raise StopIteration("inner")


async def stop_async():
    raise StopAsyncIteration


async def caller_name():
    return sys._getframe(1).f_code.co_name


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


async def task_and_var():
    return asyncio.current_task().get_name(), var.get()


async def fails(x):
    return 1 / x


class Box:
    def __init__(self):
        self.n = 0

    async def bump(self, by):
        self.n += by
        return self.n


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class LeaksStop(Countdown):
    async def __anext__(self):
        raise StopIteration


async def main():
    print(await add(1, 2), await add("a", "b"))
    b = Box()
    print(await b.bump(5), await b.bump(2), b.n)
    try:
        await stop()
    except RuntimeError as e:
        print("RuntimeError:", e, repr(e.__cause__), e.__suppress_context__)
    try:
        await stop_async()
    except StopAsyncIteration as e:
        print("StopAsyncIteration passes through", repr(e))
    print(await caller_name())
    print(await deep(200))
    var.set("set in main")
    print(await task_and_var())
    try:
        await fails(0)
    except ZeroDivisionError:
        # Function names and lines of each entry (not the file's path).
        entries = traceback.extract_tb(sys.exc_info()[2])
        print([(e.name, e.lineno, e.line) for e in entries])
    try:
        await add(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await add(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)

    it = Countdown(3)
    print([await anext(it), await anext(it), await anext(it)])
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(it, "default"))
    print([x async for x in Countdown(4)])
    total = 0
    async for x in Countdown(5):
        total += x
    print(total)
    try:
        await anext(LeaksStop(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async for x in LeaksStop(1):
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    # A coroutine object made and awaited later is still a coroutine.
    c = add(2, 3)
    print(type(c).__name__, await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Running inside another task, with gather.
    print(await asyncio.gather(add(1, 1), deep(3), b.bump(1)))


asyncio.run(main(), debug=False)
