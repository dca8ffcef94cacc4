# Event: several waiters released by one set(); clear/is_set
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")

async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    ts = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    await asyncio.gather(*ts)
    print("is_set:", ev.is_set())
    print("wait on set event:", await ev.wait())
    ev.clear()
    print("after clear:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("cleared event blocks")

asyncio.run(main())
