# source: https://docs.python.org/3.11/library/asyncio-task.html (Coroutines: hello/world, say_after awaited in sequence, with create_task, with TaskGroup; Awaitables: nested(); Running Tasks Concurrently: gather of factorial A/B/C)
# adapted: 1 s / 2 s sleeps become 0.1 s / 0.2 s and factorial steps 0.02 s; the "started at %X" / "finished at %X" clock stamps print the elapsed loop time rounded to 0.1 s instead.
import asyncio


async def hello_world():
    print('hello')
    await asyncio.sleep(0.01)
    print('world')


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


def stamp(what, start):
    elapsed = asyncio.get_running_loop().time() - start
    print(f"{what} at +{round(elapsed, 1)}s")


async def main_sequential():
    start = asyncio.get_running_loop().time()
    stamp("started", start)

    await say_after(0.1, 'hello')
    await say_after(0.2, 'world')

    stamp("finished", start)


async def main_create_task():
    task1 = asyncio.create_task(
        say_after(0.1, 'hello'))

    task2 = asyncio.create_task(
        say_after(0.2, 'world'))

    start = asyncio.get_running_loop().time()
    stamp("started", start)

    # Wait until both tasks are completed (should take
    # around 0.2 seconds.)
    await task1
    await task2

    stamp("finished", start)


async def main_task_group():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(
            say_after(0.1, 'hello'))

        task2 = tg.create_task(
            say_after(0.2, 'world'))

        start = asyncio.get_running_loop().time()
        stamp("started", start)

    # The await is implicit when the context manager exits.

    stamp("finished", start)
    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")


async def nested():
    return 42


async def main_awaitables():
    # Calling nested() without awaiting it only creates a coroutine object;
    # close it so CPython has no "never awaited" warning to print.
    coro = nested()
    print(type(coro).__name__)
    coro.close()

    # Let's do it differently now and await it:
    print(await nested())  # will print "42".

    # Schedule nested() to run soon concurrently
    # with "main_awaitables()".
    task = asyncio.create_task(nested())
    print(await task)


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.02)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def main_gather():
    # Schedule three calls *concurrently*:
    L = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )
    print(L)


for section in (hello_world, main_sequential, main_create_task,
                main_task_group, main_awaitables, main_gather):
    print(f"--- {section.__name__}")
    asyncio.run(section())
