# hand-written async iterator class with state and await in __anext__
import asyncio

class Countdown:
    def __init__(self, start):
        self.n = start
    def __aiter__(self):
        print("aiter called")
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

async def main():
    async for v in Countdown(3):
        print("tick", v)
    else:
        print("loop else")
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "stop"))
    async for v in Countdown(5):
        if v == 3:
            break
        print("v", v)
    else:
        print("not printed")
    print([v async for v in Countdown(4)])

asyncio.run(main())
