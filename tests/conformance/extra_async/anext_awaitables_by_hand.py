# Awaitables of async generators and of anext() driven by hand: the first
# send() of __anext__() brings its value, athrow() takes none, an awaited
# aclose() cannot be reused, anext_awaitable.throw/close reach __anext__().
import asyncio
async def foo():
    v = yield 1
    v = yield v
    yield v * 100
async def run():
    it = foo().__aiter__()
    for val in (None, 10, 12):
        try:
            it.__anext__().send(val)
        except StopIteration as ex:
            print("StopIteration", ex.args[0])
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = foo()
    try:
        g.athrow(ValueError).send(5)
    except RuntimeError as e:
        print(e)
    async def two():
        yield 1
        yield 2
    it2 = two()
    nxt = it2.aclose()
    await nxt
    try:
        await nxt
    except RuntimeError as e:
        print(e)
asyncio.run(run())
import contextlib
class MyAsyncIter:
    def __init__(self):
        self.yielded = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.yielded >= 2:
            raise StopAsyncIteration()
        self.yielded += 1
        return self.yielded
def test_send():
    p = MyAsyncIter()
    obj = anext(p, "completed")
    try:
        with contextlib.closing(obj.__await__()) as g:
            g.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
test_send()
async def test_throw():
    p = MyAsyncIter()
    obj = anext(p, "completed")
    try:
        obj.throw(SyntaxError)
    except SyntaxError as e:
        print("SyntaxError raised")
    obj2 = anext(MyAsyncIter(), "d")
    try:
        obj2.send(None)
    except StopIteration as e:
        print("send ->", e.value)
    obj3 = anext(MyAsyncIter(), "d")
    print(obj3.close())
asyncio.run(test_throw())
