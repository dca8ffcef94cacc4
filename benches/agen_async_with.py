# An async generator pipeline (source -> parse -> window -> sink) where every
# stage enters a class-based async context manager (`async with`) around its work.
import asyncio

N = 40_000


class Resource:
    opened = 0
    closed = 0

    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.uses = 0

    async def __aenter__(self):
        Resource.opened += 1
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        Resource.closed += 1
        if exc_type is not None:
            self.log.append((self.name, exc_type.__name__))
        return False

    def use(self):
        self.uses += 1
        return self.uses


async def source(n, log):
    async with Resource("source", log) as res:
        for i in range(n):
            res.use()
            yield f"{i}:{i * 7 % 101}"


async def parse(lines, log):
    async for line in lines:
        async with Resource("parse", log) as res:
            key, _, value = line.partition(":")
            res.use()
            yield int(key), int(value)


async def window(pairs, size, log):
    buf = []
    async with Resource("window", log) as res:
        async for key, value in pairs:
            buf.append(value)
            if len(buf) == size:
                res.use()
                yield key, sum(buf) / size, max(buf)
                buf = []
    if buf:
        yield -1, sum(buf) / len(buf), max(buf)


async def sink(stream):
    count = 0
    total = 0.0
    best = 0
    last = None
    async for key, mean, peak in stream:
        count += 1
        total += mean
        best = max(best, peak)
        last = key
    return count, round(total, 3), best, last


async def main():
    log = []
    result = await sink(window(parse(source(N, log), log), 7, log))
    print(result, Resource.opened, Resource.closed, log)
    early = window(parse(source(100, log), log), 5, log)
    async for item in early:
        if item[0] > 40:
            break
    await early.aclose()
    print(item, Resource.opened, Resource.closed, log)


asyncio.run(main())
