# Await in every expression and target position of a coroutine body, in
# CPython's evaluation order (the log counts every evaluation).
import asyncio
log = []
async def v(x):
    log.append(x)
    await asyncio.sleep(0)
    return x
class O:
    def __init__(self):
        self.items = {}
        self.n = 0
o = O()
async def obj():
    log.append("obj")
    await asyncio.sleep(0)
    return o
g = 0
async def main():
    global g
    (await obj()).items[await v("k")] = await v(1)
    (await obj()).items[await v("k")] += await v(2)
    print(o.items)
    assert await v(True), await v("msg")
    try:
        assert await v(0), await v("boom")
    except AssertionError as e:
        print("assert", e)
    print(*await v([1, 2]), **await v({"sep": "-"}))
    print(await v(1) if await v(0) else await v(2))
    x = y = await v(3)
    print(x, y, (n := await v(4)), n)
    g += await v(5)
    print(g)
    print(f"{await v('a')}-{await v('b')!r:>5}")
    lst = list(range(10))
    print(lst[await v(2):await v(8):await v(2)])
    match await v((1, 2)):
        case (a, b) if await v(True):
            print("match", a, b)
    try:
        raise await v(ValueError("x")) from await v(KeyError("y"))
    except ValueError as e:
        print(repr(e), repr(e.__cause__))
    print(await v(1) < await v(2) < await v(0) < await v(99))
    print(await v(0) or await v("") or await v("z"), await v(1) and await v(0) and await v(7))
    print({await v("a"): await v(1), **await v({"b": 2})}, {await v(1), *await v([2, 3])})
    print([*await v([1]), await v(2)], (await v(1), *await v((2, 3))))
    async def agen():
        yield await v("y1")
        x = yield
        yield x
    a = agen()
    print(await a.__anext__(), await a.__anext__(), await a.asend("sent"))
    print(-await v(3), not await v(0), ~await v(1))
    print((await v(lambda q: q * 2))(await v(21)))
    print((await obj()).n, getattr(await obj(), await v("n")))
    for i, (await obj()).n in enumerate([5, 6]):
        pass
    print(o.n)
    class Ctx:
        def __enter__(self):
            return "entered"

        def __exit__(self, *exc):
            return False

    with Ctx() as (await obj()).fh:
        print(o.fh)
    print(len(log))
asyncio.run(main())
