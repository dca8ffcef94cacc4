# A parameter captured by a closure and rebound by def, class, import or
# an async def inside the function: the closure sees the new binding.
import asyncio


def by_def(pred=None):
    def pred(x):
        return x + 1
    return (lambda: pred)()(1)


def by_class(c=None):
    class c:
        pass
    return (lambda: c)().__name__


def by_import(m=None):
    import math as m
    return (lambda: m.floor(2.5))()


def by_from_import(sqrt=None):
    from math import sqrt
    return (lambda: sqrt(16))()


def by_async_def(n=None):
    async def n():
        return "coroutine"
    return asyncio.run((lambda: n)()())


async def in_coroutine(pred=None):
    def pred():
        return "from coroutine"
    await asyncio.sleep(0)
    return (lambda: pred)()()


print(by_def(), by_class(), by_import(), by_from_import(), by_async_def())
print(asyncio.run(in_coroutine()))
