import asyncio
async def leaf(name, d):
    try:
        await asyncio.sleep(d); print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled"); raise
async def branch():
    return await asyncio.gather(leaf("a", 0.01), leaf("b", 0.02))
async def main():
    t = asyncio.create_task(branch())
    await asyncio.sleep(0.005)
    t.cancel()
    try: await t
    except asyncio.CancelledError: print("branch cancelled")
    await asyncio.sleep(0.05); print("end")
    x = asyncio.create_task(asyncio.sleep(0), name="x"); y = asyncio.create_task(asyncio.sleep(0)); print(y.get_name())
    await asyncio.gather(x, y)
asyncio.run(main())
