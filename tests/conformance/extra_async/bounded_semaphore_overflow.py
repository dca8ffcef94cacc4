# BoundedSemaphore refuses extra releases
import asyncio

async def main():
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    await bs.acquire()
    print("locked:", bs.locked())
    bs.release()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("plain Semaphore allows extra releases")
    async with bs:
        print("inside bounded, locked:", bs.locked())
    print(isinstance(bs, asyncio.Semaphore))

asyncio.run(main())
