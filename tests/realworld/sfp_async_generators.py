# source: superfastpython.com (Jason Brownlee), "Asynchronous Generators in Python" and "Asyncio async for / anext()" tutorials: an async generator with sleeps, async for, anext() with a default, asend(), athrow(), aclose() and an async generator that is closed early, https://superfastpython.com/asynchronous-generators-in-python/
# adapted: sleeps of 1 s are 0.01 s; the examples run one after another in one program.
# SuperFastPython.com
import asyncio

UNIT = 0.01

print('--- example of an asynchronous generator with async for')


# define an asynchronous generator
async def async_generator():
    # normal loop
    for i in range(5):
        # block to simulate doing work
        await asyncio.sleep(UNIT)
        # yield the result
        yield i


# main coroutine
async def main_async_for():
    # loop over async generator with asynchronous for loop
    async for item in async_generator():
        print(item)


asyncio.run(main_async_for())

print('--- example of stepping an asynchronous generator manually')


async def main_anext():
    # create the async generator
    gen = async_generator()
    # step the generator
    awaitable = anext(gen)
    # execute the one step of the generator and get the result
    result = await awaitable
    print(result)
    print(await gen.__anext__())
    # drain it
    rest = [item async for item in gen]
    print(rest)
    # stepping an exhausted generator
    try:
        await anext(gen)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    print(await anext(gen, 'default value'))


asyncio.run(main_anext())

print('--- example of an async generator with asend()')


async def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        await asyncio.sleep(UNIT / 10)
        total += value
        print(f'>added {value}')


async def main_asend():
    gen = running_total()
    print(await gen.asend(None))
    for value in [3, 4, 5]:
        total = await gen.asend(value)
        print(f'total is {total}')
    try:
        await gen.asend(None)
    except StopAsyncIteration:
        print('generator finished')


asyncio.run(main_asend())

print('--- example of an async generator with athrow() and aclose()')


async def resilient():
    count = 0
    try:
        while True:
            try:
                await asyncio.sleep(UNIT / 10)
                count += 1
                yield count
            except ValueError as e:
                print(f'>generator handled {e!r}')
                yield -1
    finally:
        print('>generator cleanup')


async def main_athrow():
    gen = resilient()
    print(await anext(gen))
    print(await anext(gen))
    print(await gen.athrow(ValueError('bad value')))
    print(await anext(gen))
    await gen.aclose()
    print(f'closed; ag_running={gen.ag_running}')
    try:
        await anext(gen)
    except StopAsyncIteration:
        print('closed generator is exhausted')


asyncio.run(main_athrow())

print('--- example of breaking out of async for early')


async def ticker(delay, to):
    try:
        for i in range(to):
            yield i
            await asyncio.sleep(delay)
    finally:
        print('>ticker finally block')


async def main_break():
    gen = ticker(UNIT, 10)
    async for i in gen:
        print(i)
        if i == 2:
            break
    print('broke out of the loop')
    await gen.aclose()
    print('explicitly closed')


asyncio.run(main_break())

print('--- example of an async generator in a task and gather')


async def squares(n):
    for i in range(n):
        await asyncio.sleep(UNIT / 5)
        yield i * i


async def collect(n):
    return [x async for x in squares(n)]


async def main_gather():
    results = await asyncio.gather(collect(3), collect(5), collect(1))
    print(results)
    print(type(squares(1)).__name__, asyncio.iscoroutinefunction(collect))


asyncio.run(main_gather())
