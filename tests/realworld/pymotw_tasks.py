# source: PyMOTW-3, asyncio chapter, "Executing Tasks Concurrently" (asyncio_create_task.py, asyncio_cancel_task.py, asyncio_cancel_task2.py, asyncio_ensure_future.py), https://pymotw.com/3/asyncio/tasks.html
# adapted: Task reprs (which embed the script's absolute path and line) are replaced by describe(task) giving state, name and coroutine; the 1 s sleep is 0.1 s; each listing after the first installs a fresh default loop.
import asyncio


def describe(task):
    if task.cancelled():
        state = 'cancelled'
    elif task.done():
        state = 'finished'
    else:
        state = 'pending'
    text = '<Task {} name={!r} coro={}()'.format(
        state, task.get_name(), task.get_coro().__qualname__)
    if state == 'finished':
        text += ' result={!r}'.format(task.result())
    return text + '>'


print('== asyncio_create_task.py')


async def task_func():
    print('in task_func')
    return 'the result'


async def main(loop):
    print('creating task')
    task = loop.create_task(task_func())
    print('waiting for {}'.format(describe(task)))
    return_value = await task
    print('task completed {}'.format(describe(task)))
    print('return value: {!r}'.format(return_value))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    event_loop.close()

print('== asyncio_cancel_task.py')


async def main(loop):
    print('creating task')
    task = loop.create_task(task_func())

    print('canceling task')
    task.cancel()

    print('canceled task {} cancelling={}'.format(describe(task), task.cancelling()))
    try:
        await task
    except asyncio.CancelledError:
        print('caught error from canceled task')
    else:
        print('task result: {!r}'.format(task.result()))


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    event_loop.close()

print('== asyncio_cancel_task2.py')


async def task_func():
    print('in task_func, sleeping')
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print('task_func was canceled')
        raise
    return 'the result'


def task_canceller(t):
    print('in task_canceller')
    t.cancel()
    print('canceled the task')


async def main(loop):
    print('creating task')
    task = loop.create_task(task_func())
    loop.call_soon(task_canceller, task)
    try:
        await task
    except asyncio.CancelledError:
        print('main() also sees task as canceled')
    print(describe(task))


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    event_loop.close()

print('== asyncio_ensure_future.py')


async def wrapped():
    print('wrapped')
    return 'result'


async def inner(task):
    print('inner: starting')
    print('inner: waiting for {}'.format(describe(task)))
    result = await task
    print('inner: task returned {!r}'.format(result))


async def starter():
    print('starter: creating task')
    task = asyncio.ensure_future(wrapped())
    print('starter: waiting for inner')
    await inner(task)
    print('starter: inner returned')
    print('ensure_future(task) is task: {}'.format(
        asyncio.ensure_future(task) is task))


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    print('entering event loop')
    result = event_loop.run_until_complete(starter())
finally:
    event_loop.close()
