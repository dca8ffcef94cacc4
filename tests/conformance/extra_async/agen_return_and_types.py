# async generator with bare return, empty body, and asend/athrow awaitables
import asyncio

async def early(stop):
    yield "first"
    if stop:
        return
    yield "second"

async def empty():
    return
    yield

async def main():
    print([x async for x in early(True)])
    print([x async for x in early(False)])
    print([x async for x in empty()])
    g = early(False)
    aw = g.asend(None)
    print(type(aw).__name__)
    print(await aw)
    aw2 = g.athrow(ValueError("v"))
    print(type(aw2).__name__)
    try:
        await aw2
    except ValueError as e:
        print("ValueError", e)
    print(await anext(g, "done"))

asyncio.run(main())
