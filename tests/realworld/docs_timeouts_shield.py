# source: https://docs.python.org/3.11/library/asyncio-task.html (Shielding From Cancellation, Timeouts: asyncio.timeout / timeout_at / reschedule / expired, Waiting Primitives: wait_for with eternity(), Task.cancel() with cancel_me())
# adapted: the 3600 s / 10 s / 1 s waits of the docs become 0.3 s / 0.05 s / 0.02 s so the program finishes quickly; the long-running task is a sleep.
import asyncio


async def eternity():
    # Sleep for 0.3 seconds (an "eternity" next to the timeout below)
    await asyncio.sleep(0.3)
    print('yay!')


async def wait_for_example():
    # Wait for at most 0.05 second
    try:
        await asyncio.wait_for(eternity(), timeout=0.05)
    except TimeoutError:
        print('timeout!')


async def quick():
    await asyncio.sleep(0.01)
    return 'quick result'


async def wait_for_in_time():
    result = await asyncio.wait_for(quick(), timeout=0.1)
    print(f'wait_for returned {result!r}')


async def long_running_task():
    await asyncio.sleep(0.3)
    print('long running task finished (should not be printed)')


async def timeout_example():
    try:
        async with asyncio.timeout(0.05):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")

    print("This statement will run regardless.")


async def reschedule_example():
    try:
        # We do not know the timeout when starting, so we pass ``None``.
        async with asyncio.timeout(None) as cm:
            # We know the timeout now, so we reschedule it.
            new_deadline = asyncio.get_running_loop().time() + 0.05
            cm.reschedule(new_deadline)

            await long_running_task()
    except TimeoutError:
        pass

    if cm.expired():
        print("Looks like we haven't finished on time.")


async def timeout_at_example():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.05
    try:
        async with asyncio.timeout_at(deadline):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")

    print("This statement will run regardless.")


async def not_expired_example():
    async with asyncio.timeout(0.2) as cm:
        await asyncio.sleep(0.01)
    print(f"finished in time, expired() = {cm.expired()}")


async def cancel_me():
    print('cancel_me(): before sleep')

    try:
        # Wait for 0.3 seconds
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print('cancel_me(): cancel sleep')
        raise
    finally:
        print('cancel_me(): after sleep')


async def cancel_example():
    # Create a "cancel_me" Task
    task = asyncio.create_task(cancel_me())

    # Wait for 0.02 second
    await asyncio.sleep(0.02)

    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main(): cancel_me is cancelled now")
    print(f"task.cancelled() = {task.cancelled()}")


async def something():
    print('something(): started')
    await asyncio.sleep(0.1)
    print('something(): finished')
    return 'something result'


async def shield_example():
    task = asyncio.create_task(something())
    try:
        res = await asyncio.wait_for(asyncio.shield(task), timeout=0.03)
    except TimeoutError:
        print('shield: the outer wait timed out')
    print(f'shield: inner task cancelled? {task.cancelled()}')
    res = await task
    print(f'shield: inner task result {res!r}')


async def shield_outer_cancelled():
    task = asyncio.create_task(something())

    async def waiter():
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            print('waiter: cancelled while shielding something()')
            raise

    outer = asyncio.create_task(waiter())
    await asyncio.sleep(0.03)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print(f'outer cancelled: {outer.cancelled()}, inner done: {task.done()}')
    print(f'inner result after all: {await task!r}')


for section in (wait_for_example, wait_for_in_time, timeout_example,
                reschedule_example, timeout_at_example, not_expired_example,
                cancel_example, shield_example, shield_outer_cancelled):
    print(f"--- {section.__name__}")
    asyncio.run(section())
