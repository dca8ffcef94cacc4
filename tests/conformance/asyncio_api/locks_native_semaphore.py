# asyncio.Semaphore and BoundedSemaphore (their methods are Rust): many
# waiters and the loop turn each gets in on, cancellation before and after
# the wakeup, FIFO order, the bound, reprs.
import asyncio
import re


def show(sem):
    r = repr(sem)
    assert re.match(r"<asyncio\.locks\.(Bounded)?Semaphore object at 0x[0-9a-f]+ \[", r), r
    return r[r.index("["):]


async def many_waiters():
    sem = asyncio.Semaphore(3)
    log = []
    turn = [0]

    async def ticker():
        while turn[0] < 40:
            turn[0] += 1
            await asyncio.sleep(0)

    async def job(i):
        async with sem:
            log.append((i, turn[0], sem._value))
            for _ in range(i % 4):
                await asyncio.sleep(0)
        return i

    t = asyncio.create_task(ticker())
    jobs = [asyncio.create_task(job(i)) for i in range(20)]
    await asyncio.sleep(0)
    print(show(sem), len(sem._waiters), sem.locked())
    print(sum(await asyncio.gather(*jobs)))
    await t
    print(log)
    print(show(sem), sem.locked(), sem._waiters)


async def cancel_before_awoken():
    sem = asyncio.Semaphore(value=0)
    ts = [asyncio.create_task(sem.acquire()) for _ in range(4)]
    await asyncio.sleep(0)
    ts[0].cancel()
    ts[1].cancel()
    sem.release()
    print(show(sem))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print([t.done() for t in ts], show(sem))
    ts[2].cancel()
    ts[3].cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in ts], show(sem))


async def cancel_after_wakeup():
    # The waiter was woken (its future has a result) but is cancelled before
    # it runs: it gives the count back and wakes the next waiter.
    sem = asyncio.Semaphore(0)
    log = []

    async def w(name):
        try:
            await sem.acquire()
        except asyncio.CancelledError:
            log.append(f"{name} cancelled {show(sem)}")
            raise
        log.append(f"{name} got it {show(sem)}")

    ts = [asyncio.create_task(w(n)) for n in "abc"]
    await asyncio.sleep(0)
    sem.release()
    log.append(f"released {show(sem)}")
    ts[0].cancel()
    await asyncio.gather(*ts[:2], return_exceptions=True)
    print(log, show(sem), ts[2].done())
    sem.release()
    await ts[2]
    print(log[-1], show(sem))


async def hang_and_no_hang():
    sem = asyncio.Semaphore(value=0)
    t1 = asyncio.create_task(sem.acquire())
    t2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    t1.cancel()
    sem.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(sem.locked(), t2.done(), show(sem))

    sem = asyncio.Semaphore(1)

    async def c1():
        async with sem:
            await asyncio.sleep(0)
        t4.cancel()

    async def c2():
        async with sem:
            print("never")

    t3 = asyncio.create_task(c1())
    t4 = asyncio.create_task(c2())
    r = await asyncio.gather(t3, t4, return_exceptions=True)
    print([type(x).__name__ for x in r], show(sem))
    print(await asyncio.wait_for(sem.acquire(), timeout=1.0), show(sem))


async def fifo_orders():
    sem = asyncio.Semaphore(1)
    result = []

    async def coro(tag):
        await sem.acquire()
        result.append(f"{tag}_1")
        await asyncio.sleep(0.01)
        sem.release()
        await sem.acquire()
        result.append(f"{tag}_2")
        await asyncio.sleep(0.01)
        sem.release()

    async with asyncio.TaskGroup() as tg:
        for tag in ("c1", "c2", "c3"):
            tg.create_task(coro(tag))
    print(result)

    sem = asyncio.Semaphore(1)
    result = []

    async def d1():
        await sem.acquire()
        result.append(1)

    async def d2():
        await sem.acquire()
        result.append(2)
        sem.release()
        await sem.acquire()
        result.append(4)

    async def d3():
        await sem.acquire()
        result.append(3)

    ts = [asyncio.create_task(c()) for c in (d1, d2, d3)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.gather(*ts)
    print(result, show(sem))

    sem = asyncio.Semaphore(0)
    result = []

    async def e(n):
        await sem.acquire()
        result.append(n)

    ts = [asyncio.create_task(e(n)) for n in (1, 2, 3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(result, show(sem))


async def locked_with_cancelled_waiters():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    t = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    t.cancel()
    sem.release()
    # value 1 but a waiter that is not cancelled... it is cancelled now.
    print(sem.locked(), show(sem), [w.cancelled() for w in sem._waiters])
    await asyncio.sleep(0)
    print(t.cancelled(), sem.locked(), show(sem))


async def bounded():
    sem = asyncio.BoundedSemaphore(2)
    print(show(sem), sem._bound_value)
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    await sem.acquire()
    async with sem:
        print("inside", show(sem), sem.locked())
    print(show(sem))
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e, show(sem))
    try:
        async with sem:
            async with sem:
                sem.release()
                print("released inside", show(sem))
    except ValueError as e:
        print("ValueError on exit:", e, show(sem))
    # Semaphore.release, called directly, does not check the bound.
    asyncio.Semaphore.release(sem)
    print(show(sem))


async def errors():
    for bad in (lambda: asyncio.Semaphore(-1), lambda: asyncio.Semaphore(loop=None),
                lambda: asyncio.BoundedSemaphore(1, 2)):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    sem = asyncio.Semaphore(0)
    for bad in (lambda: sem.release(2), lambda: asyncio.Semaphore.locked(),
                lambda: sem.acquire(blocking=False)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    # A value that is not an int goes through Python's operators.
    sem = asyncio.Semaphore(1.5)
    print(sem.locked(), await sem.acquire(), show(sem), sem.locked())
    sem.release()
    print(show(sem))


async def main():
    for f in (many_waiters, cancel_before_awoken, cancel_after_wakeup, hang_and_no_hang,
              fifo_orders, locked_with_cancelled_waiters, bounded, errors):
        print(f"-- {f.__name__}")
        await f()


asyncio.run(main())
