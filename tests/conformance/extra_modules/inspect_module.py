import asyncio
import inspect


async def coro_fn(a, b=2):
    await asyncio.sleep(0)
    return a + b


def gen_fn():
    yield 1
    yield 2


async def agen_fn():
    yield 1


def plain(x, y=1, *args, z, w=3, **kw):
    pass


def posonly(a, b, /, c, *, d: int = 4) -> str:
    pass


class C:
    def method(self, x):
        pass

    async def amethod(self):
        pass


for f in [coro_fn, gen_fn, agen_fn, plain, C().amethod, C.method, len]:
    print(getattr(f, "__name__", f), inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(f),
          inspect.isasyncgenfunction(f), inspect.isfunction(f), inspect.ismethod(f), inspect.isbuiltin(f))

c = coro_fn(1)
g = gen_fn()
ag = agen_fn()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isgenerator(g), inspect.isasyncgen(ag))
print(inspect.isawaitable(g), inspect.isawaitable(asyncio.sleep), inspect.isclass(C), inspect.ismodule(inspect))

print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.getcoroutinestate(c))


async def main():
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c))
    print(await t)
    print(inspect.getcoroutinestate(c))
    print(inspect.getcoroutinestate(asyncio.current_task().get_coro()))

asyncio.run(main())

print(inspect.signature(plain))
print(inspect.signature(posonly))
print(inspect.signature(coro_fn))
print(inspect.signature(C().method), inspect.signature(C))
sig = inspect.signature(plain)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty)
b = sig.bind(1, 2, 3, z=4, q=5)
print(b.arguments, b.args, b.kwargs)
b2 = inspect.signature(coro_fn).bind(1)
b2.apply_defaults()
print(b2)
try:
    inspect.signature(coro_fn).bind()
except TypeError as e:
    print("TypeError:", e)


class D:
    x = 1

    @property
    def p(self):
        return 2

    def __getattr__(self, name):
        return "dynamic"


d = D()
print(inspect.getattr_static(d, "x"), type(inspect.getattr_static(d, "p")).__name__, inspect.getattr_static(d, "q", "missing"))
print(inspect.cleandoc("""
    First line
        indented
    last
"""))
print(inspect.getmembers(D, inspect.isfunction)[0][0])
