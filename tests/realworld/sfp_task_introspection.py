# source: superfastpython.com (Jason Brownlee), "How to Get the Current Asyncio Task", "How to Get All Asyncio Tasks", "Asyncio Task Names" and "Asyncio Task Done Callbacks" tutorials: current_task(), all_tasks(), get_name()/set_name(), get_coro(), done callbacks, result()/exception() of finished and unfinished tasks, https://superfastpython.com/asyncio-current-task/
# adapted: sleeps are 0.01 s; tasks are given explicit names and printed by name (never by repr, which contains addresses); all_tasks() is printed sorted by name.
# SuperFastPython.com
import asyncio

UNIT = 0.01

print('--- example of getting the current task')


async def main_current():
    print('main coroutine started')
    task = asyncio.current_task()
    print(f'name: {task.get_name()}')
    print(f'coro: {task.get_coro().__qualname__}')
    print(f'done: {task.done()}')


asyncio.run(main_current(), debug=False)

print('--- example of getting all tasks')


async def task_coroutine(value):
    print(f'task {value} is running')
    await asyncio.sleep((value + 1) * UNIT)


async def main_all_tasks():
    print('main coroutine started')
    asyncio.current_task().set_name('main')
    started = [asyncio.create_task(task_coroutine(i), name=f'worker-{i}') for i in range(4)]
    await asyncio.sleep(0)
    tasks = asyncio.all_tasks()
    for task in sorted(tasks, key=lambda t: t.get_name()):
        print(f'> {task.get_name()}, {task.get_coro().__name__}, done={task.done()}')
    await asyncio.sleep(2.5 * UNIT)
    print('still running:', sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*started)
    print('finally:', sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main_all_tasks())

print('--- example of task names')


async def named():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main_names():
    task = asyncio.create_task(named(), name='MyTask')
    print(await task)
    other = asyncio.create_task(named(), name='first-name')
    other.set_name('second-name')
    print(await other)
    print(repr(asyncio.current_task().get_name()).startswith("'Task-"))
    weird = asyncio.create_task(named(), name=42)
    print(repr(await weird))


asyncio.run(main_names())

print('--- example of a done callback')


def progress(task):
    if task.cancelled():
        print(f'>callback: {task.get_name()} was cancelled')
    elif task.exception() is not None:
        print(f'>callback: {task.get_name()} failed with {task.exception()!r}')
    else:
        print(f'>callback: {task.get_name()} returned {task.result()}')


async def work(value, fail=False):
    await asyncio.sleep(value * UNIT)
    if fail:
        raise RuntimeError(f'work {value} failed')
    return value * 100


async def main_callbacks():
    ok = asyncio.create_task(work(1), name='ok')
    bad = asyncio.create_task(work(2, fail=True), name='bad')
    slow = asyncio.create_task(work(9), name='slow')
    for task in (ok, bad, slow):
        task.add_done_callback(progress)
    removed = slow.remove_done_callback(progress)
    print(f'removed {removed} callback(s) from slow')
    slow.add_done_callback(progress)
    try:
        ok.result()
    except asyncio.InvalidStateError as e:
        print(f'InvalidStateError: {e}')
    await asyncio.sleep(3 * UNIT)
    slow.cancel()
    results = await asyncio.gather(ok, bad, slow, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(f'bad.exception(): {bad.exception()!r}')


asyncio.run(main_callbacks())

print('--- example of a task that is not awaited')


async def fire_and_forget(log):
    await asyncio.sleep(UNIT)
    log.append('background work finished')


async def main_background():
    log = []
    background = set()
    task = asyncio.create_task(fire_and_forget(log), name='background')
    background.add(task)
    task.add_done_callback(background.discard)
    print(f'background tasks: {len(background)}')
    await asyncio.sleep(2 * UNIT)
    print(log, f'background tasks: {len(background)}')


asyncio.run(main_background())
