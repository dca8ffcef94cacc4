# yield from a coroutine object is allowed only in a generator-based
# coroutine (types.coroutine); its __await__() iterator works anywhere.
import asyncio
import types


async def coro():
    await asyncio.sleep(0)
    return "value"


def plain():
    return (yield from coro())


def through_await():
    return (yield from coro().__await__())


@types.coroutine
def marked():
    return (yield from coro())


try:
    list(plain())
except TypeError as e:
    print("TypeError:", e)


async def main():
    print(await marked())
    gen = through_await()
    print(type(gen).__name__)
    gen.close()


asyncio.run(main())
