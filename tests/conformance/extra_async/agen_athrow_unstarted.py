# athrow / aclose on a generator that never started
import asyncio

async def agen():
    try:
        print("body started")
        yield 1
    finally:
        print("finally")

async def main():
    g = agen()
    try:
        await g.athrow(ValueError("early"))
    except ValueError as e:
        print("ValueError", e)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed generator is exhausted")
    g2 = agen()
    await g2.aclose()
    print("aclose on fresh gen ok")
    g3 = agen()
    print(await anext(g3))
    await g3.aclose()
    await g3.aclose()
    print("double aclose ok")

asyncio.run(main())
