# join() waits for every task_done(); task_done() too often raises
import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        log.append(f"{name}:{item}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    print(str(q))
    for i in range(6):
        q.put_nowait(i)
    print(str(q))
    ws = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print(log, str(q))
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    q.put_nowait("x")
    waiters = [asyncio.create_task(q.join()) for _ in range(2)]
    await asyncio.sleep(0)
    print([w.done() for w in waiters])
    q.get_nowait()
    q.task_done()
    await asyncio.sleep(0)
    print([w.done() for w in waiters])

asyncio.run(main())
