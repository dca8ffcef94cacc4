# an exception in the TaskGroup body cancels the children
import asyncio

async def child(n):
    try:
        await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print(repr(eg.exceptions))
    print("done")

asyncio.run(main())
