# await inside f-strings, arithmetic, calls and conditions
import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    print(f"sum={await val(2) + await val(3)}")
    print(f"{await val('a')!r} and {await val(3.14159):.2f}")
    n = (await val(10)) * 2 - await val(1)
    print(n)
    print(max(await val(4), await val(9), 1))
    print("yes" if await val(True) else "no")
    d = {await val("k"): [await val(i) for i in range(3)]}
    print(d)
    print(await val(await val(await val("deep"))))
    s = await val([3, 1, 2])
    s.sort()
    print(s, (await val("xyz"))[1], -await val(5))

asyncio.run(main())
