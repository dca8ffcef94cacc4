# uncaught BoundedSemaphore over-release
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("in critical section")
    print("releasing once more")
    sem.release()

asyncio.run(main())
