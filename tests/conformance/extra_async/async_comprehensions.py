# async comprehensions in list/set/dict/generator forms
import asyncio

async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in arange(5)])
    print([x async for x in arange(6) if x % 2])
    print(sorted({x % 3 async for x in arange(7)}))
    print({x: await double(x) async for x in arange(4)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in arange(5) if await double(x) > 3])
    gen = (x * x async for x in arange(4))
    print(type(gen).__name__)
    print([y async for y in gen])
    print([(x, y) async for x in arange(3) for y in range(x)])

asyncio.run(main())
