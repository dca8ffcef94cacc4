import asyncio


def f(*a, **k):
    return a, k


class A:
    def m(self, *a, **k):
        return a

    @staticmethod
    def s(*a):
        return a


cases = [
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(**{1: 2}),
    lambda: f(a=1, **{'a': 2}),
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: A().m(*None),
    lambda: A.s(*5),
    lambda: A(*3),
    lambda: print(*4),
    lambda: [].append(*5),
    lambda: len(**[]),
    lambda: int(*1.5),
    lambda: dict(**{'x': 1}, **{'x': 2}),
    lambda: (lambda *a: a)(*7),
    lambda: [*5],
    lambda: {**[]},
    lambda: f(*[1, 2], *(3,), **{'b': 1}, c=2),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)


async def main():
    async def g(*a):
        return a
    try:
        await g(*await asyncio.sleep(0, 5))
    except TypeError as e:
        print("TypeError:", e)
    print(await g(*await asyncio.sleep(0, [1, 2])))


asyncio.run(main())
