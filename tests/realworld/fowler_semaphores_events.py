# source: Matthew Fowler, "Python Concurrency with asyncio" (Manning 2022), ch. 11 "Synchronization", listings 11.6-11.10 (Semaphore, rate-limited requests, BoundedSemaphore, Event with call_later), https://github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio/tree/main/chapter_11
# adapted: "seconds" are UNIT = 0.01 s; in 11.6 each operation holds the semaphore a slightly different time so no two releases coincide; 11.7's 1000 aiohttp requests to example.com become 6 fake requests through a Semaphore(2) with per-request latencies; 11.9's ValueError is caught and printed; 11.10's event fires after 5 units.
import asyncio
import functools
from asyncio import Semaphore, BoundedSemaphore, Event

UNIT = 0.01

print('--- listing 11.6: using semaphores')


async def operation(semaphore: Semaphore, n: int):
    print(f'Waiting to acquire semaphore... ({n})')
    async with semaphore:
        print(f'Semaphore acquired! ({n})')
        await asyncio.sleep((2 + n / 2) * UNIT)
    print(f'Semaphore released! ({n})')


async def main_11_6():
    semaphore = Semaphore(2)
    await asyncio.gather(*[operation(semaphore, n) for n in range(4)])


asyncio.run(main_11_6())

print('--- listing 11.7: limiting API requests with semaphores')


class FakeResponse:
    def __init__(self, status):
        self.status = status


class FakeClientSession:
    def __init__(self):
        self.in_flight = 0
        self.max_in_flight = 0

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        return False

    async def get(self, url: str) -> FakeResponse:
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        await asyncio.sleep((1 + len(url) % 3) * UNIT)
        self.in_flight -= 1
        return FakeResponse(200 if not url.endswith('4') else 503)


async def get_url(url: str,
                  session: FakeClientSession,
                  semaphore: Semaphore):
    print(f'Waiting to acquire semaphore... {url}')
    async with semaphore:
        print(f'Acquired semaphore, requesting... {url}')
        response = await session.get(url)
        print(f'Finished requesting {url}')
        return response.status


async def main_11_7():
    semaphore = Semaphore(2)
    async with FakeClientSession() as session:
        urls = ['http://www.example.com/' + 'x' * (i % 3) + str(i) for i in range(6)]
        tasks = [get_url(url, session, semaphore) for url in urls]
        statuses = await asyncio.gather(*tasks)
        print(f'statuses: {statuses}')
        print(f'at most {session.max_in_flight} requests in flight')


asyncio.run(main_11_7())

print('--- listing 11.8/11.9: releasing more than acquired')


async def acquire_release(semaphore):
    await semaphore.acquire()
    semaphore.release()
    semaphore.release()
    print(f'plain Semaphore now allows {semaphore._value} holders, locked={semaphore.locked()}')


async def main_11_9():
    await acquire_release(Semaphore(1))
    semaphore = BoundedSemaphore(1)
    await semaphore.acquire()
    semaphore.release()
    try:
        semaphore.release()
    except ValueError as err:
        print(f'ValueError: {err}')


asyncio.run(main_11_9())

print('--- listing 11.10: event basics')


def trigger_event(event: Event):
    print('Triggering event!')
    event.set()


async def do_work_on_event(event: Event, name: str):
    print(f'{name}: Waiting for event...')
    await event.wait()
    print(f'{name}: Performing work!')
    await asyncio.sleep(UNIT)
    print(f'{name}: Finished work!')
    event.clear()


async def main_11_10():
    event = asyncio.Event()
    asyncio.get_running_loop().call_later(5.0 * UNIT, functools.partial(trigger_event, event))
    await asyncio.gather(do_work_on_event(event, 'first'), do_work_on_event(event, 'second'))
    print(f'event is set: {event.is_set()}')


asyncio.run(main_11_10())
