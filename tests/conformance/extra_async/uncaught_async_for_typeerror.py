# uncaught TypeError from async for over a plain list
import asyncio

async def main():
    items = [1, 2, 3]
    print("start")
    async for x in items:
        print(x)

asyncio.run(main())
