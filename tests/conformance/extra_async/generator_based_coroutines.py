# Generator-based coroutines (types.coroutine) awaiting real timers: the
# task must sleep, not spin, so the clock (real or virtual) moves on.
import asyncio
import inspect
import types


@types.coroutine
def inner(delay, value):
    got = yield from asyncio.sleep(delay, result=value).__await__()
    return got


def middle(value):
    got = yield from inner(0.02, value)
    return got + "+middle"


@types.coroutine
def outer(value):
    return (yield from middle(value))


@types.coroutine
def turns(n):
    for _ in range(n):
        yield  # a bare yield gives the loop one turn


async def ticker(log):
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await outer("a"))
    print(await inner(0.01, "b"))
    log = []
    t = asyncio.create_task(ticker(log))
    await turns(2)
    log.append("turns done")
    await t
    print(log)
    print(round(loop.time() - start, 2) >= 0.05)
    gen = inner(0, "c")
    print(inspect.isawaitable(gen), inspect.isgenerator(gen), inspect.iscoroutine(gen))
    print(await gen)
    print(inner.__name__, outer.__qualname__)
    print(await asyncio.gather(outer("x"), inner(0.01, "y")))


asyncio.run(main())
print(inspect.isgeneratorfunction(inner), inspect.iscoroutinefunction(inner),
      types.coroutine(inner) is inner)
