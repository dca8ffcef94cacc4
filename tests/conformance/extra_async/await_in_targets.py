# Assignment, deletion and loop targets whose subexpressions await: the
# value first, then each target's object and index, left to right.
import asyncio

log = []


class Obj:
    pass


o = Obj()
d = {}


async def k(v):
    log.append(f"k {v!r}")
    await asyncio.sleep(0)
    return v


async def obj():
    log.append("obj")
    await asyncio.sleep(0)
    return o


async def main():
    d[await k("a")] = await k(1)
    (await obj()).x = await k(2)
    d[await k("b")], (await obj()).y = await k(3), await k(4)
    d[await k("c")] = d[await k("e")] = await k(5)
    first, *rest = d[await k("f")], [*d[await k("g")]] = (await k(6), [7, 8])
    print(d, vars(o), first, rest)
    print(log)
    log.clear()

    ann: int = 0
    d[await k("ann")]: int = await k(9)
    for d[await k("loop")] in range(3):
        pass
    async def agen():
        for i in range(2):
            yield i

    async for (await obj()).z in agen():
        pass
    print(d["ann"], d["loop"], o.z, ann)

    del d[await k("a")], (await obj()).x
    print(sorted(d), hasattr(o, "x"))
    print(log)

    # Errors surface from the same places as in CPython.
    try:
        (await obj()).missing_attr_delete = 1
        del (await obj()).nope
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        d[await k([])] = 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        a, b = await k((1, 2, 3))
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
