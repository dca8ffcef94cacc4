# asyncio.wait with FIRST_COMPLETED / ALL_COMPLETED / timeout
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    ts = [asyncio.create_task(job(d), name=f"j{d}") for d in (0.05, 0.01, 0.03)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print("done:", sorted(t.get_name() for t in done), "pending:", len(pending))
    print(sorted(t.result() for t in ts))
    ts = [asyncio.create_task(job(d), name=f"k{d}") for d in (0.01, 0.2)]
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print("timeout done:", sorted(t.get_name() for t in done))
    print("timeout pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
