# aclose runs finally blocks that await
import asyncio

async def resource(name):
    print("open", name)
    try:
        for i in range(10):
            yield f"{name}{i}"
    finally:
        await asyncio.sleep(0.01)
        print("cleanup", name)

async def main():
    g = resource("r")
    async for item in g:
        print(item)
        if item == "r2":
            break
    print("after break")
    await g.aclose()
    print("after aclose")
    h = resource("s")
    print(await anext(h))
    await h.aclose()
    print("done")

asyncio.run(main())
