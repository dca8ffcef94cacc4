# Condition: wait, notify(n), notify_all, wait_for predicate
import asyncio

async def consumer(name, cond, box):
    async with cond:
        await cond.wait()
        print(name, "woke, box =", box)

async def main():
    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(consumer(f"c{i}", cond, box)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        box.append(1)
        cond.notify(1)
    await asyncio.sleep(0.01)
    async with cond:
        box.append(2)
        cond.notify_all()
    await asyncio.gather(*ts)
    state = {"n": 0}
    async def bump():
        for _ in range(3):
            await asyncio.sleep(0)
            async with cond:
                state["n"] += 1
                cond.notify_all()
    b = asyncio.create_task(bump())
    async with cond:
        r = await cond.wait_for(lambda: state["n"] >= 3)
        print("predicate satisfied:", r, state["n"])
    await b
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
