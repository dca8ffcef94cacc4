import asyncio
async def a():
    for i in range(5):
        await asyncio.sleep(0.02); print("fast", i)
async def b():
    for i in range(2):
        await asyncio.sleep(0.045); print("mid", i)
async def many():
    for _ in range(5): await asyncio.sleep(0.01)
    print("five 10ms sleeps done")
async def one():
    await asyncio.sleep(0.08); print("one 80ms sleep done")
async def main():
    await asyncio.gather(a(), b())
    await asyncio.gather(many(), one())
asyncio.run(main())
