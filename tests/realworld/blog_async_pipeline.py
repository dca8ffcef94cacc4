# source: blog post pattern "Data pipelines with async generators" (e.g. Mark McDonnell / Jacob Padilla style write-ups of David Beazley's generator-pipeline idea ported to async): composable async generator stages (source -> parse -> filter -> map -> batch -> sink), an async take/islice, an async enumerate and reduce, tee-ing one stream into two consumers through queues, and aclosing() so that an early stop closes every stage
# adapted: the "log lines arriving over the network" are an in-memory list yielded with 1 ms sleeps; stages print when they are closed so the cleanup order is visible.
import asyncio
import itertools
import operator
from contextlib import aclosing
from dataclasses import dataclass

LINES = [
    '2024-05-01 GET /index.html 200 512',
    '2024-05-01 GET /missing 404 0',
    'garbage line',
    '2024-05-01 POST /login 302 128',
    '2024-05-02 GET /index.html 200 530',
    '2024-05-02 GET /api/items 500 64',
    '2024-05-02 GET /api/items 200 2048',
    '2024-05-03 GET /about 200 300',
]


@dataclass(frozen=True)
class Request:
    day: str
    method: str
    path: str
    status: int
    size: int


async def source(lines, delay=0.001):
    try:
        for line in lines:
            await asyncio.sleep(delay)
            yield line
    finally:
        print('  [source closed]')


async def parse(lines):
    try:
        async for line in lines:
            parts = line.split()
            if len(parts) != 5:
                print(f'  skipping unparsable {line!r}')
                continue
            day, method, path, status, size = parts
            yield Request(day, method, path, int(status), int(size))
    finally:
        await lines.aclose()
        print('  [parse closed]')


async def afilter(pred, aiterable):
    async for item in aiterable:
        if pred(item):
            yield item


async def amap(func, aiterable):
    async for item in aiterable:
        result = func(item)
        if asyncio.iscoroutine(result):
            result = await result
        yield result


async def batch(aiterable, size):
    chunk = []
    async for item in aiterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def take(aiterable, n):
    if n <= 0:
        return
    async for i, item in aenumerate(aiterable):
        yield item
        if i + 1 >= n:
            return


async def aenumerate(aiterable, start=0):
    counter = itertools.count(start)
    async for item in aiterable:
        yield next(counter), item


async def areduce(func, aiterable, initial):
    acc = initial
    async for item in aiterable:
        acc = func(acc, item)
    return acc


async def main():
    print('--- errors per day')
    requests = parse(source(LINES))
    errors = afilter(lambda r: r.status >= 400, requests)
    async for r in amap(lambda r: f'{r.day} {r.status} {r.path}', errors):
        print(r)

    print('--- bytes served per page, in batches of 2')

    async def lookup_size(r):
        await asyncio.sleep(0)
        return (r.path, r.size)

    ok = afilter(lambda r: r.status == 200, parse(source(LINES)))
    async for chunk in batch(amap(lookup_size, ok), 2):
        print(chunk)

    print('--- the first three requests, then stop early')
    async with aclosing(parse(source(LINES))) as stream:
        async for i, r in aenumerate(take(stream, 3), start=1):
            print(i, r.method, r.path)
    print('  (all stages closed before this line)')

    print('--- reduce')
    total = await areduce(lambda acc, r: acc + r.size, parse(source(LINES)), 0)
    by_status = await areduce(lambda acc, r: {**acc, r.status: acc.get(r.status, 0) + 1},
                              parse(source(LINES)), {})
    print('total bytes', total, dict(sorted(by_status.items())))

    print('--- tee one stream into two consumers')

    async def tee_into(aiterable, queues):
        async for item in aiterable:
            for q in queues:
                await q.put(item)
        for q in queues:
            await q.put(None)

    async def consume(name, q, transform):
        seen = []
        while (item := await q.get()) is not None:
            seen.append(transform(item))
        return name, seen

    q1, q2 = asyncio.Queue(2), asyncio.Queue(2)
    results = await asyncio.gather(
        tee_into(parse(source(LINES)), [q1, q2]),
        consume('paths', q1, lambda r: r.path),
        consume('sizes', q2, operator.attrgetter('size')),
    )
    for name, seen in results[1:]:
        print(name, seen)


asyncio.run(main())
