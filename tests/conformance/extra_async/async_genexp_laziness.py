# async generator expressions are lazy and can be consumed with anext
import asyncio

async def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i

async def main():
    ge = (x + 100 async for x in noisy(3))
    print("created")
    print(await anext(ge))
    print(await ge.__anext__())
    async for v in ge:
        print("loop", v)
    print(await anext(ge, "empty"))
    ge2 = (await asyncio.sleep(0, r) for r in range(3))
    print(type(ge2).__name__)
    print([v async for v in ge2])

asyncio.run(main())
