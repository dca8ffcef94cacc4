# ExitStack / AsyncExitStack unwind exit callbacks with the exception
# chaining that nested `with` statements would give.
import asyncio
from contextlib import AsyncExitStack, ExitStack


def raise_exc(exc):
    raise exc


saved = None


def suppress_exc(*exc_details):
    global saved
    saved = exc_details
    return True


try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError)
        stack.callback(raise_exc, KeyError)
        stack.callback(raise_exc, AttributeError)
        stack.push(suppress_exc)
        stack.callback(raise_exc, ValueError)
        1 / 0
except IndexError as exc:
    chain = []
    while exc is not None:
        chain.append(type(exc).__name__)
        exc = exc.__context__
    print(chain)
print(type(saved[1]).__name__, type(saved[1].__context__).__name__)

with ExitStack() as stack:
    cb = stack.callback(print, "callback", "args", sep="-")
    print(stack._exit_callbacks[-1][1].__wrapped__ is print)


class CM:
    def __enter__(self):
        return "entered"

    def __exit__(self, *a):
        print("exit", a[0])


with ExitStack() as stack:
    print(stack.enter_context(CM()))
    print(stack._exit_callbacks[-1][1].__self__.__class__.__name__)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)


async def main():
    async def acb(x):
        print("async callback", x)

    try:
        async with AsyncExitStack() as stack:
            stack.callback(raise_exc, KeyError)
            stack.push_async_callback(acb, 1)
            stack.callback(raise_exc, AttributeError)
            1 / 0
    except KeyError as exc:
        print(type(exc.__context__).__name__, type(exc.__context__.__context__).__name__)
    async with AsyncExitStack() as stack:
        f = stack.push_async_callback(acb, 2)
        print(f is acb, stack._exit_callbacks[-1][1].__wrapped__ is acb)
        other = stack.pop_all()
    await other.aclose()


asyncio.run(main())
