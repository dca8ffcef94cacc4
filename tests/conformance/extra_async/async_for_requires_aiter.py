# 'async for' over objects without __aiter__
import asyncio

class Sync:
    def __iter__(self):
        return iter([1, 2])

async def main():
    for obj in ([1, 2], (1,), Sync(), 7):
        try:
            async for x in obj:
                print("got", x)
        except TypeError as e:
            print("TypeError:", e)
    print("done")

asyncio.run(main())
