# gather of tasks that already finished, and mixing coroutines with tasks
import asyncio

async def val(x):
    return x

async def main():
    t1 = asyncio.create_task(val(1))
    t2 = asyncio.create_task(val(2))
    await asyncio.sleep(0)
    print(t1.done(), t2.done())
    print(await asyncio.gather(t1, t2))
    print(await asyncio.gather(t2, val(3), t1, t1))
    f = asyncio.get_running_loop().create_future()
    f.set_result("future")
    print(await asyncio.gather(f, val("coro")))

asyncio.run(main())
