# add_done_callback ordering and removal
import asyncio

order = []

def cb(tag):
    def inner(task):
        order.append(f"{tag}:{task.get_name()}:{task.result()}")
    return inner

async def job(x):
    await asyncio.sleep(0.01 * x)
    order.append(f"job{x}")
    return x * x

async def main():
    t = asyncio.create_task(job(2), name="t")
    u = asyncio.create_task(job(1), name="u")
    first, second, removed = cb("first"), cb("second"), cb("removed")
    t.add_done_callback(first)
    t.add_done_callback(removed)
    t.add_done_callback(second)
    print("removed count:", t.remove_done_callback(removed))
    u.add_done_callback(cb("u-cb"))
    await t
    order.append("after await t")
    await asyncio.sleep(0)
    t.add_done_callback(cb("late"))
    order.append("late added")
    await asyncio.sleep(0)
    for line in order:
        print(line)

asyncio.run(main())
