# Task done/result/exception/cancelled in different states
import asyncio

async def ok():
    await asyncio.sleep(0)
    return 5

async def bad():
    await asyncio.sleep(0)
    raise ValueError("bad task")

async def main():
    t = asyncio.create_task(ok())
    print("done before:", t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.01)
    print("done after:", t.done(), t.result(), t.exception(), t.cancelled())
    b = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print("bad done:", b.done(), repr(b.exception()), b.cancelled())
    try:
        b.result()
    except ValueError as e:
        print("result raised", e)
    c = asyncio.create_task(ok())
    print("cancel:", c.cancel(), c.cancelled())
    await asyncio.sleep(0)
    print("cancelled:", c.cancelled(), c.done(), c.cancel())
    try:
        c.exception()
    except asyncio.CancelledError:
        print("exception() raised CancelledError")

asyncio.run(main())
