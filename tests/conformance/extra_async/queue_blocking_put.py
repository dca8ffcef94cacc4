# a bounded queue blocks producers until consumers make room
import asyncio

async def producer(q):
    for i in range(4):
        print("putting", i)
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q):
    while True:
        await asyncio.sleep(0.01)
        item = await q.get()
        print("got", item)
        if item is None:
            break

async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))
    print("empty:", q.empty())

asyncio.run(main())
