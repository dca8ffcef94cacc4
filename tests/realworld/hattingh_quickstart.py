# source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly 2020), ch. 3 "Quickstart", Examples 3-1, 3-2 and 3-3
# adapted: time.ctime() stamps dropped, sleeps shortened; the three examples run in one script, so 3-2 and 3-3 get a fresh loop
import asyncio
import time


# Example 3-1: the "Hello World" of asyncio
async def main():
    print('Hello!')
    await asyncio.sleep(0.1)
    print('Goodbye!')


print('--- Example 3-1: asyncio.run()')
asyncio.run(main())


# Example 3-2: the same program with the loop API
print('--- Example 3-2: the loop API')
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
task = loop.create_task(main())
loop.run_until_complete(task)
pending = asyncio.all_tasks(loop=loop)
print('pending after main:', len(pending))
for task in pending:
    task.cancel()
group = asyncio.gather(*pending, return_exceptions=True)
loop.run_until_complete(group)
loop.close()
print('closed:', loop.is_closed())


# Example 3-3: the executor interface
async def main():
    print('Hello!')
    await asyncio.sleep(0.2)
    print('Goodbye!')


def blocking():
    # time.sleep() would block the event loop, so it runs in the executor
    time.sleep(0.1)
    print('Hello from a thread!')


print('--- Example 3-3: run_in_executor()')
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
task = loop.create_task(main())

loop.run_in_executor(None, blocking)
loop.run_until_complete(task)

pending = asyncio.all_tasks(loop=loop)
for task in pending:
    task.cancel()
group = asyncio.gather(*pending, return_exceptions=True)
loop.run_until_complete(group)
loop.close()
print('done')
