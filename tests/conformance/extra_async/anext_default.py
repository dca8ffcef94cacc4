# anext with a default value
import asyncio

async def agen():
    yield "a"
    yield "b"

async def main():
    g = agen()
    print(await anext(g, "END"))
    print(await anext(g, "END"))
    print(await anext(g, "END"))
    print(await anext(g, None))
    g2 = agen()
    print(await anext(g2))
    print(await anext(g2))
    try:
        await anext(g2)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)

asyncio.run(main())
