# uncaught TimeoutError from asyncio.timeout
import asyncio

async def main():
    async with asyncio.timeout(0.01):
        print("inside timeout block")
        await asyncio.sleep(0.1)
    print("never")

asyncio.run(main())
