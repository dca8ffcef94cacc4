# asend non-None to a fresh async generator
import asyncio

async def agen():
    x = yield 1
    print("received", x)
    yield 2

async def main():
    g = agen()
    try:
        await g.asend("hello")
    except TypeError as e:
        print("TypeError:", e)
    print(await g.asend(None))
    print(await g.asend("world"))
    await g.aclose()

asyncio.run(main())
