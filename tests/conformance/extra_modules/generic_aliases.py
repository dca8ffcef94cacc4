# PEP 585 generic aliases: list[int], dict[str, list[int]], asyncio.Queue[int],
# collections.abc.Iterable[str]; PEP 560 __mro_entries__ for bases.
import asyncio
import collections
import collections.abc as cabc
import contextlib
import contextvars
import types

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(type(list[int]) is types.GenericAlias, list[int].__origin__, list[int].__args__)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int](range(3)), dict[str, int](a=1))
print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[int])
print(collections.deque[int], collections.OrderedDict[str, int], collections.defaultdict[str, list])
print(cabc.Iterable[str], cabc.Mapping[str, int], cabc.AsyncIterator[bytes])
print(contextvars.ContextVar[int], contextlib.AbstractContextManager[int])
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)), list[int] | None, int | dict[str, int])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)


class Numbers(list[int]):
    pass


print(Numbers.__mro__, Numbers.__orig_bases__, Numbers([1, 2]))


def annotated(xs: cabc.Iterable[str]) -> dict[str, int]:
    return {x: len(x) for x in xs}


print(annotated(["ab", "c"]), annotated.__annotations__["return"])


class Resource(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("exit")


with Resource() as r:
    print(type(r).__name__)
print(issubclass(Resource, contextlib.AbstractContextManager))


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class APlain:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


print(isinstance(Plain(), contextlib.AbstractContextManager),
      isinstance(APlain(), contextlib.AbstractAsyncContextManager),
      isinstance(object(), contextlib.AbstractContextManager))


class Tracked(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("leave")
        return False


@Tracked()
def work(x):
    print("work", x)
    return x * 2


print(work(21), work.__name__)


class ATracked(contextlib.AsyncContextDecorator):
    async def __aenter__(self):
        print("aenter")
        return self

    async def __aexit__(self, *exc):
        print("aexit")
        return False


@ATracked()
async def awork():
    return "done"


print(asyncio.run(awork()))
