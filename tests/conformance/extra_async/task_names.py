# create_task with name, get_name, set_name, current_task
import asyncio

async def who():
    t = asyncio.current_task()
    return t.get_name()

async def main():
    t1 = asyncio.create_task(who(), name="alpha")
    t2 = asyncio.create_task(who(), name="beta")
    print(t1.get_name(), t2.get_name())
    t2.set_name("gamma")
    print(await t1, await t2)
    t3 = asyncio.create_task(who())
    print(t3.get_name().startswith("Task-"))
    await t3
    t4 = asyncio.create_task(who(), name=42)
    print(repr(await t4))
    print(asyncio.current_task().get_name() != "alpha")

asyncio.run(main())
