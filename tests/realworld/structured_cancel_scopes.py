# source: trio documentation, "Cancellation and timeouts" (https://trio.readthedocs.io/en/stable/reference-core.html#cancellation-and-timeouts: move_on_after, fail_after, nested scopes where the outer deadline wins, cancelled_caught, shielded cleanup) and AnyIO's "Cancellation and timeouts" page; rewritten for asyncio 3.11, where asyncio.timeout() is the cancel scope and asyncio.shield() protects cleanup
# adapted: trio's checkpoints are asyncio.sleep calls of a few 10 ms units; move_on_after/fail_after are small asynccontextmanager wrappers around asyncio.timeout written for this program; elapsed times are not printed.
import asyncio
from contextlib import asynccontextmanager

UNIT = 0.01


class CancelScope:
    def __init__(self):
        self.cancelled_caught = False
        self.deadline_set = False


@asynccontextmanager
async def move_on_after(units):
    scope = CancelScope()
    try:
        async with asyncio.timeout(units * UNIT) as cm:
            scope.deadline_set = cm.when() is not None
            yield scope
    except TimeoutError:
        scope.cancelled_caught = True


@asynccontextmanager
async def fail_after(units):
    async with asyncio.timeout(units * UNIT):
        yield


async def sleep_units(n, label):
    print(f'  {label}: sleeping {n}')
    await asyncio.sleep(n * UNIT)
    print(f'  {label}: woke up')
    return label


async def main():
    print('--- move_on_after: the block is abandoned, execution continues')
    async with move_on_after(2) as scope:
        await sleep_units(5, 'slow')
        print('  not reached')
    print(f'cancelled_caught={scope.cancelled_caught}, deadline_set={scope.deadline_set}')

    async with move_on_after(5) as scope:
        await sleep_units(1, 'fast')
    print(f'cancelled_caught={scope.cancelled_caught}')

    print('--- fail_after: the timeout becomes an exception')
    try:
        async with fail_after(2):
            await sleep_units(5, 'slow')
    except TimeoutError:
        print('TimeoutError raised')

    print('--- nested scopes: the outer deadline fires first')
    async with move_on_after(2) as outer:
        async with move_on_after(6) as inner:
            await sleep_units(10, 'nested')
        print('  not reached either')
    print(f'outer caught={outer.cancelled_caught}, inner caught={inner.cancelled_caught}')

    print('--- nested scopes: the inner deadline fires first')
    async with move_on_after(6) as outer:
        async with move_on_after(2) as inner:
            await sleep_units(10, 'nested')
        print('  after the inner scope')
        await sleep_units(1, 'continuing')
    print(f'outer caught={outer.cancelled_caught}, inner caught={inner.cancelled_caught}')

    print('--- cleanup that must finish: shield it')

    async def cleanup():
        await sleep_units(2, 'cleanup')
        return 'cleaned'

    async with move_on_after(2) as scope:
        try:
            await sleep_units(10, 'work')
        finally:
            task = asyncio.create_task(cleanup())
            try:
                await asyncio.shield(task)
            except asyncio.CancelledError:
                print('  the shield was cancelled, the cleanup was not')
                await task
            print(f'  cleanup result: {task.result()}')
    print(f'cancelled_caught={scope.cancelled_caught}')

    print('--- a scope around a task group cancels every child')
    done = []

    async def child(n):
        try:
            await asyncio.sleep(n * UNIT)
            done.append(n)
        except asyncio.CancelledError:
            done.append(f'{n} cancelled')
            raise

    async with move_on_after(3) as scope:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2, 5, 8):
                tg.create_task(child(n))
    print(f'cancelled_caught={scope.cancelled_caught}; {sorted(done, key=str)}')

    print('--- rescheduling a deadline')
    async with asyncio.timeout(None) as cm:
        loop = asyncio.get_running_loop()
        cm.reschedule(loop.time() + 2 * UNIT)
        try:
            async with asyncio.timeout(None) as inner_cm:
                await sleep_units(1, 'first')
                inner_cm.reschedule(loop.time() + 0.5 * UNIT)
                await sleep_units(3, 'second')
        except TimeoutError:
            print(f'  inner expired={inner_cm.expired()}, outer expired={cm.expired()}')


asyncio.run(main())
