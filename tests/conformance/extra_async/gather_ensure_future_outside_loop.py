import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return name

loop = asyncio.get_event_loop()
results = loop.run_until_complete(asyncio.gather(work("a", 0.02), work("b", 0.01)))
print(results)
fut = asyncio.ensure_future(work("c", 0.01))
print(type(fut).__name__, fut.done())
print(loop.run_until_complete(fut))
tasks = [asyncio.ensure_future(work(n, 0.01 * i)) for i, n in enumerate("xyz")]
loop.run_until_complete(asyncio.wait(tasks))
print([t.result() for t in tasks])

class Aw:
    def __await__(self):
        return (yield from asyncio.sleep(0, result="from __await__").__await__())

print(loop.run_until_complete(asyncio.ensure_future(Aw())))
try:
    asyncio.ensure_future(5)
except TypeError as e:
    print(e)
loop.close()
