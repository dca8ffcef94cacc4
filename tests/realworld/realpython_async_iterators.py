# source: https://realpython.com/python-async-iterators/ ("Asynchronous Iterators and Iterables in Python": an async iterator class counting with sleeps, an async iterable whose __aiter__ is an async generator, an async file reader yielding chunks, a batching iterator over "database" records, aiter()/anext(), collections.abc checks and the usual mistakes)
# adapted: sleeps are 1-10 ms; aiofiles and the database are replaced by io.StringIO and an in-memory list with short sleeps; the timing printouts are dropped.
import asyncio
import io
from collections.abc import AsyncIterable, AsyncIterator, AsyncGenerator

print('--- an asynchronous iterator')


class AsyncCounterIterator:
    def __init__(self, name="", end=5):
        self.counter = 0
        self.name = name
        self.end = end

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.counter >= self.end:
            raise StopAsyncIteration
        self.counter += 1
        await asyncio.sleep(0.002)
        return self.counter


async def task(iterator):
    async for item in iterator:
        print(item, f"from iterator {iterator.name}")


async def main_counter():
    # This code runs sequentially:
    # await task(AsyncCounterIterator("#1"))
    # await task(AsyncCounterIterator("#2"))

    # This is concurrent:
    await asyncio.gather(
        task(AsyncCounterIterator("#1", 3)),
        task(AsyncCounterIterator("#2", 3)),
    )


asyncio.run(main_counter())

print('--- an asynchronous iterable')


class AsyncRange:
    def __init__(self, start, end):
        self.data = range(start, end)

    async def __aiter__(self):
        for i in self.data:
            await asyncio.sleep(0.001)
            yield i


async def main_range():
    numbers = AsyncRange(0, 4)
    print([i async for i in numbers])
    # an iterable can be walked again; each __aiter__ is a new generator
    print([i * i async for i in numbers if i % 2])
    it = aiter(numbers)
    print(type(it).__name__, await anext(it), await anext(it))
    print(isinstance(numbers, AsyncIterable), isinstance(numbers, AsyncIterator))
    print(isinstance(it, AsyncIterator), isinstance(it, AsyncGenerator))


asyncio.run(main_range())

print('--- reading a file asynchronously in chunks')


class AsyncFileIterator:
    def __init__(self, path, chunk_size=1024):
        self.path = path
        self.chunk_size = chunk_size
        self.file = None

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.file is None:
            await asyncio.sleep(0.001)  # open
            self.file = io.StringIO(FAKE_FILES[self.path])
        await asyncio.sleep(0.001)  # read
        chunk = self.file.read(self.chunk_size)
        if not chunk:
            self.file.close()
            raise StopAsyncIteration
        return chunk


FAKE_FILES = {"data.txt": "Hello, World!\nThis is an async file iterator.\nBye.\n"}


async def main_file():
    async for chunk in AsyncFileIterator("data.txt", chunk_size=16):
        print(repr(chunk))


asyncio.run(main_file())

print('--- processing database records in batches')

RECORDS = [{"id": i, "name": f"user{i}"} for i in range(1, 8)]


class AsyncBatchIterator:
    def __init__(self, records, batch_size):
        self.records = records
        self.batch_size = batch_size
        self.offset = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.offset >= len(self.records):
            raise StopAsyncIteration
        batch = await self.fetch_batch()
        self.offset += self.batch_size
        return batch

    async def fetch_batch(self):
        await asyncio.sleep(0.002)  # a database query
        return self.records[self.offset:self.offset + self.batch_size]


async def process_batch(batch):
    await asyncio.sleep(0.001)
    return [record["name"].upper() for record in batch]


async def main_batches():
    async for batch in AsyncBatchIterator(RECORDS, 3):
        print([r["id"] for r in batch], await process_batch(batch))


asyncio.run(main_batches())

print('--- common mistakes')


async def mistakes():
    counter = AsyncCounterIterator("#3", 2)
    try:
        for item in counter:
            pass
    except TypeError as e:
        print(f"TypeError: {e}")
    print([x async for x in counter])
    print([x async for x in counter], "(an exhausted iterator stays exhausted)")

    class NotAwaitableNext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 42

    try:
        async for x in NotAwaitableNext():
            pass
    except TypeError as e:
        print(f"TypeError: {e}")

    try:
        await anext(iter([1, 2]))
    except TypeError as e:
        print(f"TypeError: {e}")

    try:
        [x for x in AsyncRange(0, 2)]
    except TypeError as e:
        print(f"TypeError: {e}")


asyncio.run(mistakes())
