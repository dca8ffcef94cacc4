# Loops in coroutines whose bodies hold compound statements that suspend
# (try, if, with, nested loops around awaits): break, continue, else,
# return and exceptions leave them as in the synchronous evaluator.
import asyncio


class Gate:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append("enter")
        return self

    async def __aexit__(self, *exc):
        self.log.append(("exit", exc[0].__name__ if exc[0] else None))
        return False


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def while_try(n):
    seen = []
    i = 0
    while i < n:
        i += 1
        try:
            if i % 3 == 0:
                await asyncio.sleep(0)
                continue
            if i == 8:
                raise ValueError(i)
            seen.append(await asyncio.sleep(0, i))
        except ValueError as e:
            seen.append(("caught", e.args[0]))
            break
        finally:
            seen.append("f")
    else:
        seen.append("else")
    return seen


async def while_else(n):
    out = []
    while n:
        n -= 1
        if n % 2:
            out.append(await asyncio.sleep(0, n))
    else:
        out.append("done")
    return out


async def for_return(log):
    async for i in ticks(10):
        with_log = []
        async with Gate(log):
            if i == 2:
                return i * 100
            with_log.append(i)
        log.append(with_log)
    return -1


async def for_raise(log):
    for i in range(5):
        try:
            async with Gate(log):
                if i == 1:
                    raise KeyError(i)
        except KeyError:
            log.append("keyerror")
            continue
        log.append(i)
        if i == 3:
            break
    else:
        log.append("no break")
    return log


async def nested():
    total = 0
    async for i in ticks(4):
        j = 0
        while j < i:
            j += 1
            try:
                total += await asyncio.sleep(0, j)
            except Exception:
                pass
            if j == 2:
                break
    return total


async def main():
    print(await while_try(20))
    print(await while_try(5))
    print(await while_else(6))
    log = []
    print(await for_return(log), log)
    print(await for_raise([]))
    print(await nested())
    # Many loops run at once, interleaved by the event loop.
    print(await asyncio.gather(*(while_else(k) for k in range(5))))


asyncio.run(main())
