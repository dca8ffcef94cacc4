# source: PEP 525 "Asynchronous Generators" (Yury Selivanov), https://peps.python.org/pep-0525/ : the ticker example, the "Asynchronous Generator Object" methods (agen.__anext__/asend/athrow/aclose and their awaitables), the finalization rules (aclose on a generator suspended in try/finally, "async generator ignored GeneratorExit", yield in finally), the asyncgen hooks that asyncio installs (loop.shutdown_asyncgens), and the comparison with the class-based async iterator it replaces
# adapted: ticker delays are 0.01 s; sys.set_asyncgen_hooks is exercised with a small manual driver instead of a custom event loop.
import asyncio
import sys
import types

print('--- ticker')


async def ticker(delay, to):
    """Yield numbers from 0 to *to* every *delay* seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def run_ticker():
    async for i in ticker(0.01, 4):
        print(i)


asyncio.run(run_ticker())

print('--- the class-based equivalent')


class Ticker:
    """Yield numbers from 0 to `to` every `delay` seconds."""

    def __init__(self, delay, to):
        self.delay = delay
        self.i = 0
        self.to = to

    def __aiter__(self):
        return self

    async def __anext__(self):
        i = self.i
        if i >= self.to:
            raise StopAsyncIteration
        self.i += 1
        if i:
            await asyncio.sleep(self.delay)
        return i


async def run_class_ticker():
    print([i async for i in Ticker(0.01, 4)])


asyncio.run(run_class_ticker())

print('--- the async generator object')


async def genfunc():
    try:
        received = yield 1
        print('received', received)
        yield 2
    except ZeroDivisionError:
        print('caught ZeroDivisionError inside the generator')
        yield 'recovered'
    finally:
        print('genfunc finally')


async def inspect_methods():
    agen = genfunc()
    print(type(agen) is types.AsyncGeneratorType, agen.__name__, agen.__qualname__)
    print(agen.__aiter__() is agen)
    awaitable = agen.__anext__()
    print(type(awaitable).__name__)
    print(await awaitable)
    print(await agen.asend('hello'))
    print(await agen.athrow(ZeroDivisionError))
    await agen.aclose()
    print('after aclose:', agen.ag_frame)
    try:
        await agen.asend(None)
    except StopAsyncIteration:
        print('StopAsyncIteration after close')


asyncio.run(inspect_methods())

print('--- finalization')


async def gen_with_cleanup():
    try:
        yield 'first'
        yield 'second'
    finally:
        await asyncio.sleep(0.001)
        print('cleanup awaited in finally')


async def gen_ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'I refuse'


async def gen_returns_value_error():
    yield 1
    raise StopAsyncIteration


async def finalization():
    g = gen_with_cleanup()
    print(await g.__anext__())
    await g.aclose()

    g = gen_ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(f'RuntimeError: {e}')

    g = gen_returns_value_error()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(f'RuntimeError: {e}')

    g = gen_with_cleanup()
    await g.__anext__()
    print('leaving a suspended generator to asyncio.run')
    run_later.append(g)


run_later = []
asyncio.run(finalization())
print('after run: loop.shutdown_asyncgens() finalized it')

print('--- asyncgen hooks')

events = []


def firstiter(agen):
    events.append(f'firstiter {agen.__name__}')


def finalizer(agen):
    events.append(f'finalizer {agen.__name__}')
    closer = agen.aclose()
    try:
        closer.send(None)
    except StopIteration:
        pass


async def hooked():
    try:
        yield 'a'
        yield 'b'
    finally:
        events.append('hooked finally')


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
try:
    g = hooked()
    step = g.__anext__()
    try:
        step.send(None)
    except StopIteration as e:
        events.append(f'first value {e.value}')
    del g, step
finally:
    sys.set_asyncgen_hooks(*old)
print(events)
