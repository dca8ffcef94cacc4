# athrow into a generator that catches and keeps yielding
import asyncio

async def agen():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("caught", e)
            yield -i
        finally:
            print("finally", i)

async def main():
    g = agen()
    print(await anext(g))
    print(await g.athrow(ValueError("boom")))
    print(await anext(g))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated KeyError", e)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
