# TaskGroup: one failing task cancels its siblings
import asyncio

async def ok(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "completed")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("quick", 0))
            tg.create_task(ok("slow", 0.2))
            tg.create_task(boom())
            print("body done")
    except* ValueError as eg:
        print(repr(eg.exceptions))
        print(type(eg).__name__, eg.message)
    print("after group")

asyncio.run(main())
