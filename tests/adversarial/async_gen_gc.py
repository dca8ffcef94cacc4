# An async generator garbage-collected (or closed) while suspended inside
# `async with`: its cleanup runs through the loop's asyncgen hooks.
import asyncio, gc

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print(self.name, "enter")
    async def __aexit__(self, *exc):
        print(self.name, "exit", exc[0].__name__ if exc[0] else None)
        await asyncio.sleep(0)
        print(self.name, "exit done")

async def agen(name):
    async with CM(name):
        try:
            for i in range(10):
                yield i
        finally:
            print(name, "finally")

async def main():
    g = agen("dropped")
    print(await g.__anext__())
    del g
    gc.collect()
    await asyncio.sleep(0.01)
    print("after drop")

    g = agen("aclosed")
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    print("after aclose")

    async for x in agen("broken"):
        if x == 1:
            break
    await asyncio.sleep(0.01)
    print("after break")

    g = agen("athrow")
    await g.__anext__()
    try:
        await g.athrow(ValueError("v"))
    except ValueError as e:
        print("athrow raised", e)

    g = agen("left")
    await g.__anext__()
    global kept
    kept = g

asyncio.run(main())
print("after run")
