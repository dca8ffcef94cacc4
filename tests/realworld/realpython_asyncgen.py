# source: https://realpython.com/async-io-python/ (section "Other Features: async for and Async Generators + Comprehension": mygen powers of 2)
# adapted: asyncio.sleep(0.1) -> 0.01; the REPL echoes of g and f become print() calls; an explicit async for loop over mygen is added as in the text.
import asyncio


async def mygen(u: int = 10):
    """Yield powers of 2."""
    i = 0
    while i < u:
        yield 2 ** i
        i += 1
        await asyncio.sleep(0.01)


async def main():
    # This does *not* introduce concurrent execution
    # It is meant to show syntax only
    g = [i async for i in mygen()]
    f = [j async for j in mygen() if not (j // 3 % 5)]
    return g, f


async def loop_form():
    # The same iteration written as an explicit async for statement
    async for power in mygen(5):
        print(power, end=" ")
    print()


g, f = asyncio.run(main())
print(g)
print(f)
asyncio.run(loop_form())
print(mygen.__doc__)
print(type(mygen()).__name__)
