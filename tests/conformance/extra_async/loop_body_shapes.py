# Loops that suspend, with bodies of each shape: nothing in the body
# suspends, one simple statement suspends, several do, a compound one
# does. Control flow, finalizers and tracebacks must not depend on it.
import asyncio
import sys
import traceback

events = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append("del " + self.name)


async def agen(n):
    for i in range(n):
        yield i  # one suspending statement


async def agen_with_temp(n):
    for i in range(n):
        yield Noisy(f"t{i}").name  # the temporary dies at the statement's end
        events.append(f"after yield {i}")


async def main():
    total = 0
    async for x in agen(10):  # nothing in the body suspends
        if x == 2:
            continue
        if x == 7:
            break
        total += x
    else:
        total = -1
    print("sync body", total)

    async for name in agen_with_temp(3):
        events.append("got " + name)
    print(events)
    events.clear()

    i = 0
    while i < 5:
        await asyncio.sleep(0)  # one suspending statement
        i += 1
    print("while", i)

    n = 0
    while True:
        n += await asyncio.sleep(0, 1)  # one suspending statement
        if n >= 3:
            break
    print("while break", n)

    seen = []
    for k in range(4):
        seen.append(await asyncio.sleep(0, k * k))  # one suspending statement
    print(seen)

    seen = []
    for k in range(4):
        v = await asyncio.sleep(0, k)  # several, simple
        if v % 2:
            continue
        seen.append(v)
    print(seen)

    async for x in agen(3):
        tmp = Noisy(f"loop{x}")
        await asyncio.sleep(0)
        del tmp
        events.append(f"end {x}")
    print(events)

    try:
        async for x in agen(5):
            if x == 3:
                raise ValueError(f"at {x}")
    except ValueError:
        entries = traceback.extract_tb(sys.exc_info()[2])
        print([(e.name, e.lineno, e.line) for e in entries])

    async def raises_in_one():
        for j in range(3):
            yield 10 // (1 - j)

    try:
        print([x async for x in raises_in_one()])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, e.__traceback__.tb_next is not None)


asyncio.run(main())
events.clear()


def sync_gen():
    for i in range(2):
        yield Noisy(f"s{i}").name
        events.append(f"after sync yield {i}")


for name in sync_gen():
    events.append("got " + name)


async def awaits_temp():
    v = await asyncio.sleep(0, Noisy("awaited").name)
    events.append("resumed with " + v)


asyncio.run(awaits_temp())
print(events)
