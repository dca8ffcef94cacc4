# source: https://peps.python.org/pep-0525/ (ticker, asend/athrow, finalization), https://peps.python.org/pep-0530/ (async comprehensions, await in comprehensions) and https://peps.python.org/pep-0654/ (except* over ExceptionGroup, split/subgroup, asyncio TaskGroup errors)
# adapted: the sleeps are 0.01-0.05 s (the two failing TaskGroup tasks use sleep(0) so they fail in the same loop iteration); database cursors and network calls of the PEPs are async generators over fixed data.
import asyncio


# --- PEP 525: asynchronous generators ---------------------------------------
async def ticker(delay, to):
    """Yield numbers from 0 to *to* every *delay* seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def gen():
    await asyncio.sleep(0.01)
    v = yield 42
    print(v)
    await asyncio.sleep(0.02)


async def square_series(to):
    try:
        for i in range(to):
            yield i ** 2
    finally:
        print('square_series: cleanup')


async def cleanup_gen():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0.01)
        print('cleanup_gen: finally ran')


async def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
            except ValueError as exc:
                print(f'echo: caught {exc!r}')
                value = 'recovered'
            received.append(value)
    finally:
        print(f'echo: closing with {received}')


async def pep525():
    async for i in ticker(0.01, 5):
        print(i)

    g = gen()
    print(await g.asend(None))  # returns 42 after sleeping for 0.01 seconds
    try:
        await g.asend('hello')  # prints 'hello', then StopAsyncIteration
    except StopAsyncIteration:
        print('StopAsyncIteration')

    async for i in square_series(1000):
        if i == 100:
            break
    print('broke out at 100')

    agen = cleanup_gen()
    print(await agen.__anext__())
    await agen.aclose()
    print('after aclose')

    e = echo()
    print(await e.asend(None))
    print(await e.asend('a'))
    print(await e.athrow(ValueError('bad')))
    await e.aclose()

    print(type(ticker(1, 1)).__name__, hasattr(ticker(1, 1), '__anext__'))


# --- PEP 530: asynchronous comprehensions -----------------------------------
async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def fun(x):
    await asyncio.sleep(0.01)
    return x * 10


async def condition(x):
    return x != 2


async def pep530():
    result = [i async for i in arange(10) if i % 2]
    print(result)

    funcs = [1, 2, 3]
    result = [await fun(x) for x in funcs if await condition(x)]
    print(result)

    print({i % 3 async for i in arange(7)})
    print({i: i * i async for i in arange(4)})
    agen = (i * 2 async for i in arange(4))
    print(type(agen).__name__, [x async for x in agen])
    print([[j async for j in arange(i)] for i in range(4)])


# --- PEP 654: exception groups and except* ----------------------------------
def pep654_except_star():
    try:
        raise ExceptionGroup(
            "eg",
            [
                ValueError(1),
                TypeError(2),
                OSError(3),
                OSError(4)
            ]
        )
    except* TypeError as e:
        print(f'got some TypeErrors: {e!r}')
    except* OSError as e:
        print(f'got some OSErrors: {e!r}')
    except* ValueError as e:
        print(f'got some ValueErrors: {e!r}')

    eg = ExceptionGroup(
        "one",
        [
            TypeError(1),
            ExceptionGroup(
                "two",
                [TypeError(2), ValueError(3)]
            ),
            ExceptionGroup(
                "three",
                [OSError(4)]
            )
        ]
    )
    type_errors = eg.subgroup(lambda e: isinstance(e, TypeError))
    print(f'subgroup: {type_errors!r}')
    match, rest = eg.split(lambda e: isinstance(e, TypeError))
    print(f'match: {match!r}')
    print(f'rest: {rest!r}')

    try:
        try:
            raise eg
        except* TypeError:
            print('handled the TypeErrors')
    except ExceptionGroup as leftover:
        print(f'unhandled part re-raised: {leftover!r}')


async def boom(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def survivor():
    try:
        await asyncio.sleep(0.05)
        print('survivor finished (should not happen)')
    except asyncio.CancelledError:
        print('survivor cancelled by the TaskGroup')
        raise


async def pep654_taskgroup():
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(boom(0, KeyError('k')))
            g.create_task(survivor())
            g.create_task(boom(0, ValueError('v')))
    except* KeyError as e:
        print(f'KeyError group: {e.exceptions!r}')
    except* ValueError as e:
        print(f'ValueError group: {e.exceptions!r}')


print("--- pep525")
asyncio.run(pep525())
print("--- pep530")
asyncio.run(pep530())
print("--- pep654_except_star")
pep654_except_star()
print("--- pep654_taskgroup")
asyncio.run(pep654_taskgroup())
