# anext without default on an exhausted generator: uncaught StopAsyncIteration
import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    print(await anext(g))
    print("about to exhaust")
    await anext(g)
    print("unreachable")

asyncio.run(main())
