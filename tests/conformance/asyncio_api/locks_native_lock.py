# asyncio.Lock (its methods are Rust): FIFO wakeups, loop turns, cancelling
# a waiter, a release racing a cancel, reprs, deque waiters, errors.
import asyncio
import re


def show(lock):
    r = repr(lock)
    assert re.match(r"<asyncio\.locks\.Lock object at 0x[0-9a-f]+ \[", r), r
    return r[r.index("["):]


async def turns(log, n):
    for i in range(n):
        log.append(f"turn{i}")
        await asyncio.sleep(0)


async def fifo():
    lock = asyncio.Lock()
    log = []

    async def worker(name, hold):
        log.append(f"{name} wants")
        r = await lock.acquire()
        log.append(f"{name} got {r}")
        for _ in range(hold):
            await asyncio.sleep(0)
        lock.release()
        log.append(f"{name} released")

    print(show(lock), lock.locked(), lock._waiters)
    ticker = asyncio.create_task(turns(log, 12))
    tasks = [asyncio.create_task(worker(f"w{i}", i % 3)) for i in range(5)]
    await asyncio.sleep(0)
    print(show(lock), type(lock._waiters).__name__, len(lock._waiters))
    await asyncio.gather(*tasks, ticker)
    print(log)
    print(show(lock), lock._waiters)


async def cancel_waiter():
    lock = asyncio.Lock()
    await lock.acquire()
    order = []

    async def waiter(name):
        try:
            await lock.acquire()
        except asyncio.CancelledError:
            order.append(f"{name} cancelled")
            raise
        order.append(f"{name} got it")
        lock.release()

    ts = [asyncio.create_task(waiter(n)) for n in "abc"]
    await asyncio.sleep(0)
    print(show(lock))
    ts[1].cancel()
    print(show(lock), [w.cancelled() for w in lock._waiters])
    await asyncio.sleep(0)
    print(show(lock), order)
    lock.release()
    print(show(lock))
    await asyncio.gather(*ts, return_exceptions=True)
    print(order, [t.cancelled() for t in ts], show(lock))


async def cancel_release_race():
    # CPython's issue 32734: cancel the first waiter, then release.
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    counts = {"calls": 0, "locks": 0}

    async def lockit():
        counts["calls"] += 1
        await lock.acquire()
        counts["locks"] += 1

    def trigger():
        t1.cancel()
        lock.release()

    await lock.acquire()
    t1 = asyncio.create_task(lockit())
    t2 = asyncio.create_task(lockit())
    t3 = asyncio.create_task(lockit())
    await asyncio.sleep(0)
    loop.call_soon(trigger)
    try:
        await t1
    except asyncio.CancelledError:
        print("t1 cancelled")
    print(counts, t1.cancelled(), t2.done(), t3.done(), show(lock))
    t3.cancel()
    await asyncio.sleep(0)
    print(t3.cancelled(), show(lock))


async def woken_then_cancelled():
    # The woken waiter is cancelled before it runs: the next one gets it.
    lock = asyncio.Lock()
    await lock.acquire()
    tb = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    tc = asyncio.create_task(lock.acquire())
    tb.cancel()
    lock.release()
    print(show(lock))
    await asyncio.sleep(0)
    print(show(lock), tb.cancelled(), tc.done())
    print(await tc, show(lock))
    lock.release()


async def cancel_race():
    lock = asyncio.Lock()
    log = []

    async def lockit(name, blocker):
        await lock.acquire()
        log.append(name)
        try:
            if blocker is not None:
                await blocker
        finally:
            lock.release()

    fa = asyncio.get_running_loop().create_future()
    ta = asyncio.create_task(lockit("A", fa))
    await asyncio.sleep(0)
    tb = asyncio.create_task(lockit("B", None))
    await asyncio.sleep(0)
    tc = asyncio.create_task(lockit("C", None))
    await asyncio.sleep(0)
    print(show(lock))
    fa.set_result(None)
    tb.cancel()
    print(lock._waiters[0].cancelled(), show(lock))
    await asyncio.sleep(0)
    print(lock.locked(), ta.done(), tb.cancelled(), log)
    await tc
    print(log, show(lock))


async def release_before_wakeup():
    # Released, then acquired again by the holder before the woken waiter
    # runs: the holder queues behind the woken waiter.
    lock = asyncio.Lock()
    log = []
    await lock.acquire()

    async def w():
        await lock.acquire()
        log.append(f"w got it {show(lock)}")
        await asyncio.sleep(0)
        lock.release()
        log.append("w released")

    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    lock.release()
    log.append(f"after release {show(lock)}")
    r = await lock.acquire()
    log.append(f"main re-acquired {r} {show(lock)} {t.done()}")
    lock.release()
    await t
    print(log, show(lock))


async def errors():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print("TypeError:", e)
    coro = lock.acquire()
    print("not awaited yet:", lock.locked(), type(coro).__name__)
    print(await coro, lock.locked())
    lock.release()
    try:
        async with lock:
            print("inside:", show(lock))
            raise KeyError("boom")
    except KeyError as e:
        print("KeyError", e, show(lock))
    for bad in (lambda: asyncio.Lock.acquire(), lambda: lock.release(1),
                lambda: lock.locked(x=1), lambda: asyncio.Lock.release(self=lock)):
        try:
            r = bad()
            print("ok", r, show(lock))
        except (TypeError, RuntimeError) as e:
            print(type(e).__name__, e)
    r = await lock.__aenter__()
    print("__aenter__ ->", r, show(lock))
    r = await lock.__aexit__(None, None, None)
    print("__aexit__ ->", r, show(lock))
    try:
        await lock.__aexit__(None, None)
    except TypeError as e:
        print("TypeError:", e)


async def main():
    for f in (fifo, cancel_waiter, cancel_release_race, woken_then_cancelled,
              cancel_race, release_before_wakeup, errors):
        print(f"-- {f.__name__}")
        await f()


asyncio.run(main())
