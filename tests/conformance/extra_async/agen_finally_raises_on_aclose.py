# aclose when the finally block raises a different exception
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally running")
        raise ValueError("cleanup failed")

async def main():
    g = agen()
    print(await anext(g))
    try:
        await g.aclose()
    except ValueError as e:
        print("aclose raised", e)
    print(await anext(g, "exhausted"))
    g2 = agen()
    print(await anext(g2))
    try:
        await g2.athrow(KeyError("thrown"))
    except ValueError as e:
        print("athrow raised", e, "context", repr(e.__context__))

asyncio.run(main())
