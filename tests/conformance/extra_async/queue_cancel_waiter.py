# cancelling blocked get()/put(), including a waiter that was just woken:
# the wakeup passes on to the next waiter
import asyncio

async def main():
    q = asyncio.Queue()
    log = []

    async def getter(name):
        try:
            item = await q.get()
            log.append((name, item))
        except asyncio.CancelledError:
            log.append((name, "cancelled"))
            raise

    a = asyncio.create_task(getter("a"))
    b = asyncio.create_task(getter("b"))
    c = asyncio.create_task(getter("c"))
    await asyncio.sleep(0)
    print(str(q))
    b.cancel()
    await asyncio.sleep(0)
    print(str(q), b.cancelled())
    # wake a, then cancel it before it runs: c must get the item
    q.put_nowait(1)
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, str(q))
    print(a.cancelled(), c.done())

    # putters
    q = asyncio.Queue(1)
    q.put_nowait("x")
    log = []

    async def putter(name, item):
        try:
            await q.put(item)
            log.append((name, "put"))
        except asyncio.CancelledError:
            log.append((name, "cancelled"))
            raise

    ps = [asyncio.create_task(putter(f"p{i}", i)) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait())
    ps[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, str(q))
    ps[2].cancel()
    await asyncio.sleep(0)
    print(log, str(q))

    # wait_for timing out a get
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("timeout", str(q))
    q.put_nowait(5)
    print(await asyncio.wait_for(q.get(), 1))

asyncio.run(main())
