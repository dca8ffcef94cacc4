# run_in_executor(None, f) returns the function's result
import asyncio

def blocking_add(a, b):
    return a + b

def failing():
    raise ValueError("from executor")

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking_add, 2, 3))
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking_add, i, i) for i in range(4)))
    print(results)
    try:
        await loop.run_in_executor(None, failing)
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.to_thread(blocking_add, "x", "y"))

asyncio.run(main())
