# callbacks with positional args, scheduled from inside callbacks
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    out = []
    def cb(tag, n):
        out.append(f"{tag}{n}")
        if n < 3:
            loop.call_soon(cb, tag, n + 1)
        elif not done.done():
            done.set_result(tag)
    loop.call_soon(cb, "a", 0)
    loop.call_soon(cb, "b", 1)
    print("winner:", await done)
    await asyncio.sleep(0)
    print(out)

asyncio.run(main())
