# source: PyMOTW-3, asyncio chapter, "Synchronization Primitives": Locks (asyncio_lock.py) and Events (asyncio_event.py), https://pymotw.com/3/asyncio/synchronization.html
# adapted: "with await lock" (removed in Python 3.10) becomes "async with lock" and the bare "await lock" becomes "await lock.acquire()"; asyncio.wait() gets tasks instead of coroutines (3.11); the 0.1 s callback delay is kept; the Event listing runs on a fresh default loop.
import asyncio
import functools

print('== asyncio_lock.py')


def unlock(lock):
    print('callback releasing lock')
    lock.release()


async def coro1(lock):
    print('coro1 waiting for the lock')
    async with lock:
        print('coro1 acquired lock')
    print('coro1 released lock')


async def coro2(lock):
    print('coro2 waiting for the lock')
    await lock.acquire()
    try:
        print('coro2 acquired lock')
    finally:
        print('coro2 released lock')
        lock.release()


async def main(loop):
    # Create and acquire a shared lock.
    lock = asyncio.Lock()
    print('acquiring the lock before starting coroutines')
    await lock.acquire()
    print('lock acquired: {}'.format(lock.locked()))

    # Schedule a callback to unlock the lock.
    loop.call_later(0.1, functools.partial(unlock, lock))

    # Run the coroutines that want to use the lock.
    print('waiting for coroutines')
    await asyncio.wait([loop.create_task(coro1(lock)),
                        loop.create_task(coro2(lock))])
    print('lock status: {}'.format(lock.locked()))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    event_loop.close()

print('== asyncio_event.py')


def set_event(event):
    print('setting event in callback')
    event.set()


async def coro1(event):
    print('coro1 waiting for event')
    await event.wait()
    print('coro1 triggered')


async def coro2(event):
    print('coro2 waiting for event')
    await event.wait()
    print('coro2 triggered')


async def main(loop):
    # Create a shared event
    event = asyncio.Event()
    print('event start state: {}'.format(event.is_set()))

    loop.call_later(
        0.1, functools.partial(set_event, event)
    )

    await asyncio.wait([loop.create_task(coro1(event)),
                        loop.create_task(coro2(event))])
    print('event end state: {}'.format(event.is_set()))


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    event_loop.close()
