# async generator yielding after GeneratorExit
import asyncio

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        yield 2

async def main():
    g = stubborn()
    print(await g.__anext__())
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
