# loop.time() differences around sleeps (rounded)
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.1)
    t1 = loop.time()
    print(round(t1 - t0, 1))
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.2))
    t2 = loop.time()
    print(round(t2 - t1, 1))
    await asyncio.sleep(0)
    print(round(loop.time() - t2, 1))
    print(type(t0).__name__, t1 > t0)

asyncio.run(main())
