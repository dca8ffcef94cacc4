# shield protects the inner task from outer cancellation
import asyncio

async def important():
    await asyncio.sleep(0.03)
    print("important finished")
    return "saved"

async def main():
    inner = asyncio.create_task(important())
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled")
    print("inner cancelled?", inner.cancelled())
    print(await inner)
    try:
        await asyncio.wait_for(asyncio.shield(important()), 0.01)
    except TimeoutError:
        print("wait_for timed out")
    await asyncio.sleep(0.05)
    print("end")

asyncio.run(main())
