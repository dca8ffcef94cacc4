# uncaught ZeroDivisionError raised deep in a coroutine chain
import asyncio

async def divide(a, b):
    await asyncio.sleep(0)
    return a / b

async def compute(values):
    total = 0
    for v in values:
        total += await divide(10, v)
        print("partial", total)
    return total

async def main():
    print(await compute([1, 2, 0, 5]))

asyncio.run(main())
