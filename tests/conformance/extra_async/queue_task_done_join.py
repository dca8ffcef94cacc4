# task_done / join across workers
import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        log.append((item, name))
        q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    for i in range(6):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{n}", q, log)) for n in range(2)]
    await q.join()
    print("joined; processed", sorted(i for i, _ in log))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("all cancelled:", all(w.cancelled() for w in workers))
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
