# a cancelled task awaits inside its finally block
import asyncio

async def worker():
    try:
        print("worker start")
        await asyncio.sleep(0.2)
    finally:
        print("worker cleanup begins")
        await asyncio.sleep(0.01)
        print("worker cleanup ends")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    print("cancel requested")
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled:", t.cancelled())

asyncio.run(main())
