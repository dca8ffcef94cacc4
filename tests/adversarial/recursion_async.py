# Recursion through await, __aiter__/__anext__, async generators and __del__.
import asyncio, gc

async def deep_await(n):
    return await deep_await(n + 1)

class AIter:
    def __aiter__(self):
        return self.__aiter__()

class ANext:
    def __aiter__(self):
        return self
    async def __anext__(self):
        return await self.__anext__()

async def agen():
    async for x in agen():
        yield x

class Awaitable:
    def __await__(self):
        return (yield from self.__await__())

async def main():
    for name, make in [("nested awaits", lambda: deep_await(0)),
                       ("__anext__", lambda: ANext().__anext__()),
                       ("async gen delegating", lambda: agen().__anext__())]:
        try:
            await make()
            print(name, "returned")
        except RecursionError as e:
            print(name, "RecursionError", str(e).split(" while ")[0])
    try:
        async for _ in AIter():
            pass
    except RecursionError as e:
        print("__aiter__ RecursionError", str(e).split(" while ")[0])
    try:
        await Awaitable()
    except RecursionError as e:
        print("__await__ RecursionError", str(e).split(" while ")[0])
    try:
        await asyncio.wait_for(deep_await(0), 10)
    except RecursionError as e:
        print("wait_for RecursionError", str(e).split(" while ")[0])
    t = asyncio.create_task(deep_await(0))
    try:
        await t
    except RecursionError as e:
        print("task RecursionError", str(e).split(" while ")[0])

asyncio.run(main())

count = 0

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __del__(self):
        global count
        count += 1

head = None
for _ in range(100_000):
    head = Node(head)
del head
gc.collect()
print("finalized", count)

class RecursingDel:
    def __del__(self):
        def r():
            return r()
        try:
            r()
        except RecursionError as e:
            print("__del__ RecursionError", str(e).split(" while ")[0])

RecursingDel()
gc.collect()
print("after __del__")
