# ordering of several tasks with mixed sleeps
import asyncio

async def worker(name, delays):
    for d in delays:
        print(name, "sleep", d)
        await asyncio.sleep(d)
    print(name, "done")
    return name

async def main():
    tasks = [
        asyncio.create_task(worker("A", [0.03, 0])),
        asyncio.create_task(worker("B", [0, 0, 0])),
        asyncio.create_task(worker("C", [0.01, 0.05])),
        asyncio.create_task(worker("D", [0])),
    ]
    print("created")
    print(await asyncio.gather(*tasks))

asyncio.run(main())
