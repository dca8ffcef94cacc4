# calling anext while the generator is already running
import asyncio

async def slow():
    await asyncio.sleep(0.01)
    yield 1
    await asyncio.sleep(0.01)
    yield 2

async def main():
    g = slow()
    t1 = asyncio.create_task(anext(g))
    await asyncio.sleep(0)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t1)
    print(await anext(g))
    await g.aclose()

asyncio.run(main())
