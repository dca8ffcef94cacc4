# cr_await / ag_await / gi_yieldfrom: what a suspended body awaits or
# delegates to (None while it runs or before it starts).
import types, inspect, asyncio
@types.coroutine
def a():
    print(inspect.getcoroutinestate(coro_b), coro_b.cr_await)
    yield
    print(inspect.getcoroutinestate(coro_b), coro_b.cr_await)
async def c():
    await a()
async def b():
    print(coro_b.cr_await)
    await c()
    print(coro_b.cr_await)
coro_b = b()
print(inspect.getcoroutinestate(coro_b), coro_b.cr_await)
coro_b.send(None)
print(inspect.getcoroutinestate(coro_b))
print(coro_b.cr_await.cr_await.gi_code.co_name, type(coro_b.cr_await).__name__)
try:
    coro_b.send(None)
except StopIteration:
    print("done")
print(inspect.getcoroutinestate(coro_b), coro_b.cr_await)
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
g = outer()
next(g)
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_frame.f_lineno)
async def ag():
    await asyncio.sleep(0)
    yield 1
async def main():
    it = ag()
    t = asyncio.ensure_future(it.__anext__())
    await asyncio.sleep(0)
    print(type(it.ag_await).__name__)
    await t
asyncio.run(main())
