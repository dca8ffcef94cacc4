# TaskGroup as in 3.11.7 (the parent's cancellation is always taken back;
# create_task(context=)), Task.get_stack() of a suspended and a finished
# task, and attributes on loop objects.
import asyncio, contextlib, contextvars
class CustomException(Exception):
    pass
async def raise_exc():
    raise CustomException
@contextlib.asynccontextmanager
async def database():
    try:
        yield
    finally:
        raise CustomException
async def main():
    task = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            async with database():
                tg.create_task(raise_exc())
                await asyncio.sleep(1)
    except* CustomException as err:
        print(task.cancelling(), len(err.exceptions))
asyncio.run(main())
cvar = contextvars.ContextVar('cvar')
async def coro(val):
    await asyncio.sleep(0)
    cvar.set(val)
async def main2():
    async with asyncio.TaskGroup() as g:
        ctx = contextvars.copy_context()
        print(ctx.get(cvar))
        t1 = g.create_task(coro(1), context=ctx)
        await t1
        print(ctx.get(cvar))
asyncio.run(main2())
import asyncio
async def worker():
    await asyncio.sleep(0.01)
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    st = t.get_stack()
    print(len(st), st[0].f_code.co_name, st[0].f_lineno)
    await t
    print(t.get_stack())
    loop = asyncio.get_running_loop()
    print(loop.slow_callback_duration)
    loop.slow_callback_duration = 10
    print(asyncio.get_running_loop().slow_callback_duration)
asyncio.run(main())
