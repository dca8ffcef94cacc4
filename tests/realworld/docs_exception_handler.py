# source: https://docs.python.org/3.11/library/asyncio-eventloop.html ("Error Handling API": set_exception_handler, get_exception_handler, call_exception_handler, default_exception_handler context keys) and https://docs.python.org/3.11/library/asyncio-dev.html ("Detect never-retrieved exceptions", "Concurrency and Multithreading" call_soon_threadsafe)
# adapted: the default handler's log output (stderr) is replaced by a custom handler that prints the context's message and exception; source locations (absolute paths) are cut from callback messages; the never-retrieved exception is found when the task is garbage collected right after `del`.
import asyncio
import gc


def describe(context):
    # the message of a failed callback ends with "at <file>:<line>"; keep the part before it
    parts = [context['message'].split(' at ')[0]]
    if 'exception' in context:
        parts.append(repr(context['exception']))
    for key in ('task', 'future', 'handle'):
        if key in context:
            parts.append(f'{key}={type(context[key]).__name__}')
    return ' | '.join(parts)


def handler(loop, context):
    print('handler:', describe(context))


print('--- an exception in a callback')


def bad_callback():
    raise ZeroDivisionError('from a callback')


async def main_callback():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler() is None)
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    print('the loop kept running')


asyncio.run(main_callback())

print('--- a task exception that is never retrieved')


async def bug():
    raise Exception('not consumed')


async def main_never_retrieved():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    task = asyncio.create_task(bug())
    await asyncio.sleep(0.01)
    print('task done:', task.done())
    del task
    gc.collect()
    await asyncio.sleep(0)
    print('after the task was collected')


asyncio.run(main_never_retrieved())

print('--- retrieving the exception silences the handler')


async def main_retrieved():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    task = asyncio.create_task(bug())
    await asyncio.sleep(0.01)
    print('exception():', repr(task.exception()))
    del task
    gc.collect()
    print('nothing reported')


asyncio.run(main_retrieved())

print('--- call_exception_handler with a custom context')


async def main_custom():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()
    loop.call_exception_handler({
        'message': 'something odd happened',
        'exception': RuntimeError('odd'),
        'future': fut,
    })
    fut.cancel()

    def delegating(loop, context):
        print('delegating handler saw:', context['message'].split(' at ')[0])
        context = dict(context, message='rewritten: ' + context['message'])
        handler(loop, context)

    loop.set_exception_handler(delegating)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main_custom())

print('--- a failing exception handler')


def broken_handler(loop, context):
    raise ValueError('handler is broken')


async def main_broken():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(broken_handler)
    try:
        loop.set_exception_handler('not callable')
    except TypeError as e:
        print(f'TypeError: {e}')
    print('handler still set:', loop.get_exception_handler() is broken_handler)


asyncio.run(main_broken())
