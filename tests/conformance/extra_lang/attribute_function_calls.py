# Calls of attributes that are plain functions or functions bound to an
# object: static and class methods, functions stored on instances and
# modules, generators and coroutines through them, and property setters.
import asyncio
import functools
import math


class K:
    calls = []

    @staticmethod
    def st(a, b=10):
        return a + b

    @classmethod
    def cm(cls, a):
        return (cls.__name__, a)

    @staticmethod
    def gen(n):
        yield from range(n)

    @staticmethod
    async def co(x):
        return x * 2

    @classmethod
    async def aco(cls, x):
        await asyncio.sleep(0)
        return cls.__name__, x


class Sub(K):
    pass


def order(tag):
    K.calls.append(tag)
    return tag


k = K()
k.fn = lambda x: ("instance fn", x)
k.bound = Sub.cm
print(K.st(1), K.st(1, 2), k.st(3), Sub.cm(4), k.cm(5), list(K.gen(3)))
print(k.fn(6), k.bound(7), math.floor(2.5), functools.reduce(lambda a, b: a + b, [1, 2, 3]))
try:
    K.st()
except TypeError as e:
    print("TypeError:", e)
try:
    Sub.cm(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    K.st(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
print(K.st(*[5]), K.st(b=1, a=2))
K.st(order("a"), order("b"))
print(K.calls)


async def main():
    print(await K.co(21), await Sub.aco(1), await k.co(4))
    f = K.co
    print(await f(5))


asyncio.run(main())


class P:
    def __init__(self):
        self._v = 0

    def _set(self, v):
        self._v = v * 2

    v = property(lambda self: self._v, _set)
    w = property(lambda self: self._v, functools.partial(lambda tag, self, v: setattr(self, "_v", (tag, v)), "p"))


p = P()
p.v = 4
print(p.v)
p.w = 5
print(p.w)
for i in range(3):
    p.v = i
print(p.v)
