# asend values through an async generator with try/finally
import asyncio

async def accumulator():
    total = 0
    try:
        while True:
            v = yield total
            print("got", v)
            if v is None:
                break
            total += v
            await asyncio.sleep(0)
    finally:
        print("finally, total =", total)

async def main():
    g = accumulator()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(7))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("stopped")
    print(g.ag_frame is None)

asyncio.run(main())
