# A class-based async iterator whose __anext__ is replaced on the class (or
# a subclass) between steps: each await anext() sees the class as it is.
import asyncio
class A:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3: raise StopAsyncIteration
        return self.n
class B(A):
    pass
async def other(self):
    self.n += 10
    if self.n > 40: raise StopAsyncIteration
    return -self.n
async def main():
    a, b = A(), B()
    print(await anext(a), await anext(b), await anext(a))
    A.__anext__ = other
    print(await anext(a), await anext(b))
    B.__anext__ = lambda self: asyncio.sleep(0, "lam")
    print(await anext(b), await anext(a))
    async for x in A():
        print(x, end=" ")
    print()
asyncio.run(main())
