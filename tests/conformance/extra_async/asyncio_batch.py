import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    return name


async def agen():
    try:
        for i in range(3):
            yield i
    finally:
        print("agen cleanup")


async def main():
    t = asyncio.create_task(worker("a", 0.01), name="W1")
    print(t.get_name(), t.done())
    print(asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    print(await t, t.done(), t.result())
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("timeout", q.qsize(), q.empty())
    async for x in agen():
        if x == 1:
            break
    await asyncio.sleep(0)
    ev = asyncio.Event()
    print(ev.is_set())
    loop = asyncio.get_running_loop()
    loop.call_soon(ev.set)
    await ev.wait()
    print(ev.is_set())
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print(await fut)
    res = await asyncio.gather(*(worker(i, 0.01 * (3 - i)) for i in range(3)))
    print(res)
    done, pending = await asyncio.wait([asyncio.create_task(worker(i, 0.01 * i)) for i in range(3)], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout ctx", type(e).__name__)
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0.01)
            return i
    print(await asyncio.gather(*(limited(i) for i in range(4))))
    lock = asyncio.Lock()
    async with lock:
        print(lock.locked())
    print(lock.locked())
    it = aiter(agen())
    print(await anext(it))
    await it.aclose()
    try:
        await anext(it)
    except StopAsyncIteration:
        print("closed agen stops")
    for coro in asyncio.as_completed([worker("slow", 0.02), worker("fast", 0.01)]):
        print(await coro)
    r = await asyncio.shield(worker("s", 0))
    print(r)
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutine(worker("x", 0)))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("ok", 0))
            async def bad():
                raise ValueError("bad one")
            tg.create_task(bad())
    except* ValueError as eg:
        print("eg", [str(e) for e in eg.exceptions])
    print(await asyncio.to_thread(sum, [1, 2, 3]))


asyncio.run(main())
