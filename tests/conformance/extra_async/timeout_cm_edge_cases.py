# asyncio.timeout: expired(), when(), timeout(None), reschedule
import asyncio

async def main():
    async with asyncio.timeout(None) as cm:
        print("when None:", cm.when())
        await asyncio.sleep(0.01)
    print("expired:", cm.expired())
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(0.2)
    except TimeoutError:
        print("caught TimeoutError, expired:", cm.expired())
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.5)
        print("rescheduled:", cm.when() is not None)
        await asyncio.sleep(0.01)
    print("not expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            cm.reschedule(None)
            await asyncio.sleep(0.05)
            print("survived after reschedule(None)")
    except TimeoutError:
        print("unexpected")
    try:
        async with asyncio.timeout(-1):
            print("body runs with past deadline")
            await asyncio.sleep(0)
            print("not printed")
    except TimeoutError:
        print("past deadline -> TimeoutError")

asyncio.run(main())
