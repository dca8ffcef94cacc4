# Generators, coroutines and async generators: settable __name__/__qualname__,
# gi_frame/cr_frame/ag_frame and gi_code/cr_code/ag_code objects.
import types, inspect, asyncio
async def gen():
    yield 123
g = gen()
print(g.__name__)
g.__name__ = '123'
print(g.__name__, g.__qualname__)
g.__qualname__ = 'q'
print(g.__qualname__, repr(g).split(" at ")[0])
try:
    g.__name__ = 5
except TypeError as e:
    print(e)
print(g.ag_await, isinstance(g.ag_frame, types.FrameType), g.ag_running, isinstance(g.ag_code, types.CodeType))
print(g.ag_code.co_name, g.ag_frame.f_code.co_name, g.ag_frame.f_lineno, g.ag_frame.f_back)
def gg():
    x = yield 1
    yield inspect.currentframe() is not None
it = gg()
next(it)
print(it.gi_frame.f_lineno, it.gi_code.co_name)
print(it.send(0))
async def c():
    await asyncio.sleep(0)
async def main():
    co = c()
    t = asyncio.ensure_future(co)
    await asyncio.sleep(0)
    print(co.cr_frame.f_lineno, co.cr_code.co_name)
    await t
    print(co.cr_frame)
asyncio.run(main())
print(types.TracebackType, types.FrameType, types.CodeType)
