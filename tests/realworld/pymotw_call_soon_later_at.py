# source: PyMOTW-3, asyncio chapter, "Scheduling Calls to Regular Functions" (asyncio_call_soon.py, asyncio_call_later.py, asyncio_call_at.py), https://pymotw.com/3/asyncio/scheduling.html
# adapted: call_later delays of 0.1/0.2 s become 0.02/0.04 s; call_at prints loop-time offsets from "now" rounded to 0.1 s instead of absolute clock values; each listing after the first installs a fresh default loop.
import asyncio
import functools

print('== asyncio_call_soon.py')


def callback(arg, *, kwarg='default'):
    print('callback invoked with {} and {}'.format(arg, kwarg))


async def main(loop):
    print('registering callbacks')
    loop.call_soon(callback, 1)
    wrapped = functools.partial(callback, kwarg='not default')
    loop.call_soon(wrapped, 2)

    await asyncio.sleep(0.02)


event_loop = asyncio.get_event_loop()
try:
    print('entering event loop')
    event_loop.run_until_complete(main(event_loop))
finally:
    print('closing event loop')
    event_loop.close()

print('== asyncio_call_later.py')


def callback(n):
    print('callback {} invoked'.format(n))


async def main(loop):
    print('registering callbacks')
    loop.call_later(0.04, callback, 1)
    loop.call_later(0.02, callback, 2)
    loop.call_soon(callback, 3)

    await asyncio.sleep(0.08)


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    print('entering event loop')
    event_loop.run_until_complete(main(event_loop))
finally:
    print('closing event loop')
    event_loop.close()

print('== asyncio_call_at.py')


def callback(n, loop, start):
    print('callback {} invoked at now+{:.1f}'.format(n, loop.time() - start))


async def main(loop):
    now = loop.time()
    print('loop  time offset: {:.1f}'.format(loop.time() - now))

    print('registering callbacks')
    loop.call_at(now + 0.2, callback, 1, loop, now)
    loop.call_at(now + 0.1, callback, 2, loop, now)
    loop.call_soon(callback, 3, loop, now)

    await asyncio.sleep(0.25)


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    print('entering event loop')
    event_loop.run_until_complete(main(event_loop))
finally:
    print('closing event loop')
    event_loop.close()

print('== run_forever with stopper (first edition listing)')


def stopper(loop):
    print('stopper invoked')
    loop.stop()


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    print('registering callbacks')
    event_loop.call_later(0.1, callback, 1, event_loop, event_loop.time())
    event_loop.call_later(0.15, stopper, event_loop)
    event_loop.call_soon(print, 'print called soon')
    print('entering event loop')
    event_loop.run_forever()
finally:
    print('closing event loop')
    event_loop.close()
