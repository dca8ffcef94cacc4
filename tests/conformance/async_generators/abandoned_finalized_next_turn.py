# An async generator dropped while suspended is closed by a task the
# loop creates on the next turn, as CPython's finalizer hook schedules it.
import asyncio
async def agen():
    try:
        yield 1
    finally:
        print("agen finalized")
async def main():
    g = agen()
    print(await anext(g))
    del g
    for i in range(4):
        print("turn", i)
        await asyncio.sleep(0)
asyncio.run(main())
