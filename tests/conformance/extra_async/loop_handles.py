# Handles from call_soon/call_later/call_at: reprs, when(), cancel(); futures
# run their callbacks on their own loop.
import asyncio
def cb(*a): print("cb", a)
loop = asyncio.new_event_loop()
h = loop.call_soon(cb, 1, "x")
t = loop.call_later(10, print, "later")
print(repr(h).split(" at ")[0], type(h), type(t).__mro__[1], isinstance(t, asyncio.Handle))
print(t.when() - loop.time() > 9.9, h.cancelled())
t.cancel(); print(repr(t).split(" when=")[0], t.cancelled())
loop.run_until_complete(asyncio.sleep(0))
loop.close()

# Task names count across loops, as CPython's one counter does.
async def named():
    return asyncio.current_task().get_name()

print(asyncio.run(named()))
print(asyncio.run(named()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(named()))
fut = loop.create_future()
fut.add_done_callback(cb)
fut.set_result("r")
print(fut.get_loop() is loop, fut.done())
loop.run_until_complete(asyncio.sleep(0))
loop.close()
