# source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly 2020), ch. 3 "Async Comprehensions", Examples 3-29, 3-30 and 3-31
# adapted: sleeps shortened from 0.1 s to 0.01 s
import asyncio
from pprint import pprint


# Example 3-29: async list, dict and set comprehensions
async def doubler(n):
    for i in range(n):
        yield i, i * 2
        await asyncio.sleep(0.01)


async def main():
    result = [x async for x in doubler(3)]
    pprint(result)

    result = {x: y async for x, y in doubler(3)}
    pprint(result)

    result = {x async for x in doubler(3)}
    pprint(result)


asyncio.run(main())


# Example 3-30: putting it all together
async def f(x):
    await asyncio.sleep(0.01)
    return x + 100


async def factory(n):
    for x in range(n):
        await asyncio.sleep(0.01)
        yield f, x


async def main():
    results = [await f(x) async for f, x in factory(3)]
    print('results = ', results)


asyncio.run(main())
