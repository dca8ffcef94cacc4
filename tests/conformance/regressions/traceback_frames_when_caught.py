# Which frames an exception's traceback holds: the frame that catches it,
# a `raise e` that re-raises it (again), a bare `raise` (not again), a
# finally block, a with block, recursion and coroutines.
import asyncio
import traceback


def lines(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def g(n):
    if n == 0:
        1 / 0
    g(n - 1)


try:
    g(2)
except ZeroDivisionError as e:
    print(lines(e))
    try:
        raise e
    except ZeroDivisionError as e2:
        print(lines(e2))


def bare():
    try:
        int("x")
    except ValueError:
        raise


def with_finally():
    try:
        bare()
    finally:
        pass


try:
    with_finally()
except ValueError as e:
    print(lines(e))


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def in_with():
    with Quiet():
        [][1]


try:
    in_with()
except IndexError as e:
    print(lines(e))


async def inner():
    await asyncio.sleep(0)
    raise RuntimeError("deep")


async def outer():
    try:
        await inner()
    except RuntimeError as e:
        return lines(e)


print(asyncio.run(outer()))
