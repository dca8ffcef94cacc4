# __anext__ returns something that is not awaitable
import asyncio

class It:
    def __init__(self, value):
        self.value = value
    def __aiter__(self):
        return self
    def __anext__(self):
        return self.value

async def main():
    for v in (1, "s", None, [1]):
        try:
            async for x in It(v):
                print("never", x)
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
