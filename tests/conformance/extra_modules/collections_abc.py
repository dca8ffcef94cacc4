# collections.abc: one-trick ABCs recognise classes by their methods,
# builtins are registered, mixins fill in methods, abstract classes refuse
# to instantiate.
import asyncio
import collections
import collections.abc as abc
from collections.abc import (AsyncGenerator, AsyncIterable, AsyncIterator,
                             Awaitable, Callable, Collection, Container,
                             Coroutine, Generator, Hashable, ItemsView,
                             Iterable, Iterator, KeysView, Mapping,
                             MutableMapping, MutableSequence, MutableSet,
                             Reversible, Sequence, Set, Sized, ValuesView)

print(collections.abc is abc, abc.__name__, Iterable, Iterable.__module__)

samples = {
    "list": [1], "tuple": (1,), "str": "s", "bytes": b"b", "dict": {1: 2},
    "set": {1}, "frozenset": frozenset(), "range": range(3), "int": 1,
    "float": 1.5, "None": None, "list_iter": iter([1]), "gen": (x for x in []),
    "keys": {}.keys(), "values": {}.values(), "items": {}.items(),
    "len": len, "lambda": lambda: 0, "deque": collections.deque(),
    "OrderedDict": collections.OrderedDict(), "Counter": collections.Counter(),
    "zip": zip(), "map": map(str, []), "enumerate": enumerate([]),
}
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
        Collection, Callable, Set, MutableSet, Mapping, MutableMapping,
        Sequence, MutableSequence, Awaitable, AsyncIterable]
for name, obj in samples.items():
    print(f"{name:12}", "".join("1" if isinstance(obj, a) else "." for a in abcs))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Ticker:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Waiter:
    def __await__(self):
        yield


class NoHash:
    def __eq__(self, other):
        return True


class Box:
    __iter__ = None


print(isinstance(Countdown(2), Iterator), issubclass(Countdown, Iterable),
      isinstance(Countdown(2), Sized))
print(isinstance(Ticker(), AsyncIterator), isinstance(Ticker(), AsyncIterable),
      isinstance(Ticker(), AsyncGenerator))
print(isinstance(Waiter(), Awaitable), isinstance(Waiter(), Coroutine))
print(isinstance(NoHash(), Hashable), isinstance(object(), Hashable))
print(isinstance(Box(), Iterable))


async def agen():
    yield 1


async def coro():
    return 1


c = coro()
print(isinstance(c, Coroutine), isinstance(c, Awaitable), isinstance(agen(), AsyncGenerator))
c.close()


class Bag(Set):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Bag({self._items})"


a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bag([2]) < a, a == Bag([3, 2, 1]))
print(a.isdisjoint([7, 8]), a.isdisjoint([3]), isinstance(a, Collection))


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r["A"] = 1
r.update({"B": 2}, C=3)
print(r["a"], "b" in r, r.get("z", 0), len(r), list(r.keys()), list(r.items()),
      list(r.values()), r.setdefault("d", 4), r.pop("a"), r.pop("q", None))
print(r == {"b": 2, "c": 3, "d": 4}, r.popitem(), sorted(r))
print(isinstance(r.keys(), KeysView), isinstance(r.items(), ItemsView),
      isinstance(r.values(), ValuesView), ("b", 2) in r.items(), 3 in r.values())
r.clear()
print(len(r))


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


s = Span(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))


class Stack(MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3])
st += [4]
st.reverse()
print(list(st), st.pop(), st.pop(0), list(st))
st.remove(2)
print(list(st))

try:
    Sequence()
except TypeError as e:
    print(e)


class Half(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)


try:
    Half()
except TypeError as e:
    print(e)


class Fake:
    pass


Sized.register(Fake)
print(issubclass(Fake, Sized), isinstance(Fake(), Sized), issubclass(Fake, Collection))
print(MutableMapping.register(Fake) is Fake, issubclass(Fake, Mapping))


async def main():
    print([x async for x in agen()], await Waiter() is None)


asyncio.run(main())
