# source: https://stackoverflow.com/questions/50246304/using-python-decorators-to-retry-request (answers: an async retry decorator with exponential backoff over a tuple of exception types) and https://stackoverflow.com/questions/59479187/how-to-retry-async-function-in-python (answer: a retry loop with "full jitter" backoff and a per-attempt timeout via asyncio.wait_for)
# adapted: the flaky HTTP call is a fake that fails a scripted number of times; delays are base 2 ms doubling (the answers use 1 s), the jitter comes from a seeded random.Random(11); computed delays are printed with fixed precision, never measured times.
import asyncio
import functools
import random


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(exceptions, tries=4, delay=0.002, backoff=2, logger=print):
    """Retry calling the decorated coroutine function using an exponential backoff."""
    def deco_retry(f):
        @functools.wraps(f)
        async def f_retry(*args, **kwargs):
            mtries, mdelay = tries, delay
            while mtries > 1:
                try:
                    return await f(*args, **kwargs)
                except exceptions as e:
                    msg = f'{e}, Retrying in {mdelay * 1000:.0f} ms...'
                    if logger:
                        logger(msg)
                    await asyncio.sleep(mdelay)
                    mtries -= 1
                    mdelay *= backoff
            return await f(*args, **kwargs)
        return f_retry
    return deco_retry


class FlakyService:
    def __init__(self, failures, exc=TransientError, slow_first=0):
        self.failures = failures
        self.exc = exc
        self.calls = 0
        self.slow_first = slow_first

    async def get(self, path):
        self.calls += 1
        if self.calls <= self.slow_first:
            await asyncio.sleep(1)
        await asyncio.sleep(0.001)
        if self.calls <= self.failures:
            raise self.exc(f'{path}: failure #{self.calls}')
        return f'200 OK {path} (after {self.calls} calls)'


print('--- the decorator')

service = FlakyService(failures=2)


@retry(TransientError, tries=4)
async def fetch(path):
    """Fetch a page from the flaky service."""
    return await service.get(path)


async def main_decorator():
    global service
    print(fetch.__name__, '-', fetch.__doc__)
    print(await fetch('/index'))

    service = FlakyService(failures=10)
    try:
        await fetch('/always-broken')
    except TransientError as e:
        print('gave up:', e, f'({service.calls} calls)')

    service = FlakyService(failures=1, exc=PermanentError)
    try:
        await fetch('/bad-request')
    except PermanentError as e:
        print('not retried:', e, f'({service.calls} call)')


asyncio.run(main_decorator())

print('--- full jitter and a per-attempt timeout')


async def retry_with_jitter(coro_fn, *, attempts=5, base=0.002, cap=0.02,
                            timeout=0.05, rng=random.Random(11)):
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.wait_for(coro_fn(), timeout=timeout)
        except (TransientError, asyncio.TimeoutError) as e:
            if attempt == attempts:
                raise
            sleep_for = rng.uniform(0, min(cap, base * 2 ** attempt))
            reason = 'timeout' if isinstance(e, asyncio.TimeoutError) else e
            print(f'attempt {attempt} failed ({reason}); sleeping {sleep_for * 1000:.2f} ms')
            await asyncio.sleep(sleep_for)


async def main_jitter():
    slow = FlakyService(failures=2, slow_first=1)
    print(await retry_with_jitter(lambda: slow.get('/slow')))

    broken = FlakyService(failures=99)
    try:
        await retry_with_jitter(lambda: broken.get('/down'), attempts=3)
    except TransientError as e:
        print('final error:', repr(e))

    async def gather_with_retries():
        services = [FlakyService(failures=n) for n in (0, 1, 2)]
        results = await asyncio.gather(
            *(retry_with_jitter(lambda s=s, i=i: s.get(f'/item/{i}'), rng=random.Random(i))
              for i, s in enumerate(services)))
        for r in results:
            print(r)

    await gather_with_retries()


asyncio.run(main_jitter())
