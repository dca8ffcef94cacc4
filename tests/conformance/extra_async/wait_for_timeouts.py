# wait_for: success, timeout, timeout=None, cancellation of inner task
import asyncio

async def slow(d, tag):
    try:
        await asyncio.sleep(d)
        return tag
    except asyncio.CancelledError:
        print(tag, "was cancelled")
        raise

async def main():
    print(await asyncio.wait_for(slow(0.01, "fast"), timeout=0.5))
    try:
        await asyncio.wait_for(slow(0.2, "slow"), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e.args, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(slow(0, "none"), timeout=None))
    t = asyncio.create_task(slow(0.2, "task"))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled?", t.cancelled())

asyncio.run(main())
