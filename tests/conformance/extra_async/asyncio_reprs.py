# asyncio's reprs: tasks with their coroutine and what they wait for,
# futures with their callbacks, locks and queues with their state.
import asyncio


def show(obj):
    # Addresses and the script's path differ between runs: mask them.
    text = repr(obj).replace(__file__, "FILE")
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdef":
                j += 1
            out.append("0x...")
            i = j
        else:
            out.append(text[i])
            i += 1
    print("".join(out))


async def spin(n):
    await asyncio.sleep(0.01)
    return n


async def boom():
    raise ValueError("x")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(spin(1))
    show(t)
    print(type(t), type(loop.create_future()), asyncio.Task, asyncio.Future)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)

    f = loop.create_future()
    show(f)
    f.add_done_callback(print)
    show(f)

    def cb(fut):
        pass

    f.add_done_callback(cb)
    show(f)
    f.add_done_callback(lambda fut: None)
    show(f)

    async def waiter():
        await f

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    show(w)
    f.set_result(7)
    show(f)
    await w

    t2 = asyncio.create_task(spin(2), name="worker")
    await asyncio.sleep(0)
    t2.cancel()
    show(t2)
    try:
        await t2
    except asyncio.CancelledError:
        pass
    show(t2)
    t3 = asyncio.create_task(boom())
    try:
        await t3
    except ValueError:
        pass
    show(t3)

    lock = asyncio.Lock()
    show(lock)
    async with lock:
        show(lock)
    e = asyncio.Event()
    show(e)
    e.set()
    show(e)
    show(asyncio.Semaphore(2))
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    show(sem)
    show(asyncio.BoundedSemaphore())
    show(asyncio.Condition())
    q = asyncio.Queue(maxsize=3)
    print(q)
    await q.put(1)
    await q.put(2)
    print(q)
    show(q)
    q.get_nowait()
    q.task_done()
    print(q)
    print(asyncio.PriorityQueue(), asyncio.LifoQueue())

asyncio.run(main())
