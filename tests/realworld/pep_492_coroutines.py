# source: PEP 492 "Coroutines with async and await syntax" (Yury Selivanov), https://peps.python.org/pep-0492/ : "Await Expression" (awaitables: native coroutines, types.coroutine generator-based coroutines, objects with __await__ returning an iterator), "Coroutine objects" (send/throw/close, StopIteration wrapped in RuntimeError, "cannot reuse already awaited coroutine"), "Asynchronous Context Managers" (the transaction example), "Asynchronous Iterators" (the Cursor/fetch example), the debugging features (RuntimeWarning "never awaited") and inspect/asyncio introspection functions
# adapted: the database of the transaction and cursor examples is an in-memory fake whose calls sleep 1 ms; the coroutine objects are driven by hand with send() where the PEP only describes the protocol.
import asyncio
import collections.abc
import inspect
import types
import warnings

print('--- awaitables')


class Future:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        print('  __await__ called')
        yield 'suspended'
        return self.value


@types.coroutine
def legacy_sleep():
    got = yield 'legacy yield'
    return f'legacy resumed with {got!r}'


async def native():
    a = await Future(10)
    b = await legacy_sleep()
    return a, b


coro = native()
print(type(coro).__name__, inspect.iscoroutine(coro), inspect.isawaitable(coro))
print(coro.send(None))
print(coro.send(None))
try:
    coro.send('x')
except StopIteration as e:
    print('StopIteration value:', e.value)
print(inspect.getcoroutinestate(coro))

for bad in [42, (x for x in [])]:
    async def await_bad():
        return await bad
    c = await_bad()
    try:
        c.send(None)
    except TypeError as e:
        print(f'TypeError: {e}')


class BadAwait:
    def __await__(self):
        return 42


async def await_bad_await():
    await BadAwait()


try:
    await_bad_await().send(None)
except TypeError as e:
    print(f'TypeError: {e}')

print('--- coroutine objects')


async def raises_stop():
    raise StopIteration('inside')


try:
    raises_stop().send(None)
except RuntimeError as e:
    print(f'RuntimeError: {e} (cause {e.__cause__!r})')


async def simple():
    return 'simple'


c = simple()
try:
    c.send(None)
except StopIteration as e:
    print('first run:', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(f'RuntimeError: {e}')


async def cleanup_on_close():
    try:
        await Future(1)
    finally:
        print('  finally ran')


c = cleanup_on_close()
c.send(None)
c.close()
print(inspect.getcoroutinestate(c))

c = cleanup_on_close()
c.send(None)
try:
    c.throw(ValueError('thrown in'))
except ValueError as e:
    print(f'throw() propagated {e!r}')

c = simple()
print(isinstance(c, collections.abc.Coroutine), isinstance(c, collections.abc.Awaitable))
c.close()
print(inspect.iscoroutinefunction(simple), asyncio.iscoroutinefunction(legacy_sleep),
      inspect.isgeneratorfunction(legacy_sleep))

print('--- asynchronous context managers')


class FakeDB:
    def __init__(self):
        self.log = []

    async def execute(self, sql):
        await asyncio.sleep(0.001)
        self.log.append(sql)


class Transaction:
    def __init__(self, db, fail=False):
        self.db = db

    async def __aenter__(self):
        await self.db.execute('BEGIN TRANSACTION')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            await self.db.execute('COMMIT')
        else:
            await self.db.execute('ROLLBACK')
        return False


async def commit():
    db = FakeDB()
    async with Transaction(db):
        await db.execute("INSERT INTO t VALUES (1)")
    try:
        async with Transaction(db) as tr:
            print('entered', type(tr).__name__)
            await db.execute("INSERT INTO t VALUES ('oops')")
            raise ValueError('constraint failed')
    except ValueError as e:
        print('caught', repr(e))
    print(db.log)

    try:
        async with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)


asyncio.run(commit())

print('--- asynchronous iterators')


class Cursor:
    def __init__(self, rows, prefetch=2):
        self._rows = list(rows)
        self._prefetch = prefetch
        self.buffer = collections.deque()
        self.fetches = 0

    def __aiter__(self):
        return self

    async def _prefetch_rows(self):
        await asyncio.sleep(0.001)
        self.fetches += 1
        chunk, self._rows = self._rows[:self._prefetch], self._rows[self._prefetch:]
        return chunk

    async def __anext__(self):
        if not self.buffer:
            self.buffer.extend(await self._prefetch_rows())
            if not self.buffer:
                raise StopAsyncIteration
        return self.buffer.popleft()


async def iterate():
    cursor = Cursor([('a', 1), ('b', 2), ('c', 3)])
    async for row in cursor:
        print('row', row)
    print('fetches:', cursor.fetches)

    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(f'TypeError: {e}')


asyncio.run(iterate())

print('--- debugging: never-awaited coroutines')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')

    async def forgotten():
        pass

    forgotten()
    import gc
    gc.collect()
print([(w.category.__name__, str(w.message)) for w in caught])
