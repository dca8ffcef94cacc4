# source: superfastpython.com, "Asyncio TaskGroup in Python" and "Asyncio ExceptionGroup / except*" tutorials (Jason Brownlee): TaskGroup basics, getting results, a failing task cancelling its siblings, handling the ExceptionGroup with except*, https://superfastpython.com/asyncio-taskgroup/
# adapted: sleeps of 1 s are 0.02 s; task values are fixed instead of random; the examples run one after another in a single program; cancelled tasks are reported in creation order, not in the (set) order the TaskGroup cancels them.
# SuperFastPython.com
# examples of asyncio.TaskGroup
import asyncio

UNIT = 0.02

print('--- example of a task group')


# coroutine task
async def work():
    # report a message
    print('>task starting')
    # simulate work
    await asyncio.sleep(UNIT)
    # report a message
    print('>task done')


async def main_basic():
    # create task group
    async with asyncio.TaskGroup() as group:
        # create and issue tasks
        _ = [group.create_task(work()) for _ in range(3)]
    # wait for all tasks to complete...
    print('Done')


asyncio.run(main_basic())

print('--- example of a task group with return values')


async def task_value(value):
    # simulate work
    await asyncio.sleep(value * UNIT / 10)
    # return a value
    return value * 10


async def main_values():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(task_value(i)) for i in (3, 1, 2)]
    # report all results
    for task in tasks:
        print(task.result())


asyncio.run(main_values())

print('--- example of a task group where one task fails')


async def task_may_fail(value):
    await asyncio.sleep(value * UNIT)
    if value == 2:
        print(f'>task {value} failing')
        raise Exception(f'Something bad happened in {value}')
    print(f'>task {value} done')


async def main_fail():
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(task_may_fail(i)) for i in range(1, 5)]
    except* Exception as eg:
        print(f'Failed: {eg!r}')
        for exc in eg.exceptions:
            print(f' - {exc}')
    for i, task in enumerate(tasks, start=1):
        status = 'cancelled' if task.cancelled() else (
            'failed' if task.exception() else 'done')
        print(f'task {i}: {status}')


asyncio.run(main_fail())

print('--- example of several tasks failing with different exceptions')


async def task_raises(kind, n):
    # all tasks resume in the same loop iteration
    await asyncio.sleep(0)
    raise kind(f'{kind.__name__} from task {n}')


async def main_except_star():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(task_raises(ValueError, 1))
            group.create_task(task_raises(TypeError, 2))
            group.create_task(task_raises(ValueError, 3))
    except* ValueError as eg:
        print(f'ValueErrors: {[str(e) for e in eg.exceptions]}')
    except* TypeError as eg:
        print(f'TypeErrors: {[str(e) for e in eg.exceptions]}')
    print('main carries on')


asyncio.run(main_except_star())

print('--- example of cancelling the task group from outside')


cleaned_up = []


async def long_task(i):
    try:
        await asyncio.sleep(10 * UNIT)
    finally:
        cleaned_up.append(i)


async def main_cancel_group():
    async def grouped():
        async with asyncio.TaskGroup() as group:
            for i in range(3):
                group.create_task(long_task(i))
    outer = asyncio.create_task(grouped())
    await asyncio.sleep(UNIT)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('the whole group was cancelled')
    print(f'cleaned up: {sorted(cleaned_up)}')


asyncio.run(main_cancel_group())

print('--- example of a task group with a nested task group')


async def child(name, delay):
    await asyncio.sleep(delay * UNIT)
    print(f'>{name} finished')
    return name


async def nested():
    async with asyncio.TaskGroup() as inner:
        a = inner.create_task(child('inner-a', 2))
        b = inner.create_task(child('inner-b', 1))
    return a.result() + '+' + b.result()


async def main_nested():
    async with asyncio.TaskGroup() as outer:
        t1 = outer.create_task(nested())
        t2 = outer.create_task(child('outer', 3))
    print(t1.result(), t2.result())


asyncio.run(main_nested())
