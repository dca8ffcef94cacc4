# source: https://stackoverflow.com/questions/55299564/join-multiple-async-generators-in-python (answers: user4815162342's merge() built on asyncio.wait(FIRST_COMPLETED) with one pending __anext__ future per iterator, and the queue-based merge with one forwarding task per iterator and a sentinel for exhaustion)
# adapted: the example generators tick every 2.0 / 3.3 / 4.7 units of 12 ms (chosen so no two items are ready at once; the original's waits were 1 s and random); the merged streams stop after a few items; the queue version also shows cancelling the feeders when the consumer stops early.
import asyncio

UNIT = 0.012


async def ticker(name, period, count):
    for i in range(count):
        await asyncio.sleep(period * UNIT)
        yield f'{name}{i}'


print('--- merge() with asyncio.wait(FIRST_COMPLETED)')


async def merge(*iterables):
    iter_next = {it.__aiter__(): None for it in iterables}
    while iter_next:
        for it, it_next in iter_next.items():
            if it_next is None:
                fut = asyncio.ensure_future(it.__anext__())
                fut._orig_iter = it
                iter_next[it] = fut
        done, _ = await asyncio.wait(iter_next.values(),
                                     return_when=asyncio.FIRST_COMPLETED)
        for fut in done:
            iter_next[fut._orig_iter] = None
            try:
                ret = fut.result()
            except StopAsyncIteration:
                del iter_next[fut._orig_iter]
                continue
            yield ret


async def main_wait():
    merged = merge(ticker('a', 2.0, 3), ticker('b', 3.3, 3), ticker('c', 4.7, 2))
    print([item async for item in merged])


asyncio.run(main_wait())

print('--- merge() with a queue and one task per iterator')


async def merge_queue(*aiters):
    queue = asyncio.Queue(1)
    run_count = len(aiters)
    cancelling = False

    async def drain(aiter):
        nonlocal run_count
        try:
            async for item in aiter:
                await queue.put((False, item))
        except Exception as e:
            if not cancelling:
                await queue.put((True, e))
            else:
                raise
        finally:
            run_count -= 1

    async def merged():
        try:
            while run_count:
                raised, next_item = await queue.get()
                if raised:
                    cancel_tasks()
                    raise next_item
                yield next_item
        finally:
            cancel_tasks()

    def cancel_tasks():
        nonlocal cancelling
        cancelling = True
        for t in tasks:
            t.cancel()

    tasks = [asyncio.create_task(drain(aiter)) for aiter in aiters]
    return merged()


async def main_queue():
    stream = await merge_queue(ticker('a', 2.0, 3), ticker('b', 3.3, 3))
    async for item in stream:
        print('got', item)

    stream = await merge_queue(ticker('x', 2.0, 10), ticker('y', 3.3, 10))
    async for item in stream:
        print('got', item)
        if item == 'y1':
            print('consumer stops early')
            break
    await stream.aclose()
    await asyncio.sleep(0)
    print('tasks left:', len(asyncio.all_tasks()) - 1)


async def failing(period):
    await asyncio.sleep(period * UNIT)
    yield 'ok'
    await asyncio.sleep(period * UNIT)
    raise ConnectionError('stream broke')


async def main_error():
    stream = await merge_queue(ticker('a', 2.0, 3), failing(3.3))
    try:
        async for item in stream:
            print('got', item)
    except ConnectionError as e:
        print('merged stream raised', repr(e))
    await asyncio.sleep(0)
    print('tasks left:', len(asyncio.all_tasks()) - 1)


asyncio.run(main_queue())
asyncio.run(main_error())
