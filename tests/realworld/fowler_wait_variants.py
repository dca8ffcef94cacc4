# source: Matthew Fowler, "Python Concurrency with asyncio" (Manning 2022), ch. 4 "Concurrent web requests", listings 4.10-4.16 (asyncio.wait with ALL_COMPLETED, exceptions, FIRST_EXCEPTION, FIRST_COMPLETED, timeouts), https://github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio/tree/main/chapter_04
# adapted: aiohttp.ClientSession -> FakeSession whose requests take a fixed latency per URL (in UNITs of 0.02 s; delay=N sleeps N units first); async_timed prints the elapsed time in whole units (rounded down); since 3.11 asyncio.wait() refuses bare coroutines, so listings 4.10/4.16 wrap them in tasks after showing the TypeError once; the three "identical" requests of 4.13/4.14 get different latencies so completion order is fixed; done sets are walked in creation order; logging.error(exc_info=...) -> print.
import asyncio
import functools
import time
from typing import Any, Callable

UNIT = 0.02


def async_timed():
    def wrapper(func: Callable) -> Callable:
        @functools.wraps(func)
        async def wrapped(*args, **kwargs) -> Any:
            print(f'starting {func.__name__} with args {args} {kwargs}')
            start = time.monotonic()
            try:
                return await func(*args, **kwargs)
            finally:
                total = int((time.monotonic() - start) / UNIT + 0.05)
                print(f'finished {func.__name__} in {total} unit(s)')
        return wrapped
    return wrapper


class InvalidURL(Exception):
    pass


class FakeResponse:
    def __init__(self, url: str, status: int):
        self.url = url
        self.status = status


class FakeRequest:
    LATENCY = {'https://www.example.com': 1, 'https://example.com': 1,
               'https://www.example.com/a': 1, 'https://www.example.com/b': 2,
               'https://www.example.com/c': 3}

    def __init__(self, url: str):
        self.url = url

    async def __aenter__(self) -> FakeResponse:
        if not self.url.startswith(('http://', 'https://')):
            raise InvalidURL(self.url)
        await asyncio.sleep(self.LATENCY.get(self.url, 1) * UNIT)
        return FakeResponse(self.url, 200)

    async def __aexit__(self, exc_type, exc, tb):
        return False


class FakeSession:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return False

    def get(self, url: str) -> FakeRequest:
        return FakeRequest(url)


async def fetch_status(session: FakeSession, url: str, delay: int = 0) -> int:
    await asyncio.sleep(delay * UNIT)
    async with session.get(url) as result:
        return result.status


def in_order(tasks, subset):
    return [t for t in tasks if t in subset]


print('--- listing 4.10: waiting on requests with wait')


@async_timed()
async def main_4_10():
    async with FakeSession() as session:
        fetchers = [fetch_status(session, 'https://example.com'),
                    fetch_status(session, 'https://example.com')]
        try:
            await asyncio.wait(fetchers)
        except TypeError as err:
            print(f'TypeError: {err}')
        for coro in fetchers:
            coro.close()
        fetchers = [asyncio.create_task(fetch_status(session, 'https://example.com')),
                    asyncio.create_task(fetch_status(session, 'https://example.com'))]
        done, pending = await asyncio.wait(fetchers)

        print(f'Done task count: {len(done)}')
        print(f'Pending task count: {len(pending)}')

        for done_task in in_order(fetchers, done):
            result = await done_task
            print(result)


asyncio.run(main_4_10())

print('--- listing 4.11: exceptions with wait')


@async_timed()
async def main_4_11():
    async with FakeSession() as session:
        good_request = fetch_status(session, 'https://www.example.com')
        bad_request = fetch_status(session, 'python://bad')

        fetchers = [asyncio.create_task(good_request),
                    asyncio.create_task(bad_request)]

        done, pending = await asyncio.wait(fetchers)

        print(f'Done task count: {len(done)}')
        print(f'Pending task count: {len(pending)}')

        for done_task in in_order(fetchers, done):
            # result = await done_task will throw an exception
            if done_task.exception() is None:
                print(done_task.result())
            else:
                print(f'ERROR: Request got an exception: {done_task.exception()!r}')


asyncio.run(main_4_11())

print('--- listing 4.12: cancelling running requests on an exception')


@async_timed()
async def main_4_12():
    async with FakeSession() as session:
        fetchers = \
            [asyncio.create_task(fetch_status(session, 'python://bad.com')),
             asyncio.create_task(fetch_status(session, 'https://www.example.com', delay=3)),
             asyncio.create_task(fetch_status(session, 'https://www.example.com', delay=3))]

        done, pending = await asyncio.wait(fetchers, return_when=asyncio.FIRST_EXCEPTION)

        print(f'Done task count: {len(done)}')
        print(f'Pending task count: {len(pending)}')

        for done_task in in_order(fetchers, done):
            if done_task.exception() is None:
                print(done_task.result())
            else:
                print(f'ERROR: Request got an exception: {done_task.exception()!r}')

        for pending_task in in_order(fetchers, pending):
            pending_task.cancel()
    await asyncio.sleep(0)
    print('cancelled:', [t.cancelled() for t in fetchers])


asyncio.run(main_4_12())

print('--- listing 4.13: processing requests as they complete')


@async_timed()
async def main_4_13():
    async with FakeSession() as session:
        fetchers = [asyncio.create_task(fetch_status(session, 'https://www.example.com/a')),
                    asyncio.create_task(fetch_status(session, 'https://www.example.com/b')),
                    asyncio.create_task(fetch_status(session, 'https://www.example.com/c'))]

        done, pending = await asyncio.wait(fetchers, return_when=asyncio.FIRST_COMPLETED)

        print(f'Done task count: {len(done)}')
        print(f'Pending task count: {len(pending)}')

        for done_task in done:
            print(await done_task)
        for task in pending:
            task.cancel()


asyncio.run(main_4_13())

print('--- listing 4.14: processing all results as they come in')


@async_timed()
async def main_4_14():
    async with FakeSession() as session:
        urls = ['https://www.example.com/c', 'https://www.example.com/a',
                'https://www.example.com/b']
        pending = [asyncio.create_task(fetch_status(session, url)) for url in urls]
        names = {task: url[-1] for task, url in zip(pending, urls)}

        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)

            print(f'Done task count: {len(done)}')
            print(f'Pending task count: {len(pending)}')

            for done_task in done:
                print(names[done_task], await done_task)


asyncio.run(main_4_14())

print('--- listing 4.15/4.16: using timeouts with wait')


@async_timed()
async def main_4_15():
    async with FakeSession() as session:
        url = 'https://example.com'
        fetchers = [asyncio.create_task(fetch_status(session, url)),
                    asyncio.create_task(fetch_status(session, url)),
                    asyncio.create_task(fetch_status(session, url, delay=3))]

        done, pending = await asyncio.wait(fetchers, timeout=2 * UNIT)

        print(f'Done task count: {len(done)}')
        print(f'Pending task count: {len(pending)}')

        for done_task in in_order(fetchers, done):
            result = await done_task
            print(result)
        for task in pending:
            task.cancel()


asyncio.run(main_4_15())


async def main_4_16():
    async with FakeSession() as session:
        api_a = asyncio.create_task(fetch_status(session, 'https://www.example.com'))
        api_b = asyncio.create_task(fetch_status(session, 'https://www.example.com', delay=2))

        done, pending = await asyncio.wait([api_a, api_b], timeout=UNIT * 1.5)

        for task in pending:
            if task is api_b:
                print('API B too slow, cancelling')
                task.cancel()
        for task in done:
            print('API A finished with', task.result())


asyncio.run(main_4_16())
