# anext(it, default) awaited normally and driven by hand through __await__.
import asyncio
class It:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
async def m():
    return await anext(It(), "default")
print(asyncio.run(m()))
w = anext(It(), "d2").__await__()
try:
    w.send(None)
except StopIteration as e:
    print("val", e.value)
