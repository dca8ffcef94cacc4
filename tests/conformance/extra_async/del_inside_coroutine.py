# Objects dropped inside a coroutine are finalised where CPython finalises
# them: right after the statement that dropped the last reference.
import asyncio
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


async def main():
    r = Resource("a")
    print("before del")
    del r
    print("after del")
    ref = weakref.ref(Resource("b"), lambda _: print("callback b"))
    print("weakref dead:", ref() is None)
    x = Resource("c")
    x.me = x
    del x
    print("cycle made")
    gc.collect()
    print("collected")
    await asyncio.sleep(0)
    y = Resource("d")
    y = None
    print("rebound")


asyncio.run(main())
