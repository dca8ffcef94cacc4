# StopAsyncIteration raised inside an async generator body
import asyncio

async def agen():
    yield 1
    raise StopAsyncIteration("oops")

async def main():
    g = agen()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
        print("cause:", type(e.__cause__).__name__, e.__cause__)
    try:
        async for x in agen():
            print("x", x)
    except RuntimeError as e:
        print("loop RuntimeError:", e)

asyncio.run(main())
