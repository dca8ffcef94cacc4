# asyncio.Condition (Python) over the Rust Lock: waiters cancelled while
# waiting, while re-acquiring the lock, and after a notify; the lock is
# held again whenever wait() ends.
import asyncio
import re


def show(x):
    r = repr(x)
    assert re.match(r"<asyncio\.locks\.(Condition|Lock) object at 0x[0-9a-f]+ \[", r), r
    return r[r.index("["):]


async def cancel_while_waiting():
    cond = asyncio.Condition()
    await cond.acquire()
    wait = asyncio.create_task(cond.wait())
    asyncio.get_running_loop().call_soon(wait.cancel)
    try:
        await wait
    except asyncio.CancelledError:
        print("cancelled", list(cond._waiters), cond.locked(), show(cond))
    cond.release()


async def cancel_contested():
    cond = asyncio.Condition()
    await cond.acquire()
    wait_task = asyncio.create_task(cond.wait())
    await asyncio.sleep(0)
    print(cond.locked(), show(cond), show(cond._lock))
    await cond.acquire()
    cond.notify()
    loop = asyncio.get_running_loop()
    loop.call_soon(wait_task.cancel)
    loop.call_soon(cond.release)
    try:
        print("wait returned", await wait_task)
    except asyncio.CancelledError:
        print("cancelled")
    print(cond.locked(), show(cond), show(cond._lock))
    cond.release()


async def cancel_after_notify():
    log = []
    cond = asyncio.Condition()

    async def wait_on_cond():
        async with cond:
            log.append("waiting")
            try:
                await cond.wait()
            finally:
                log.append(f"wait ended, locked={cond.locked()}")

    waiter = asyncio.create_task(wait_on_cond())
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify()
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    log.append(show(cond._lock))
    cond.release()
    await asyncio.sleep(0)
    print(waiter.cancelled(), log, show(cond))


async def notify_order():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    log = []

    async def w(i):
        async with cond:
            r = await cond.wait()
            log.append((i, r, lock.locked()))

    ts = [asyncio.create_task(w(i)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        log.append(show(cond))
    await asyncio.sleep(0)
    async with lock:
        ts[3].cancel()
        cond.notify_all()
    r = await asyncio.gather(*ts, return_exceptions=True)
    print(log, [type(x).__name__ for x in r], show(cond), show(lock))


async def main():
    for f in (cancel_while_waiting, cancel_contested, cancel_after_notify, notify_order):
        print(f"-- {f.__name__}")
        await f()


asyncio.run(main())
