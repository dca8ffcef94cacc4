# uncaught exception from inside an async generator consumed by async for
import asyncio

async def records():
    yield {"id": 1}
    yield {"id": 2}
    yield {}

async def main():
    async for r in records():
        print("record", r["id"])

asyncio.run(main())
