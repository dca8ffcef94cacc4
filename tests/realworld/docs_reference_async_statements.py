# source: https://docs.python.org/3.11/reference/compound_stmts.html#coroutines (8.9.2 "The async for statement" and 8.9.3 "The async with statement", with their documented semantic equivalents), https://docs.python.org/3.11/reference/expressions.html#asynchronous-generator-functions (6.2.9.3/6.2.9.4 asynchronous generator-iterator methods and the example) and https://docs.python.org/3.11/reference/datamodel.html#asynchronous-iterators (3.4.3 / 3.4.4: __aiter__, __anext__, __aenter__, __aexit__ looked up on the type)
# adapted: the equivalents from the reference are written out as functions and run next to the real statements over tracing objects, printing the protocol calls in order.
import asyncio
import sys

trace = []


class Ticker:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.i = 0
        self.fail_at = fail_at
        # instance attributes are ignored: special methods are looked up on the type
        self.__anext__ = lambda: 'never used'

    def __aiter__(self):
        trace.append('__aiter__')
        return self

    async def __anext__(self):
        trace.append(f'__anext__#{self.i}')
        await asyncio.sleep(0)
        if self.i == self.fail_at:
            raise KeyError(self.i)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        trace.append(f'{self.name}.__aenter__')
        return f'<value of {self.name}>'

    async def __aexit__(self, exc_type, exc, tb):
        trace.append(f'{self.name}.__aexit__({getattr(exc_type, "__name__", None)})')
        return self.swallow


async def async_for_equivalent(ITER, body, else_body):
    iter = (ITER)
    iter = type(iter).__aiter__(iter)
    running = True

    while running:
        try:
            TARGET = await type(iter).__anext__(iter)
        except StopAsyncIteration:
            running = False
        else:
            if body(TARGET) == 'break':
                break
    else:
        else_body()


async def async_with_equivalent(EXPRESSION, body):
    manager = (EXPRESSION)
    aenter = type(manager).__aenter__
    aexit = type(manager).__aexit__
    value = await aenter(manager)
    hit_except = False

    try:
        TARGET = value
        body(TARGET)
    except:
        hit_except = True
        if not await aexit(manager, *sys.exc_info()):
            raise
    finally:
        if not hit_except:
            await aexit(manager, None, None, None)


def show(label):
    print(f'{label}: {trace}')
    trace.clear()


async def compare_async_for():
    for n, stop_at in [(3, None), (3, 2)]:
        async for x in Ticker(n):
            trace.append(f'body {x}')
            if x == stop_at:
                break
        else:
            trace.append('else')
        real = list(trace)
        trace.clear()

        def body(x, stop_at=stop_at):
            trace.append(f'body {x}')
            if x == stop_at:
                return 'break'
        await async_for_equivalent(Ticker(n), body, lambda: trace.append('else'))
        print(f'async for n={n} break at {stop_at}: same={real == trace}')
        show('  calls')

    try:
        async for x in Ticker(3, fail_at=1):
            trace.append(f'body {x}')
    except KeyError as e:
        trace.append(f'KeyError {e}')
    show('exception from __anext__')


async def compare_async_with():
    cases = [('ok', False, None), ('swallowed', True, ValueError),
             ('propagated', False, ValueError)]
    for name, swallow, exc in cases:
        def body(value, exc=exc):
            trace.append(f'body got {value}')
            if exc:
                raise exc('boom')

        results = []
        for runner in ('statement', 'equivalent'):
            try:
                if runner == 'statement':
                    async with Manager(name, swallow) as value:
                        body(value)
                else:
                    await async_with_equivalent(Manager(name, swallow), body)
            except ValueError:
                trace.append('caught ValueError outside')
            results.append(list(trace))
            trace.clear()
        print(f'async with {name}: same={results[0] == results[1]}')
        print(f'  calls: {results[0]}')


async def wrong_protocols():
    class OnlyAiter:
        def __aiter__(self):
            return self

    try:
        async for x in OnlyAiter():
            pass
    except TypeError as e:
        print(f'TypeError: {e}')

    class SyncOnly:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    try:
        async with SyncOnly():
            pass
    except TypeError as e:
        print(f'TypeError: {e}')

    class AenterNotAwaitable:
        def __aenter__(self):
            return 1

        async def __aexit__(self, *a):
            return False

    try:
        async with AenterNotAwaitable():
            pass
    except TypeError as e:
        print(f'TypeError: {e}')


print('--- async for and its equivalent')
asyncio.run(compare_async_for())
print('--- async with and its equivalent')
asyncio.run(compare_async_with())
print('--- protocol errors')
asyncio.run(wrong_protocols())

print('--- 6.2.9.4: examples of asynchronous generator methods')


async def echo(value=None):
    print("Execution starts when 'asend()' or '__anext__()' is called for the first time.")
    try:
        while True:
            try:
                value = (yield value)
            except Exception as e:
                value = e
    finally:
        print("Don't forget to clean up when 'aclose()' is called.")


async def reference_example():
    generator = echo(1)
    print(await generator.asend(None))
    print(await generator.asend(2))
    print(await generator.athrow(TypeError, 'spam'))
    await generator.aclose()


asyncio.run(reference_example())
