# gather keeps argument order; return_exceptions collects errors
import asyncio

async def delayed(v, d, fail=False):
    await asyncio.sleep(d)
    print("finish", v)
    if fail:
        raise ValueError(f"fail {v}")
    return v

async def main():
    r = await asyncio.gather(delayed("a", 0.03), delayed("b", 0.01), delayed("c", 0.02))
    print(r)
    r = await asyncio.gather(delayed(1, 0.01, True), delayed(2, 0), delayed(3, 0.02, True),
                             return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(delayed("x", 0.01, True), delayed("y", 0.02))
    except ValueError as e:
        print("first error:", e)
    await asyncio.sleep(0.03)
    print(await asyncio.gather())

asyncio.run(main())
