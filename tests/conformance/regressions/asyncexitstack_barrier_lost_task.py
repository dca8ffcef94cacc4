import asyncio, contextlib
async def fails():
    raise RuntimeError("lost")
class Conn:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        print("open", self.n); return self
    async def __aexit__(self, *a):
        print("close", self.n)
async def party(b, i):
    await asyncio.sleep(i * 0.001)
    print("arrive", i)
    pos = await b.wait()
    print("pass", i)
async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("main done")
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Conn(i)) for i in range(3)]
        print("using", len(conns))
    b = asyncio.Barrier(3)
    await asyncio.gather(*(party(b, i) for i in range(3)))
asyncio.run(main())
