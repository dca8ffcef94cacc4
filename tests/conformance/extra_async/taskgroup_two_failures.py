# TaskGroup: two failing tasks of different types
import asyncio

async def fail_value():
    await asyncio.sleep(0)
    raise ValueError("v")

async def fail_key():
    await asyncio.sleep(0)
    raise KeyError("k")

async def fail_value2():
    await asyncio.sleep(0)
    raise ValueError("v2")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_value())
            tg.create_task(fail_key())
            tg.create_task(fail_value2())
    except* ValueError as eg:
        print("values:", repr(eg.exceptions))
    except* KeyError as eg:
        print("keys:", repr(eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_value())
            tg.create_task(fail_value2())
    except ExceptionGroup as eg:
        print(eg)
        print([str(e) for e in eg.exceptions])

asyncio.run(main())
