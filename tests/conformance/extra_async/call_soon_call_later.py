# loop.call_soon / call_later / call_at ordering and handle cancel
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.03, log.append, "later-0.03")
    loop.call_later(0.01, log.append, "later-0.01")
    loop.call_soon(log.append, "soon-1")
    h = loop.call_soon(log.append, "soon-cancelled")
    loop.call_soon(log.append, "soon-2")
    loop.call_at(loop.time() + 0.02, log.append, "at-0.02")
    h2 = loop.call_later(0.015, log.append, "later-cancelled")
    h.cancel()
    h2.cancel()
    print("cancelled flags:", h.cancelled(), h2.cancelled())
    log.append("main-sync")
    await asyncio.sleep(0)
    log.append("main-after-0")
    await asyncio.sleep(0.05)
    for entry in log:
        print(entry)

asyncio.run(main())
