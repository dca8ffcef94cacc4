# Special methods that are descriptors (an object whose class defines
# __get__) are bound through __get__ wherever the interpreter looks them up
# on the type: calls, attribute hooks, operators, iteration, async protocols.
class D:
    def __init__(self, label): self.label = label
    def __get__(self, obj, owner):
        def f(*a):
            print(self.label, type(obj).__name__, len(a))
            return 7
        return f

class C:
    __call__ = D("call")
    __getattr__ = D("getattr")
    __len__ = D("len")
    __iter__ = D("iter")

c = C()
print(c(1, 2))
print(c.missing)
print(len(c))
import asyncio
class D2:
    def __init__(self, label, ret): self.label, self.ret = label, ret
    def __get__(self, obj, owner):
        def f(*a):
            print(self.label, len(a))
            return self.ret(obj) if callable(self.ret) else self.ret
        return f

class It:
    def __init__(self): self.n = 0
    def step(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n

class C:
    __iter__ = D2("iter", lambda o: o)
    __next__ = D2("next", lambda o: o.it.step())
    __getitem__ = D2("getitem", 5)
    __contains__ = D2("contains", True)
    __bool__ = D2("bool", False)
    __repr__ = D2("repr", "<C>")
    __eq__ = D2("eq", True)
    __hash__ = D2("hash", 3)
    __add__ = D2("add", 10)
    __neg__ = D2("neg", -1)
    def __init__(self): self.it = It()

c = C()
print(list(c))
print(c[0], 1 in c, bool(c), repr(c), c == 1, hash(c), c + 1, -c)

class A:
    __aiter__ = D2("aiter", lambda o: o)
    __anext__ = D2("anext", lambda o: o.nxt())
    __await__ = D2("await", lambda o: iter([]))
    def __init__(self): self.k = 0
    async def _n(self):
        self.k += 1
        if self.k > 2: raise StopAsyncIteration
        return self.k
    def nxt(self): return self._n()

async def main():
    async for x in A():
        print("got", x)
    print(await A())
asyncio.run(main())
