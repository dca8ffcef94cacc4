# Lock: FIFO acquisition, locked(), releasing an unlocked lock
import asyncio

async def critical(name, lock):
    async with lock:
        print(name, "enter")
        await asyncio.sleep(0.005)
        print(name, "exit")

async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    await asyncio.gather(*(critical(n, lock) for n in ("a", "b", "c")))
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
