# Python subclasses of asyncio's Lock, Event, Semaphore and BoundedSemaphore
# (whose methods are Rust): overrides are called where CPython's code calls
# them, super() reaches the stock methods, isinstance works, and Condition
# and Barrier keep working on top.
import asyncio
import re


def show(x):
    r = repr(x)
    assert re.match(r"<(__main__|asyncio\.locks)\.\w+ object at 0x[0-9a-f]+ \[", r), r
    return r[:r.index(" object")] + " " + r[r.index("["):]


log = []


class TracingLock(asyncio.Lock):
    def __init__(self, name):
        super().__init__()
        self.name = name

    async def acquire(self):
        log.append(f"{self.name} acquire")
        r = await super().acquire()
        log.append(f"{self.name} acquired {r}")
        return r

    def release(self):
        log.append(f"{self.name} release")
        super().release()

    def _wake_up_first(self):
        log.append(f"{self.name} wake_up_first {len(self._waiters or ())}")
        super()._wake_up_first()


class CountingSemaphore(asyncio.Semaphore):
    wakeups = 0

    def locked(self):
        r = super().locked()
        log.append(f"locked? {r}")
        return r

    def _wake_up_next(self):
        type(self).wakeups += 1
        return super()._wake_up_next()


class Bounded(asyncio.BoundedSemaphore):
    def release(self):
        log.append("bounded release")
        super().release()


class LoudEvent(asyncio.Event):
    def set(self):
        log.append("set!")
        super().set()

    def clear(self):
        log.append("clear!")
        super().clear()


class ListWaitersLock(asyncio.Lock):
    # CPython's code works on whatever _waiters is.
    def __init__(self):
        super().__init__()
        self._waiters = []


async def main():
    lock = TracingLock("L")
    print(isinstance(lock, asyncio.Lock), issubclass(TracingLock, asyncio.Lock), show(lock))

    async def user(i):
        async with lock:
            log.append(f"user{i} in")
            await asyncio.sleep(0)

    await asyncio.gather(*(user(i) for i in range(3)))
    print(log)
    log.clear()

    await lock.acquire()
    t2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t2.cancel()
    lock.release()
    await asyncio.sleep(0)
    print(log, t2.cancelled(), show(lock))
    log.clear()

    sem = CountingSemaphore(2)
    print(isinstance(sem, asyncio.Semaphore), show(sem))

    async def job(i):
        async with sem:
            await asyncio.sleep(0)
        return i

    print(await asyncio.gather(*(job(i) for i in range(5))), CountingSemaphore.wakeups)
    print(log, show(sem))
    log.clear()

    b = Bounded(1)
    print(isinstance(b, asyncio.BoundedSemaphore), isinstance(b, asyncio.Semaphore), show(b))
    async with b:
        print(show(b))
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(log)
    log.clear()

    ev = LoudEvent()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print(await w, ev.is_set(), log, show(ev))
    log.clear()

    ll = ListWaitersLock()
    await ll.acquire()
    ts = [asyncio.create_task(ll.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(type(ll._waiters).__name__, len(ll._waiters), show(ll))
    ts[0].cancel()
    ll.release()
    await asyncio.sleep(0)
    print(ts[0].cancelled(), ts[1].done(), ll._waiters, show(ll))
    print(await ts[1], ll._waiters, show(ll))
    ll.release()

    # An instance attribute that shadows a method is honoured.
    plain = asyncio.Lock()
    plain._wake_up_first = lambda: log.append("instance wake_up_first")
    await plain.acquire()
    t = asyncio.create_task(plain.acquire())
    await asyncio.sleep(0)
    plain.release()
    await asyncio.sleep(0)
    print(log, t.done(), show(plain))
    t.cancel()
    log.clear()

    # Condition and Barrier on top.
    cond = asyncio.Condition(TracingLock("C"))
    got = []

    async def consumer(i):
        async with cond:
            await cond.wait()
            got.append(i)

    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)
    print(got, show(cond), len(log))
    barrier = asyncio.Barrier(3)
    print(sorted(await asyncio.gather(*(barrier.wait() for _ in range(3)))))

    # The stock methods, taken from the class, work on subclass instances.
    s = CountingSemaphore(1)
    print(await asyncio.Semaphore.acquire(s), asyncio.Semaphore.locked(s), show(s))
    asyncio.Semaphore.release(s)
    print(asyncio.Lock.locked(TracingLock("x")), asyncio.Event.is_set(LoudEvent()))
    try:
        asyncio.Lock.release(asyncio.Semaphore())
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
