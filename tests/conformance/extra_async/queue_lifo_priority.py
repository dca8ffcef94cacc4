# LifoQueue and PriorityQueue ordering
import asyncio

async def main():
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([lq.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue(maxsize=3)
    for item in [(3, "low"), (1, "high"), (2, "mid")]:
        pq.put_nowait(item)
    print(pq.full())
    try:
        pq.put_nowait((0, "overflow"))
    except asyncio.QueueFull:
        print("PriorityQueue full")
    while not pq.empty():
        print(await pq.get())
    pq2 = asyncio.PriorityQueue()
    for n in [5, 1, 4, 1, 3]:
        pq2.put_nowait(n)
    print([pq2.get_nowait() for _ in range(pq2.qsize())])

asyncio.run(main())
