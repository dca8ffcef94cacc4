# Cancelling a task while it is inside `finally`, and cancelling a task
# whose `finally` itself awaits.
import asyncio

async def cleanup_awaits(log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append("finally start")
        await asyncio.sleep(0.01)
        log.append("finally end")

async def cancelled_twice(log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append("finally start")
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("second cancel in finally")
            raise
        log.append("not reached")

async def swallow_in_finally(log):
    try:
        await asyncio.sleep(10)
    finally:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("swallowed")
    log.append("returned normally")
    return "value"

async def main():
    for fn, cancels in [(cleanup_awaits, 1), (cancelled_twice, 2), (swallow_in_finally, 2)]:
        log = []
        t = asyncio.create_task(fn(log))
        for _ in range(cancels):
            await asyncio.sleep(0.01)
            t.cancel()
        try:
            r = await t
            print(fn.__name__, "result", r)
        except asyncio.CancelledError:
            print(fn.__name__, "cancelled")
        print(log, t.cancelled())

    # Cancelling oneself inside finally.
    async def self_cancel():
        try:
            pass
        finally:
            asyncio.current_task().cancel()
            await asyncio.sleep(0)
            print("not reached")
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("self_cancel cancelled", t.cancelled())

    # uncancel/cancelling counts.
    async def waiter():
        await asyncio.sleep(10)
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel(); t.cancel()
    print("cancelling", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())

asyncio.run(main())
