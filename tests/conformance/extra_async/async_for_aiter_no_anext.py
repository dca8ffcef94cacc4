# __aiter__ returns an object that lacks __anext__
import asyncio

class Helper:
    def __next__(self):
        return 1

class Bad:
    def __aiter__(self):
        return Helper()

class Bad2:
    def __aiter__(self):
        return 5

async def main():
    for obj in (Bad(), Bad2()):
        try:
            async for x in obj:
                print("never", x)
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
