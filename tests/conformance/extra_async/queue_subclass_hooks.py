# subclasses overriding _init/_put/_get/put_nowait still work with
# put()/get(); errors and messages match
import asyncio
import collections

class DequeQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = collections.deque()
    def _put(self, item):
        print("  _put", item)
        self._queue.append(item)
    def _get(self):
        item = self._queue.popleft()
        print("  _get", item)
        return item

class Logging(asyncio.Queue):
    def put_nowait(self, item):
        print("  put_nowait", item)
        super().put_nowait(item)
    def get_nowait(self):
        item = super().get_nowait()
        print("  get_nowait", item)
        return item
    def full(self):
        return self.qsize() >= 2

async def main():
    q = DequeQueue(2)
    await q.put(1)
    await q.put(2)
    print(q.full(), str(q))
    t = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(await q.get(), await q.get())
    await t
    print(await q.get(), q.empty())

    q = Logging()
    await q.put("a")
    await q.put("b")
    t = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print(t.done(), str(q))
    print(await q.get())
    await t
    print(str(q))

    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls(3)
        for x in (5, 1, 3):
            await q.put(x)
        try:
            q.put_nowait(9)
        except asyncio.QueueFull as e:
            print(cls.__name__, "full", type(e).__name__, repr(e), type(e).__module__)
        print([await q.get() for _ in range(3)])
        try:
            q.get_nowait()
        except asyncio.QueueEmpty as e:
            print(cls.__name__, "empty", repr(e))

    q = asyncio.Queue()
    for call in (lambda: q.put(), lambda: q.put(1, 2), lambda: q.get(1),
                 lambda: q.put_nowait(), lambda: q.get_nowait(3),
                 lambda: q.put(x=1), lambda: asyncio.Queue.put()):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    await q.put(item=4)
    q.put_nowait(item=5)
    print(q.get_nowait(), await q.get())
    c = q.put(1)
    print(type(c).__name__, c.__name__, c.__qualname__)
    c.close()
    print(asyncio.Queue.put.__name__, asyncio.Queue.get_nowait.__name__)
    q._maxsize = 1.5
    await q.put(1)
    await q.put(2)
    print(q.full(), q.qsize())

asyncio.run(main())
