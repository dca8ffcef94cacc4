# uncaught exception re-raised when awaiting a failed task
import asyncio

class ProcessingError(Exception):
    pass

async def step(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ProcessingError(f"step {n} failed")
    print("step", n, "ok")

async def main():
    tasks = [asyncio.create_task(step(i)) for i in range(4)]
    for t in tasks:
        await t
    print("never")

asyncio.run(main())
