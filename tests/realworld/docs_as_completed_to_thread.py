# source: https://docs.python.org/3.11/library/asyncio-task.html (Waiting Primitives: asyncio.wait / as_completed; Running in Threads: asyncio.to_thread with blocking_io(); Introspection: current_task / all_tasks; Task names)
# adapted: network waits are asyncio.sleep calls of distinct lengths; the 1 s time.sleep / asyncio.sleep of the to_thread example become 0.05 s / 0.1 s and the %X clock stamps are dropped.
import asyncio
import time


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f'{name} after {delay}s'


async def as_completed_example():
    aws = [fetch('slow', 0.06), fetch('fast', 0.02), fetch('medium', 0.04)]
    for coro in asyncio.as_completed(aws):
        earliest_result = await coro
        print(f'earliest result: {earliest_result}')


async def as_completed_timeout():
    tasks = [asyncio.create_task(fetch(n, d)) for n, d in
             (('a', 0.02), ('b', 0.2), ('c', 0.3))]
    try:
        for coro in asyncio.as_completed(tasks, timeout=0.05):
            print(f'got: {await coro}')
    except TimeoutError:
        print('as_completed timed out')
    for t in tasks:
        if not t.done():
            t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print([t.cancelled() for t in tasks])


async def wait_example():
    tasks = [asyncio.create_task(fetch(n, d), name=f'fetch-{n}')
             for n, d in (('x', 0.03), ('y', 0.01), ('z', 0.08))]

    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED:', sorted(t.get_name() for t in done),
          'pending', sorted(t.get_name() for t in pending))

    done, pending = await asyncio.wait(tasks, timeout=0.04)
    print('timeout=0.04:', sorted(t.get_name() for t in done),
          'pending', sorted(t.get_name() for t in pending))

    done, pending = await asyncio.wait(tasks)
    print('ALL_COMPLETED:', sorted(t.result() for t in done), len(pending))


async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError(f'failed after {delay}')


async def wait_first_exception():
    tasks = [asyncio.create_task(fetch('ok', 0.01)),
             asyncio.create_task(failing(0.02)),
             asyncio.create_task(fetch('late', 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f'{len(done)} done, {len(pending)} pending')
    for t in tasks:
        if t in done and t.exception() is not None:
            print(f'exception: {t.exception()!r}')
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])


def blocking_io():
    print("start blocking_io")
    # Note that time.sleep() can be replaced with any blocking
    # IO-bound operation, such as file operations.
    time.sleep(0.05)
    print("blocking_io complete")
    return 'blocking result'


async def to_thread_example():
    print("started main")

    results = await asyncio.gather(
        asyncio.to_thread(blocking_io),
        asyncio.sleep(0.1, result='sleep result'))

    print(results)
    print("finished main")


async def introspection():
    me = asyncio.current_task()
    print(f'current task name: {me.get_name()}')
    me.set_name('renamed-main')
    worker = asyncio.create_task(asyncio.sleep(0.01), name='sleeper')
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(f'all tasks: {names}')
    await worker
    print(f'after await: {sorted(t.get_name() for t in asyncio.all_tasks())}')
    print(f'done={worker.done()} result={worker.result()}')


for section in (introspection, as_completed_example, as_completed_timeout,
                wait_example, wait_first_exception, to_thread_example):
    print(f"--- {section.__name__}")
    asyncio.run(section())
