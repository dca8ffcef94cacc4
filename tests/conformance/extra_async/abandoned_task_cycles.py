# Pending tasks a closed loop lets go of are garbage when only a cycle
# holds them: a done callback that refers back to its task, gather()'s
# bookkeeping around its children, a coroutine that keeps its own task.
import asyncio
import gc
import weakref


async def sleeper():
    await asyncio.sleep(10)


async def keeps_own_task(box):
    box.append(asyncio.current_task())
    await asyncio.sleep(10)


def abandon(make):
    loop = asyncio.new_event_loop()
    refs = make(loop)
    loop.close()
    del loop
    gc.collect()
    return [r() is None for r in refs]


def callback_cycle(loop):
    t = loop.create_task(sleeper())
    t.add_done_callback(lambda f, t=t: None)
    return [weakref.ref(t)]


def gathered(loop):
    asyncio.set_event_loop(loop)
    children = [loop.create_task(sleeper()) for _ in range(3)]
    outer = asyncio.gather(*children)
    outer.add_done_callback(lambda f: children)
    asyncio.set_event_loop(None)
    return [weakref.ref(c) for c in children]


def own_task(loop):
    box = []
    t = loop.create_task(keeps_own_task(box))
    loop.run_until_complete(asyncio.sleep(0))
    print("started:", box == [t])
    return [weakref.ref(t)]


def plain_future(loop):
    f = loop.create_future()
    f.add_done_callback(lambda x, f=f: None)
    return [weakref.ref(f)]


for name, make in [("callback cycle", callback_cycle), ("gather", gathered),
                   ("own task", own_task), ("future", plain_future)]:
    print(name, abandon(make))

# A task still pending on a running loop is kept (the loop holds it).
async def main():
    t = asyncio.create_task(sleeper())
    t.add_done_callback(lambda f, t=t: None)
    r = weakref.ref(t)
    del t
    gc.collect()
    print("kept while the loop runs:", r() is not None)
    r().cancel()
    await asyncio.sleep(0)
    print("cancelled:", r().cancelled())

asyncio.run(main())
