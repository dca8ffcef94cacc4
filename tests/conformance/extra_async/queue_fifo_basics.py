# Queue: maxsize, put_nowait/get_nowait, QueueEmpty/QueueFull
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.qsize(), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    unbounded = asyncio.Queue()
    for i in range(5):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())
    print([await unbounded.get() for _ in range(5)])

asyncio.run(main())
