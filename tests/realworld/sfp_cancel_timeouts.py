# source: superfastpython.com (Jason Brownlee), "How to Cancel an Asyncio Task", "Asyncio wait_for() timeouts", "asyncio.shield()" and "asyncio.timeout()" tutorials: cancel with a message, cancelled()/cancelling()/uncancel(), wait_for timing out, shielding a task, timeout context managers with reschedule() and expired(), https://superfastpython.com/asyncio-cancel-task/
# adapted: sleeps of 1 s are 0.01 s; the examples run one after another in one program; no clock values are printed.
# SuperFastPython.com
import asyncio

UNIT = 0.01

print('--- example of canceling a running task with a message')


async def task_coroutine():
    print('executing the task')
    try:
        await asyncio.sleep(10 * UNIT)
    except asyncio.CancelledError as e:
        print(f'task got CancelledError{e.args}')
        raise


async def main_cancel():
    print('main coroutine started')
    task = asyncio.create_task(task_coroutine())
    await asyncio.sleep(UNIT)
    was_cancelled = task.cancel('Stop Right Now')
    print(f'cancel() returned {was_cancelled}, cancelling={task.cancelling()}')
    await asyncio.sleep(UNIT / 10)
    print(f'cancelled: {task.cancelled()}, done: {task.done()}')
    try:
        task.result()
    except asyncio.CancelledError as e:
        print(f'result() raised CancelledError{e.args}')
    print(f'cancel() on a done task returns {task.cancel()}')


asyncio.run(main_cancel())

print('--- example of a task that refuses cancellation (uncancel)')


async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(2 * UNIT)
            return f'finished after {attempt} cancellation(s)'
        except asyncio.CancelledError:
            task = asyncio.current_task()
            print(f'>ignoring cancellation, cancelling={task.cancelling()}')
            task.uncancel()
    return 'gave up'


async def main_uncancel():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(UNIT)
    task.cancel()
    await asyncio.sleep(UNIT)
    print(await task)


asyncio.run(main_uncancel())

print('--- example of wait_for with a timeout')


async def task_coro(arg):
    print('>task executing')
    await asyncio.sleep(5 * UNIT)
    print('>task done')
    return arg * 2


async def main_wait_for():
    task = task_coro(1)
    try:
        await asyncio.wait_for(task, timeout=UNIT)
    except asyncio.TimeoutError:
        print('Gave up waiting, task canceled')
    print(await asyncio.wait_for(task_coro(21), timeout=10 * UNIT))


asyncio.run(main_wait_for())

print('--- example of shielding a task from cancellation')


async def simple_task(number):
    await asyncio.sleep(2 * UNIT)
    return number


async def cancel_task(task):
    await asyncio.sleep(UNIT / 2)
    was_cancelled = task.cancel()
    print(f'cancelled: {was_cancelled}')


async def main_shield():
    coro = simple_task(1)
    task = asyncio.create_task(coro)
    shielded = asyncio.shield(task)
    asyncio.create_task(cancel_task(shielded))
    try:
        result = await shielded
        print(f'>got: {result}')
    except asyncio.CancelledError:
        print('shielded was cancelled')
    await asyncio.sleep(3 * UNIT)
    print(f'shielded: {shielded}')
    print(f'task: done={task.done()} cancelled={task.cancelled()} result={task.result()}')


asyncio.run(main_shield())

print('--- example of asyncio.timeout() with reschedule and expired')


async def main_timeout():
    try:
        async with asyncio.timeout(UNIT) as cm:
            await asyncio.sleep(5 * UNIT)
    except TimeoutError:
        print(f'timed out, expired={cm.expired()}')

    async with asyncio.timeout(None) as cm:
        print(f'deadline is {cm.when()}')
        cm.reschedule(asyncio.get_running_loop().time() + 3 * UNIT)
        print(f'rescheduled: {cm.when() is not None}')
        await asyncio.sleep(UNIT)
    print(f'finished in time, expired={cm.expired()}')

    try:
        async with asyncio.timeout(2 * UNIT):
            try:
                await asyncio.sleep(5 * UNIT)
            except asyncio.CancelledError:
                print('inner code sees CancelledError')
                raise
    except TimeoutError as e:
        print(f'outer code sees TimeoutError, cause={type(e.__cause__).__name__}')

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + UNIT):
            await asyncio.sleep(3 * UNIT)
    except TimeoutError:
        print('timeout_at expired')


asyncio.run(main_timeout())
