# as_completed yields results in completion order
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    coros = [job("slow", 0.05), job("fast", 0.01), job("mid", 0.03)]
    for fut in asyncio.as_completed(coros):
        print(await fut)
    try:
        for fut in asyncio.as_completed([job("never", 0.2), job("quick", 0)], timeout=0.03):
            print(await fut)
    except TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
