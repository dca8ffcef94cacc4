# source: https://peps.python.org/pep-0492/ (async with: AsyncContextManager, async for: AsyncIterable/fetch_data, Cursor with a prefetch buffer, AsyncIteratorWrapper "Example 2", __await__ objects) and https://docs.python.org/3.11/library/contextlib.html (asynccontextmanager get_connection / timeit decorator, AsyncExitStack, aclosing, nullcontext)
# adapted: database and network calls are simulated with short asyncio.sleep calls; timeit prints the elapsed loop time rounded to 0.1 s.
import asyncio
import collections
from contextlib import AsyncExitStack, aclosing, asynccontextmanager, nullcontext


async def log(msg):
    await asyncio.sleep(0.01)
    print(msg)


class AsyncContextManager:
    async def __aenter__(self):
        await log('entering context')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await log(f'exiting context (exc_type={exc_type.__name__ if exc_type else None})')
        return exc_type is KeyError  # swallow KeyError only


async def pep492_async_with():
    async with AsyncContextManager() as cm:
        print(f'inside: {type(cm).__name__}')
    async with AsyncContextManager():
        raise KeyError('swallowed')
    print('KeyError was suppressed by __aexit__')
    try:
        async with AsyncContextManager():
            raise ValueError('propagates')
    except ValueError as exc:
        print(f'ValueError propagated: {exc}')


class AsyncIterable:
    def __init__(self, chunks):
        self._chunks = list(chunks)

    def __aiter__(self):
        return self

    async def __anext__(self):
        data = await self.fetch_data()
        if data:
            return data
        else:
            raise StopAsyncIteration

    async def fetch_data(self):
        await asyncio.sleep(0.01)
        return self._chunks.pop(0) if self._chunks else b''


class Cursor:
    def __init__(self, rows, page=2):
        self.buffer = collections.deque()
        self._rows = list(rows)
        self._page = page
        self.prefetches = 0

    async def _prefetch(self):
        await asyncio.sleep(0.01)
        self.prefetches += 1
        page, self._rows = self._rows[:self._page], self._rows[self._page:]
        return collections.deque(page)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.buffer:
            self.buffer = await self._prefetch()
            if not self.buffer:
                raise StopAsyncIteration
        return self.buffer.popleft()


class AsyncIteratorWrapper:
    def __init__(self, obj):
        self._it = iter(obj)

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            value = next(self._it)
        except StopIteration:
            raise StopAsyncIteration
        return value


class Ticket:
    """An object with __await__ returning an iterator (a Future-like object)."""

    def __init__(self, number):
        self.number = number

    def __await__(self):
        yield from asyncio.sleep(0.01).__await__()
        return f'ticket #{self.number}'


async def pep492_async_for():
    async for data in AsyncIterable([b'spam', b'ham', b'eggs']):
        print(f'got {data!r}')

    cursor = Cursor(['row1', 'row2', 'row3', 'row4', 'row5'])
    async for row in cursor:
        print(f'row: {row}')
    print(f'prefetches: {cursor.prefetches}')

    async for letter in AsyncIteratorWrapper("abc"):
        print(letter)
    else:
        print('async for ... else ran')

    print(await Ticket(7))
    print(await asyncio.gather(Ticket(1), Ticket(2)))


CONNECTIONS = []


async def acquire_db_connection():
    await asyncio.sleep(0.01)
    conn = f'conn-{len(CONNECTIONS)}'
    CONNECTIONS.append(conn)
    print(f'acquired {conn}')
    return conn


async def release_db_connection(conn):
    await asyncio.sleep(0.01)
    print(f'released {conn}')


@asynccontextmanager
async def get_connection():
    conn = await acquire_db_connection()
    try:
        yield conn
    finally:
        await release_db_connection(conn)


async def get_all_users():
    async with get_connection() as conn:
        return f'SELECT users via {conn}'


@asynccontextmanager
async def timeit():
    now = asyncio.get_running_loop().time()
    try:
        yield
    finally:
        print(f'it took {round(asyncio.get_running_loop().time() - now, 1)}s to run')


@timeit()
async def timed_main():
    await asyncio.sleep(0.1)
    print('timed_main body done')


async def contextlib_examples():
    print(await get_all_users())
    await timed_main()

    async with AsyncExitStack() as stack:
        connections = [await stack.enter_async_context(get_connection())
                       for i in range(3)]
        stack.push_async_callback(log, 'async callback pushed last runs first')
        print(f'all connections: {connections}')
    # All opened connections will automatically be released at the end of
    # the async with statement, even if attempts to open a connection
    # later in the list raise an exception.

    async def numbers():
        try:
            for i in range(100):
                yield i
        finally:
            print('numbers() closed')

    async with aclosing(numbers()) as values:
        async for value in values:
            if value == 3:
                break
    print('after aclosing')

    async with nullcontext('plain value') as v:
        print(f'nullcontext gave {v!r}')


for section in (pep492_async_with, pep492_async_for, contextlib_examples):
    print(f"--- {section.__name__}")
    asyncio.run(section())
