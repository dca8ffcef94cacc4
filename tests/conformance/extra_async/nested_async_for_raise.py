# nested async for loops where the inner generator raises
import asyncio

async def outer():
    try:
        for i in range(3):
            yield i
    finally:
        print("outer finally")

async def inner(n):
    try:
        for j in range(3):
            if n == 1 and j == 1:
                raise ValueError(f"bad {n},{j}")
            yield j
    finally:
        print("inner finally", n)

async def main():
    og = outer()
    try:
        async for i in og:
            async for j in inner(i):
                print("pair", i, j)
    except ValueError as e:
        print("caught", e)
    print("closing outer")
    await og.aclose()
    print("end")

asyncio.run(main())
