# function.__code__, inspect.currentframe and the CO_* flags.
import inspect


def plain(a, b, /, c, *args, d, **kw):
    x = 1
    return x


async def coro():
    pass


async def agen():
    yield


def gen():
    yield


def outer():
    def nested():
        pass
    return nested


for f in (plain, coro, agen, gen, outer(), outer):
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_firstlineno, c.co_flags, c.co_argcount,
          c.co_posonlyargcount, c.co_kwonlyargcount)
print(plain.__code__.co_varnames)
print(bool(coro.__code__.co_flags & inspect.CO_COROUTINE),
      bool(gen.__code__.co_flags & inspect.CO_GENERATOR),
      bool(agen.__code__.co_flags & inspect.CO_ASYNC_GENERATOR))


@staticmethod
def decorated():
    pass


print(decorated.__func__.__code__.co_firstlineno)
frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_lineno, inspect.isframe(frame), inspect.iscode(frame.f_code))


def where():
    return inspect.currentframe().f_back.f_lineno


print(where())
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
