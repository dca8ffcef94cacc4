# exceptions inside async comprehensions propagate out
import asyncio

async def arange(n, tag):
    try:
        for i in range(n):
            yield i
    finally:
        print("arange finally", tag)

async def check(x):
    if x == 2:
        raise ValueError("two")
    return x

async def main():
    g = arange(4, "a")
    try:
        print([await check(x) async for x in g])
    except ValueError as e:
        print("caught", e)
    await g.aclose()
    h = arange(3, "b")
    try:
        print({x: 1 / (x - 1) async for x in h})
    except ZeroDivisionError as e:
        print("zde", e)
    await h.aclose()
    print([x async for x in arange(2, "c")])
    print("end")

asyncio.run(main())
