# sys._getframe and frame objects: names, live line numbers, f_back,
# f_globals; coroutine and generator frames are on the stack while they run.
import asyncio
import sys


def f():
    g()


def g():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    b = fr.f_back.f_back
    print(b.f_code.co_name, b.f_lineno, b.f_back)
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_globals["__name__"])
    print(fr.f_lineno)
    try:
        sys._getframe(10)
    except ValueError as e:
        print(e)


class C:
    x = sys._getframe().f_code.co_name

    def m(self):
        return sys._getframe(1).f_lineno


print(C.x, C().m())
f()


async def inner():
    await asyncio.sleep(0)
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_lineno)


async def outer():
    await inner()


asyncio.run(outer())


def gen():
    yield sys._getframe(1).f_code.co_name
    yield sys._getframe(1).f_code.co_name


def user():
    it = gen()
    print(next(it))
    print(next(it))


user()
here = sys._getframe()
print(here.f_code.co_firstlineno, here.f_code.co_filename == __file__, here.f_back)


def outer_fn():
    return sys._getframe()


done = outer_fn()
print(done.f_code.co_name, done.f_code.co_qualname, done.f_lineno)
print(sys._getframe(-3).f_code.co_name)
try:
    sys._getframe("x")
except TypeError as e:
    print(e)
