# an async generator re-yielding from another that raises mid-way
import asyncio

async def source():
    yield 1
    yield 2
    raise KeyError("source failed")

async def relay():
    try:
        async for v in source():
            yield v * 10
    except KeyError as e:
        print("relay saw", repr(e))
        yield -1
    print("relay done")

async def main():
    results = []
    async for v in relay():
        results.append(v)
        print("main got", v)
    print(results)

asyncio.run(main())
