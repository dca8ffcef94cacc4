# low-level Future: set_result, set_exception, callbacks, awaiting
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("callback sees", fut.result()))
    loop.call_later(0.01, f.set_result, "value")
    print("awaiting future")
    print(await f)
    await asyncio.sleep(0)
    g = loop.create_future()
    g.set_exception(KeyError("missing"))
    try:
        await g
    except KeyError as e:
        print("KeyError", e)
    h = loop.create_future()
    try:
        h.set_result(1)
        h.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(h.result(), h.done(), h.cancel())

asyncio.run(main())
