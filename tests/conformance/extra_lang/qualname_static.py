# Functions and classes defined in a function body are named after the
# enclosing function's definition (its code's co_qualname), not after
# whatever its __qualname__ says at run time.
import functools
import sys


def outer():
    def inner():
        pass

    class Local:
        def method(self):
            return sys._getframe().f_code.co_qualname

    return inner.__qualname__, Local.__qualname__, Local().method(), sys._getframe().f_code.co_qualname


print(outer())
outer.__qualname__ = "renamed"
outer.__name__ = "renamed_too"
print(outer())
print(outer.__qualname__, outer.__name__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        def helper():
            return sys._getframe().f_code.co_qualname
        return fn(*args), helper.__qualname__, helper()
    return wrapper


@deco
def target(x):
    return x * 2


print(target.__qualname__, target.__name__)
print(target(21))
print(target(1))


def make():
    def made():
        pass
    return made


made = make()
made.__qualname__ = "top_level_now"
print(bool(made.__code__.co_flags & 0x10), bool(make.__code__.co_flags & 0x10))
