# Semaphore limits concurrency; track maximum active count
import asyncio

active = 0
peak = 0

async def job(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print("start", n, "active", active)
        await asyncio.sleep(0.01)
        active -= 1
        print("end", n)

async def main():
    sem = asyncio.Semaphore(2)
    print("locked:", sem.locked())
    await asyncio.gather(*(job(sem, i) for i in range(5)))
    print("peak:", peak)
    s0 = asyncio.Semaphore(0)
    print("zero locked:", s0.locked())
    s0.release()
    print("after release:", s0.locked(), await s0.acquire())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
