# iscoroutine / iscoroutinefunction on various objects
import asyncio

async def coro_fn():
    return 1

def plain():
    return 1

async def agen_fn():
    yield 1

class C:
    async def method(self):
        return 2

async def main():
    c = coro_fn()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(1))
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
    print(asyncio.iscoroutinefunction(agen_fn), asyncio.iscoroutine(agen_fn()))
    print(asyncio.iscoroutinefunction(C.method), asyncio.iscoroutinefunction(C().method))
    print(asyncio.iscoroutinefunction(lambda: 1))
    print(await c)
    t = asyncio.create_task(coro_fn())
    print(asyncio.iscoroutine(t), asyncio.isfuture(t), asyncio.isfuture(c))
    await t
    print(type(c).__name__, c.__name__, c.cr_frame is None)

asyncio.run(main())
