# A task that raises while others sleep: gather propagates the first error,
# the sleepers keep running (gather does not cancel them) and finish.
import asyncio

async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "woke")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def main():
    a = asyncio.create_task(sleeper("a", 0.05))
    b = asyncio.create_task(sleeper("b", 0.1))
    try:
        await asyncio.gather(a, boom(), b)
    except ValueError as e:
        print("gather raised", e, a.done(), b.done())
    print(await a, await b)
    # With return_exceptions the error is a result.
    print(await asyncio.gather(sleeper("c", 0.01), boom(), return_exceptions=True))
    # An unawaited task that fails while the main task sleeps.
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.05)
    print("t done:", t.done(), repr(t.exception()))
    # TaskGroup cancels the sleepers when one child fails.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("d", 1))
            tg.create_task(sleeper("e", 1))
            tg.create_task(boom())
    except* ValueError as eg:
        print("TaskGroup:", repr(eg.exceptions))
    # wait(FIRST_EXCEPTION) returns as soon as one fails.
    f = asyncio.create_task(sleeper("f", 0.2))
    done, pending = await asyncio.wait([f, asyncio.create_task(boom())],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    f.cancel()
    await asyncio.sleep(0)
    # The exception escapes asyncio.run when main does not handle it.
    await asyncio.gather(sleeper("g", 0.01), boom())

asyncio.run(main())
