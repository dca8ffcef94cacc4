# a task that swallows CancelledError and keeps running
import asyncio

async def stubborn():
    for round_ in range(3):
        try:
            await asyncio.sleep(0.05)
            print("slept fully in round", round_)
        except asyncio.CancelledError:
            print("swallowed cancel in round", round_)
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    print("cancel ->", t.cancel())
    await asyncio.sleep(0.01)
    print("cancelling count:", t.cancelling())
    print("result:", await t)
    print("cancelled:", t.cancelled())

asyncio.run(main())
