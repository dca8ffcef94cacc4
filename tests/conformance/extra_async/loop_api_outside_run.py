# The event-loop API of code written before asyncio.run.
import asyncio


async def work(x, delay=0.01):
    await asyncio.sleep(delay)
    return x * 2


async def fail():
    await asyncio.sleep(0)
    raise ValueError("boom")


loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())
print(repr(loop))
print(loop.run_until_complete(work(21)))

# A task made on the loop before it runs, a plain future, an awaitable.
task = loop.create_task(work(5))
print(task.done())
print(loop.run_until_complete(task), task.done())

fut = loop.create_future()
loop.call_soon(fut.set_result, "from call_soon")
print(loop.run_until_complete(fut))

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaited"

print(loop.run_until_complete(Awaitable()))

try:
    loop.run_until_complete(fail())
except ValueError as e:
    print("ValueError:", e)

try:
    loop.run_until_complete(42)
except TypeError as e:
    print("TypeError:", e)

# Callbacks: FIFO, then timers by deadline.
order = []
loop.call_later(0.02, order.append, "later 0.02")
loop.call_later(0.01, order.append, "later 0.01")
loop.call_soon(order.append, "soon 1")
loop.call_soon(order.append, "soon 2")
handle = loop.call_soon(order.append, "cancelled")
handle.cancel()
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(order)

# stop() from inside a task.
async def stopper():
    await asyncio.sleep(0)
    print("running:", loop.is_running(), asyncio.get_event_loop() is loop)
    loop.stop()

loop.create_task(stopper())
loop.run_forever()
print("after run_forever")

# Running a loop inside itself, and closing a running loop.
async def nested():
    try:
        loop.run_until_complete(work(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)

loop.run_until_complete(nested())

t0 = loop.time()
loop.run_until_complete(asyncio.sleep(0.01))
print(loop.time() > t0)

loop.close()
print(loop.is_closed(), repr(loop))
loop.close()
for call in [lambda: loop.run_until_complete(work(1)), lambda: loop.call_soon(print), lambda: loop.run_forever()]:
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)

# A new loop, set as current.
new = asyncio.new_event_loop()
print(new is not loop, asyncio.get_event_loop() is loop)
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")

async def take_one():
    g = agen()
    print(await g.__anext__())
    return g

g = new.run_until_complete(take_one())
new.run_until_complete(new.shutdown_asyncgens())
new.close()

asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

# asyncio.run closes its own loop.
async def main():
    return asyncio.get_running_loop()

ran = asyncio.run(main())
print(ran.is_closed())

# asyncio.Runner.
with asyncio.Runner() as runner:
    print(runner.run(work(3)), runner.run(work(4)))
    print(runner.get_loop().is_closed())
print(runner.get_loop if False else "closed runner")
try:
    runner.run(work(1))
except RuntimeError as e:
    print("RuntimeError:", e)

runner = asyncio.Runner()
try:
    runner.run(42)
except ValueError as e:
    print("ValueError:", e)
runner.close()
