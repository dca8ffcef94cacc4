# A cancel() that arrives after a task was woken but before it resumed wins.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()

    async def waiter():
        return await f

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    f.set_result("value")
    print(t.cancel())
    print(await asyncio.gather(t, return_exceptions=True))

    lock = asyncio.Lock()
    await lock.acquire()
    t2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    t2.cancel()
    await asyncio.sleep(0)
    print(t2.cancelled(), lock.locked())

    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(1)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("CancelledError", q.qsize())


asyncio.run(main())
