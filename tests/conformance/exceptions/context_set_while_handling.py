# An exception raised while another is handled gets it as __context__ even
# when it is caught before leaving the handler (including inside __exit__
# and finally blocks), as CPython sets the context at the raise.
import asyncio
import sys


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        try:
            raise KeyError(1)
        except KeyError as e:
            print("in __exit__:", repr(e.__context__))
        return True


with CM():
    1 / 0

try:
    1 / 0
except ZeroDivisionError:
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("nested:", repr(e.__context__))

try:
    try:
        raise OSError("pending")
    finally:
        try:
            raise TypeError("in finally")
        except TypeError as e:
            print("finally:", repr(e.__context__))
except OSError:
    pass

e = LookupError("made earlier")
try:
    1 / 0
except ZeroDivisionError:
    try:
        raise e
    except LookupError as caught:
        print("raised later:", repr(caught.__context__))

explicit = RuntimeError("explicit")
explicit.__context__ = None
try:
    raise IndexError
except IndexError:
    try:
        raise explicit
    except RuntimeError as caught:
        print("kept:", repr(caught.__context__))

print(repr(sys.exc_info()[1]))


class ACM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        try:
            raise KeyError(2)
        except KeyError as e:
            print("in __aexit__:", repr(e.__context__))
        return True


async def main():
    async with ACM():
        raise ValueError("body")


asyncio.run(main())
