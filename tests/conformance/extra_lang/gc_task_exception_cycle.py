# A task that failed while handling its cancellation: the exception, its
# context, the frame and the task form a cycle the collector frees.
import asyncio, gc, weakref
class S: pass
refs = {}
async def main():
    t = asyncio.current_task()
    s = S()
    refs['task'] = weakref.ref(t)
    refs['local'] = weakref.ref(s)
    asyncio.get_running_loop().call_later(0.01, t.cancel)
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError as c:
        raise TimeoutError
try:
    asyncio.run(main())
except TimeoutError as e:
    pass
print(gc.collect() > 0)
for k, r in refs.items():
    print(k, r() is None)
