# The exception being handled belongs to the task (and generator) handling it.
import asyncio
import sys


async def other():
    try:
        raise
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(sys.exc_info()[0])


def gen():
    try:
        raise ValueError
    except ValueError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]


async def main():
    try:
        raise KeyError("k")
    except KeyError:
        await asyncio.create_task(other())
        print(sys.exc_info()[0])
    g = gen()
    print(next(g), sys.exc_info()[0], next(g))


asyncio.run(main())
