# CPython's errors and reprs for misused asyncio objects: a timeout entered
# twice or rescheduled when not active, a barrier reset under waiters, an
# __await__ returning a coroutine, AsyncExitStack with non-managers, a
# coroutine ignoring GeneratorExit; split() parts share the traceback.
import asyncio
import contextlib
import types


async def timeouts():
    cm = asyncio.timeout(10)
    print(repr(cm))
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        print(repr(cm).startswith("<Timeout [active] when="))
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(cm), cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(None) as t:
        print(repr(t))


async def barrier():
    b = asyncio.Barrier(3)
    results = []

    async def waiter():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            results.append(str(e))

    tasks = [asyncio.create_task(waiter()) for _ in range(2)]
    await asyncio.sleep(0)
    print(repr(b).split(" object at ")[0], repr(b).split("[")[-1])
    asyncio.create_task(b.reset())
    await asyncio.gather(*tasks)
    print(results, b.n_waiting, b.broken, repr(b).split("[")[-1])


async def stacks():
    async with contextlib.AsyncExitStack() as stack:
        try:
            await stack.enter_async_context(object())
        except TypeError as e:
            print("TypeError:", e)
        try:
            stack.enter_context(42)
        except TypeError as e:
            print("TypeError:", e)

        async def async_exit(*exc):
            print("async exit", exc)

        stack.push_async_exit(async_exit)
        stack.push(lambda *exc: print("sync exit", exc))
        moved = stack.pop_all()
        print("moved")
    await moved.aclose()


async def coro():
    return "spam"


class Bad:
    def __await__(self):
        return coro()


async def bad():
    return await Bad()


async def ignores():
    try:
        await types.coroutine(lambda: (yield))()
    except GeneratorExit:
        await types.coroutine(lambda: (yield))()


async def main():
    await timeouts()
    await barrier()
    await stacks()
    try:
        await bad()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
co = ignores()
co.send(None)
try:
    co.close()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    m, r = eg.split(TypeError)
    print(m.__traceback__ is eg.__traceback__, r.__traceback__ is eg.__traceback__,
          eg.__traceback__ is eg.__traceback__)
