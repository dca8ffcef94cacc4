# awaiting values that are not awaitable
import asyncio

class NoAwait:
    pass

async def main():
    for v in (1, "x", None, [1, 2], NoAwait()):
        try:
            await v
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
