# Augmented assignment whose value (or target) awaits: the target's
# object and index are evaluated once, before the value, and kept across
# the suspension.
import asyncio

calls = []


class Box:
    def __init__(self):
        self.n = 1


box = Box()
table = {"k": 10, "j": [1]}


def get():
    calls.append("get")
    return box


def key(k="k"):
    calls.append("key " + k)
    return k


async def value(v):
    calls.append(f"value {v}")
    await asyncio.sleep(0)
    return v


async def obj():
    await asyncio.sleep(0)
    calls.append("obj")
    return box


async def counter(name, times):
    for _ in range(times):
        get().n += await value(1)
        table[key()] += await value(2)
        await asyncio.sleep(0)
    return name


async def main():
    get().n += await value(5)
    table[key()] += await value(7)
    (await obj()).n *= await value(3)
    table[await value("j")] += [await value(9)]
    print(box.n, table)
    print(calls)
    calls.clear()

    # Interleaved tasks: each read-modify-write sees the state after its
    # own await, as in CPython.
    print(await asyncio.gather(counter("a", 3), counter("b", 3)))
    print(box.n, table["k"])
    print(len(calls))
    calls.clear()

    # A missing attribute or key fails before the value is evaluated.
    try:
        get().missing += await value(1)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        table[key("absent")] += await value(1)
    except KeyError as e:
        print("KeyError:", e)
    print(calls)

    # Inside an async generator.
    async def agen():
        total = {"sum": 0}
        for i in range(3):
            total["sum"] += await value(i)
            yield total["sum"]

    print([x async for x in agen()])


asyncio.run(main())
