# asynccontextmanager objects work as decorators and let StopAsyncIteration through.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def tag(name):
    print("enter", name)
    yield
    print("exit", name)


@tag("deco")
async def work():
    print("working")


async def g():
    yield 1


async def main():
    await work()
    try:
        async with tag("x"):
            raise StopAsyncIteration("x")
    except StopAsyncIteration as e:
        print("propagated", e)
    a = g()
    await a.aclose()
    print(await a.athrow(ValueError("late")))


asyncio.run(main())
