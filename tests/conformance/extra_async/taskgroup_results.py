# TaskGroup success path: results collected after the block
import asyncio

async def square(x):
    await asyncio.sleep(0.01 * (3 - x))
    print("square", x)
    return x * x

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(i), name=f"sq{i}") for i in range(3)]
        print("all created")
    print([t.result() for t in tasks])
    print([t.get_name() for t in tasks])
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")

asyncio.run(main())
