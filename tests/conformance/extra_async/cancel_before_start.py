# cancelling a task before it ever runs
import asyncio

async def never():
    print("never printed")

async def main():
    t = asyncio.create_task(never())
    t.cancel()
    print("done right after cancel:", t.done())
    await asyncio.sleep(0)
    print("done after a tick:", t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

asyncio.run(main())
