# __await__ returning a non-iterator
import asyncio

class BadAwait:
    def __await__(self):
        return 5

class GoodAwait:
    def __await__(self):
        yield
        return "good"

async def main():
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    print(await GoodAwait())

asyncio.run(main())
