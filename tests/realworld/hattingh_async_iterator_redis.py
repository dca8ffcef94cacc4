# source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly 2020), ch. 3 "Async Iterators: async for" and "Async Generators", Examples 3-23 to 3-27 (OneAtATime over Redis keys)
# adapted: aioredis replaced by an in-memory mock whose get() sleeps (a different delay per key); do_something_with() prints
import asyncio

DATA = {'Americas': 'New York', 'Africa': 'Lagos', 'Europe': 'Berlin', 'Asia': 'Tokyo'}


class MockRedis:
    """Stands in for `await create_redis(('localhost', 6379))`."""

    def __init__(self, data):
        self.data = data
        self.calls = 0

    async def get(self, key):
        self.calls += 1
        await asyncio.sleep(0.01 * len(key) / 4)
        return self.data.get(key)


async def create_redis(address):
    await asyncio.sleep(0.01)
    print('connected to', address)
    return MockRedis(DATA)


async def do_something_with(value):
    await asyncio.sleep(0.01)
    print('  got', value)


# Example 3-24: an async iterator that fetches one key per iteration
class OneAtATime:
    def __init__(self, redis, keys):
        self.redis = redis
        self.keys = keys

    def __aiter__(self):
        self.ikeys = iter(self.keys)
        return self

    async def __anext__(self):
        try:
            k = next(self.ikeys)
        except StopIteration:
            raise StopAsyncIteration

        value = await self.redis.get(k)
        return value


# Example 3-27: the same thing as an async generator
async def one_at_a_time(redis, keys):
    for k in keys:
        value = await redis.get(k)
        yield value


async def main():
    redis = await create_redis(('localhost', 6379))
    keys = ['Americas', 'Africa', 'Europe', 'Asia']

    print('async iterator:')
    async for value in OneAtATime(redis, keys):
        await do_something_with(value)

    print('async generator:')
    async for value in one_at_a_time(redis, keys):
        await do_something_with(value)

    print('total GETs:', redis.calls)


asyncio.run(main())
