# Locks, conditions and queues belong to the loop that first waits on
# them; waiting from another loop is CPython's RuntimeError.
import asyncio
async def main():
    loop = asyncio.new_event_loop()
    try:
        asyncio.Lock(loop=loop)
    except TypeError as e:
        print("TypeError", e)
    lock = asyncio.Lock()
    lock._loop = loop
    async with lock:
        cond = asyncio.Condition(lock)
        try:
            await cond.acquire()
        except RuntimeError as e:
            print(str(e).split(" is bound")[0].split(" object at")[0], "is bound" in str(e))
    lock = asyncio.Lock()
    async with lock:
        cond = asyncio.Condition(lock)
        cond._loop = loop
        try:
            await cond.wait()
        except RuntimeError as e:
            print("is bound to a different event loop" in str(e))
    q = asyncio.Queue()
    q._loop = loop
    try:
        await q.get()
    except RuntimeError as e:
        print("queue", "is bound to a different event loop" in str(e))
    loop.close()
asyncio.run(main())
