# A generator, coroutine or async generator takes its __name__ and
# __qualname__ from its function when it is made; renaming one of them
# later changes only that object.
import asyncio


def gen():
    yield 1


async def coro():
    return 2


async def agen():
    yield 3


class Holder:
    def method(self):
        yield 4


g1 = gen()
gen.__name__ = "renamed"
gen.__qualname__ = "Outer.renamed"
g2 = gen()
print(g1.__name__, g1.__qualname__)
print(g2.__name__, g2.__qualname__)
g2.__name__ = "mine"
print(g2.__name__, g2.__qualname__, gen().__name__)
g2.__qualname__ = "Mine.q"
print(g2.__name__, g2.__qualname__, gen().__qualname__)

c = coro()
print(c.__name__, c.__qualname__)
coro.__qualname__ = "X.coro"
c2 = coro()
print(c2.__qualname__, repr(c2).split(" at ")[0])
c.close()
c2.close()

a = agen()
agen.__name__ = "agen2"
print(a.__name__, agen().__name__, agen().__qualname__)

h = Holder().method()
print(h.__name__, h.__qualname__)

try:
    g1.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    g1.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)


def nested():
    def inner():
        yield
    return inner()


n = nested()
print(n.__name__, n.__qualname__)


async def main():
    t = asyncio.create_task(coro())
    await t
    print(t.get_coro().__qualname__)


asyncio.run(main())
