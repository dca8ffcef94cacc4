# asyncio.wait with FIRST_EXCEPTION
import asyncio

async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"failed after {d}")
    return d

async def main():
    ts = {
        "a": asyncio.create_task(job(0.01)),
        "b": asyncio.create_task(job(0.02, fail=True)),
        "c": asyncio.create_task(job(0.2)),
    }
    done, pending = await asyncio.wait(ts.values(), return_when=asyncio.FIRST_EXCEPTION)
    for name in sorted(ts):
        t = ts[name]
        state = "done" if t in done else "pending" if t in pending else "?"
        print(name, state)
    print(repr(ts["b"].exception()))
    ts["c"].cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
