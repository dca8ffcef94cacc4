# several blocked getters and putters wake in FIFO order; reprs show waiters
import asyncio

async def getter(q, name, log):
    item = await q.get()
    log.append(f"{name} got {item}")

async def putter(q, name, item, log):
    await q.put(item)
    log.append(f"{name} put {item}")

async def main():
    log = []
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(q, f"g{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    print(str(q))
    print(repr(q).startswith("<Queue at 0x"), repr(q).endswith("maxsize=0 _getters[4]>"))
    for i in range(4):
        q.put_nowait(i * 10)
    print(str(q))
    await asyncio.gather(*gs)
    print(log)
    print(q.qsize(), q.empty(), q.full(), str(q))

    log = []
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.full())
    ps = [asyncio.create_task(putter(q, f"p{i}", i, log)) for i in range(5)]
    await asyncio.sleep(0)
    print(str(q), q.full(), q.qsize())
    while not q.empty() or any(not p.done() for p in ps):
        log.append(f"main got {await q.get()}")
        await asyncio.sleep(0)
    print(log)
    print(str(q))
    # interleaved: a getter woken, then put_nowait before it runs
    q = asyncio.Queue()
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("a")
    q.put_nowait("b")
    print(str(q))
    print(await t, q.get_nowait())

asyncio.run(main())
