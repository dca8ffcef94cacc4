# sleep(0) round-robin interleaving of tasks
import asyncio

log = []

async def step(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name}-end")

async def main():
    ts = [asyncio.create_task(step(c, n)) for c, n in (("x", 3), ("y", 1), ("z", 2))]
    log.append("main-before")
    await asyncio.sleep(0)
    log.append("main-after-one")
    await asyncio.wait(ts)
    print(" ".join(log))

asyncio.run(main())
