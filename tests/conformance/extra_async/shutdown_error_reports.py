# asyncio.run and Runner report what fails while shutting down: an async
# generator whose aclose() raises (kept alive, or abandoned and cancelled
# before its aclose() task ran), a task that raises instead of cancelling.
import asyncio, gc
messages = []
def exception_handler(loop, context):
    messages.append(context)
async def async_iterate():
    try:
        yield 1
        yield 2
    finally:
        1/0
it = async_iterate()
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(exception_handler)
    async for i in it:
        break
asyncio.run(main())
message, = messages
print(message['asyncgen'] is it, type(message['exception']).__name__, message['message'].split(' <')[0])
messages.clear()
async def main2():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(exception_handler)
    async for i in async_iterate():
        break
    gc.collect()
asyncio.run(main2())
message, = messages
print(type(message['exception']).__name__, message['message'], sorted(message))
messages.clear()
async def failing_on_cancel():
    try:
        await asyncio.sleep(10)
    finally:
        raise KeyError("boom")
async def main3():
    asyncio.get_running_loop().set_exception_handler(exception_handler)
    asyncio.create_task(failing_on_cancel())
    await asyncio.sleep(0)
asyncio.run(main3())
print([(type(m['exception']).__name__, m['message']) for m in messages])
messages.clear()
with asyncio.Runner() as r:
    r.get_loop().set_exception_handler(exception_handler)
    r.run(main3())
print([(type(m['exception']).__name__, m['message']) for m in messages])
