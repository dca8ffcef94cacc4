# __context__ is set by each raise statement (replacing an older one, cutting
# cycles) and an explicit assignment, None included, is kept.
from contextlib import contextmanager, ExitStack
class MyException(Exception):
    pass
@contextmanager
def my_cm():
    try:
        yield
    except BaseException:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None
@contextmanager
def my_cm_with_exit_stack():
    with ExitStack() as stack:
        stack.enter_context(my_cm())
        yield stack
for cm in (my_cm, my_cm_with_exit_stack):
    try:
        with cm():
            raise IndexError()
    except MyException as exc:
        print(exc.__context__)
# re-raise overwrites
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        saved = k
    try:
        1/0
    except ZeroDivisionError:
        raise saved
except KeyError as e:
    print(repr(e.__context__))
# cycle cut
try:
    try:
        raise ValueError("outer")
    except ValueError as v:
        try:
            raise TypeError("inner")
        except TypeError as t:
            raise v
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
