# source: https://docs.python.org/3.11/library/asyncio-eventloop.html (Examples: Hello World with call_soon(), Display the current date with call_later(); Futures: create_future/set_after) and https://docs.python.org/3.11/library/asyncio-runner.html (Runner context manager)
# adapted: the 1 s / 5 s periods of display_date become 0.1 s / 0.45 s (no tick lands on the end time) and datetime.now() is replaced by the elapsed loop time rounded to 0.1 s.
import asyncio
import functools


def hello_world(loop):
    """A callback to print 'Hello World' and stop the event loop"""
    print('Hello World')
    loop.stop()


loop = asyncio.new_event_loop()

# Schedule a call to hello_world()
loop.call_soon(hello_world, loop)

# Blocking call interrupted by loop.stop()
try:
    loop.run_forever()
finally:
    loop.close()
print(f'closed: {loop.is_closed()}, running: {loop.is_running()}')


def display_date(end_time, loop, start):
    print(f'tick at +{round(loop.time() - start, 1)}')
    if (loop.time() + 0.1) < end_time:
        loop.call_later(0.1, display_date, end_time, loop, start)
    else:
        loop.stop()


loop = asyncio.new_event_loop()

# Schedule the first call to display_date()
start = loop.time()
end_time = start + 0.45
loop.call_soon(display_date, end_time, loop, start)

# Blocking call interrupted by loop.stop()
try:
    loop.run_forever()
finally:
    loop.close()


# Callback handles: cancel one, keep the other; keyword arguments via partial.
def report(label, *, detail='none'):
    print(f'report {label} (detail={detail})')


loop = asyncio.new_event_loop()
h1 = loop.call_soon(report, 'first')
h2 = loop.call_soon(report, 'second')
h3 = loop.call_later(0.02, functools.partial(report, 'third', detail='partial'))
t = loop.call_later(0.05, loop.stop)
h2.cancel()
print(f'h2 cancelled: {h2.cancelled()}, h3 when is later: {h3.when() > loop.time()}')
try:
    loop.run_forever()
finally:
    loop.close()


async def set_after(fut, delay, value):
    # Sleep for *delay* seconds.
    await asyncio.sleep(delay)

    # Set *value* as a result of *fut* Future.
    fut.set_result(value)


async def future_main():
    # Get the current event loop.
    loop = asyncio.get_running_loop()

    # Create a new Future object.
    fut = loop.create_future()

    # Run "set_after()" coroutine in a parallel Task.
    # We are using the low-level "loop.create_task()" API here because
    # we already have a reference to the event loop at hand.
    # Otherwise we could have just used "asyncio.create_task()".
    loop.create_task(
        set_after(fut, 0.05, '... world'))

    print('hello ...')

    # Wait until *fut* has a result (0.05 second) and print it.
    print(await fut)


asyncio.run(future_main())


async def runner_main():
    await asyncio.sleep(0.01)
    print('hello')
    return 'runner result'


with asyncio.Runner() as runner:
    print(runner.run(runner_main()))
    runner_loop = runner.get_loop()
    print(f'loop closed inside: {runner_loop.is_closed()}')
    print(runner.run(runner_main()))
    print(f'same loop: {runner.get_loop() is runner_loop}')
print(f'loop closed after: {runner_loop.is_closed()}')
