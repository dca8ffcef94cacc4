# asyncio.Event (its methods are Rust): which waiters wake on which loop
# turn, set/clear/set before they run, cancelling a waiter, reprs.
import asyncio
import re


def show(ev):
    r = repr(ev)
    assert re.match(r"<asyncio\.locks\.Event object at 0x[0-9a-f]+ \[", r), r
    return r[r.index("["):]


async def turns(log, n):
    for i in range(n):
        log.append(f"turn{i}")
        await asyncio.sleep(0)


async def ordering():
    ev = asyncio.Event()
    log = []

    async def waiter(name):
        log.append(f"{name} waits")
        r = await ev.wait()
        log.append(f"{name} woke {r} {ev.is_set()}")

    print(show(ev), ev.is_set(), ev._waiters)
    ticker = asyncio.create_task(turns(log, 6))
    ws = [asyncio.create_task(waiter(f"w{i}")) for i in range(4)]
    await asyncio.sleep(0)
    print(show(ev), len(ev._waiters), type(ev._waiters).__name__)
    log.append("set")
    print(ev.set(), show(ev))
    ev.set()
    await asyncio.gather(*ws, ticker)
    print(log)
    print(show(ev), ev._waiters)


async def set_clear_before_run():
    # Waiters woken by set() still return True after clear().
    ev = asyncio.Event()
    log = []

    async def waiter(name):
        r = await ev.wait()
        log.append(f"{name} {r} {ev.is_set()}")

    ws = [asyncio.create_task(waiter(n)) for n in "ab"]
    await asyncio.sleep(0)
    ev.set()
    print(ev.clear(), show(ev))
    late = asyncio.create_task(waiter("late"))
    await asyncio.sleep(0)
    print(log, show(ev))
    ev.set()
    await asyncio.gather(*ws, late)
    print(log, show(ev))
    print(await ev.wait(), show(ev))


async def cancel_waiter():
    ev = asyncio.Event()
    log = []

    async def waiter(name):
        try:
            await ev.wait()
        except asyncio.CancelledError:
            log.append(f"{name} cancelled {len(ev._waiters)}")
            raise
        log.append(f"{name} woke")

    ws = [asyncio.create_task(waiter(n)) for n in "abc"]
    await asyncio.sleep(0)
    ws[0].cancel()
    print(show(ev))
    await asyncio.sleep(0)
    print(show(ev), log)
    ev.set()
    ws[2].cancel()  # already woken: the cancel arrives before it runs
    r = await asyncio.gather(*ws, return_exceptions=True)
    print([type(x).__name__ for x in r], log, show(ev))


async def wait_for_timeout():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("timed out", show(ev))
    t = asyncio.create_task(asyncio.wait_for(ev.wait(), 1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    ev.set()
    print(await t, show(ev))


async def errors():
    ev = asyncio.Event()
    try:
        asyncio.Event(loop=None)
    except TypeError as e:
        print("TypeError:", e)
    for bad in (lambda: asyncio.Event.set(), lambda: ev.clear(1),
                lambda: ev.wait(1), lambda: ev.is_set(a=2)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    ev._value = 7  # is_set() returns the attribute as it is
    print(ev.is_set(), show(ev))
    print(await ev.wait())


async def main():
    for f in (ordering, set_clear_before_run, cancel_waiter, wait_for_timeout, errors):
        print(f"-- {f.__name__}")
        await f()


asyncio.run(main())
