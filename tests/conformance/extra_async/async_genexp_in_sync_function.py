# await inside a generator expression makes it an asynchronous generator
# expression, allowed in a plain function and at module level.
import asyncio
async def wrap(n):
    return n
def make(n):
    return (await wrap(i) * 10 for i in range(n))
def nested(n):
    return ((await wrap(i), j) for i in range(n) for j in range(2) if await wrap(j))
g = (await wrap(x) for x in range(3))
print(type(g).__name__, type(make(2)).__name__)
async def main():
    print([i async for i in make(3)], [p async for p in nested(2)], [x async for x in g])
asyncio.run(main())
