# awaiting the same coroutine twice
import asyncio

async def work():
    await asyncio.sleep(0)
    return 10

async def main():
    c = work()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.ensure_future(work())
    print(await t, await t)

asyncio.run(main())
