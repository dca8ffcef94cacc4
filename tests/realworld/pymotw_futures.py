# source: PyMOTW-3, asyncio chapter, "Producing Results Asynchronously" (asyncio_future_event_loop.py, asyncio_future_await.py, asyncio_future_callback.py), https://pymotw.com/3/asyncio/futures.html
# adapted: the listings run one after another, each later one on a fresh default loop (set_event_loop(new_event_loop())); a final part shows exception and cancellation states of a Future.
import asyncio
import functools

print('== asyncio_future_event_loop.py')


def mark_done(future, result):
    print('setting future result to {!r}'.format(result))
    future.set_result(result)


event_loop = asyncio.get_event_loop()
try:
    all_done = asyncio.Future()

    print('scheduling mark_done')
    event_loop.call_soon(mark_done, all_done, 'the result')

    print('entering event loop')
    result = event_loop.run_until_complete(all_done)
    print('returned result: {!r}'.format(result))
finally:
    print('closing event loop')
    event_loop.close()

print('future result: {!r}'.format(all_done.result()))

print('== asyncio_future_await.py')


async def main(loop):
    all_done = asyncio.Future()

    print('scheduling mark_done')
    loop.call_soon(mark_done, all_done, 'the result')

    result = await all_done
    print('returned result: {!r}'.format(result))


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    event_loop.close()

print('== asyncio_future_callback.py')


def callback(future, n):
    print('{}: future done: {}'.format(n, future.result()))


async def register_callbacks(all_done):
    print('registering callbacks on future')
    all_done.add_done_callback(functools.partial(callback, n=1))
    all_done.add_done_callback(functools.partial(callback, n=2))


async def main(all_done):
    await register_callbacks(all_done)
    print('setting result of future')
    all_done.set_result('the result')


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    all_done = asyncio.Future()
    event_loop.run_until_complete(main(all_done))
finally:
    event_loop.close()

print('== future states')


def describe(fut):
    print('done={} cancelled={}'.format(fut.done(), fut.cancelled()))


async def states(loop):
    fut = loop.create_future()
    describe(fut)
    try:
        fut.result()
    except asyncio.InvalidStateError as err:
        print('InvalidStateError: {}'.format(err))

    failed = loop.create_future()
    loop.call_later(0.01, failed.set_exception, ValueError('broken'))
    try:
        await failed
    except ValueError as err:
        print('awaiting raised ValueError: {}'.format(err))
    print('exception(): {!r}'.format(failed.exception()))

    cancelled = loop.create_future()
    cancelled.add_done_callback(
        lambda f: print('callback sees cancelled={}'.format(f.cancelled())))
    loop.call_later(0.02, cancelled.cancel)
    try:
        await cancelled
    except asyncio.CancelledError:
        print('awaiting raised CancelledError')
    describe(cancelled)

    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as err:
        print('InvalidStateError: {}'.format(err))
    print('removed callbacks: {}'.format(fut.remove_done_callback(describe)))


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(states(event_loop))
finally:
    event_loop.close()
