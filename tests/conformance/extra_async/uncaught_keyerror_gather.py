# uncaught KeyError from one gathered task
import asyncio

config = {"host": "localhost"}

async def read(key, d):
    await asyncio.sleep(d)
    print("reading", key)
    return config[key]

async def main():
    values = await asyncio.gather(read("host", 0), read("port", 0.01), read("host", 0.02))
    print("never", values)

asyncio.run(main())
