# source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly 2020), ch. 3 "Starting Up and Shutting Down (Gracefully!)", Examples 3-33 (shell_signal01.py) and 3-34 (shell_signal02.py)
# adapted: instead of a real Ctrl-C / SIGTERM, loop.call_later() raises KeyboardInterrupt (3-33) or calls the signal handler (3-34); sleeps are 0.1 s
import asyncio


# Example 3-33: KeyboardInterrupt as a SIGINT handler
async def main():
    while True:
        print('<Your app is running>')
        await asyncio.sleep(0.1)


def press_ctrl_c():
    raise KeyboardInterrupt


print('--- shell_signal01')
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
task = loop.create_task(main())
loop.call_later(0.25, press_ctrl_c)
try:
    loop.run_until_complete(task)
except KeyboardInterrupt:
    print('Got signal: SIGINT, shutting down.')
tasks = asyncio.all_tasks(loop=loop)
print('tasks still pending:', len(tasks))
for t in tasks:
    t.cancel()
group = asyncio.gather(*tasks, return_exceptions=True)
results = loop.run_until_complete(group)
print('gathered:', [type(r).__name__ for r in results])
loop.close()


# Example 3-34: handle both signals; stop the loop, then cancel the tasks
async def main():
    try:
        while True:
            print('<Your app is running>')
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        for i in range(3):
            print('<Your app is shutting down...>')
            await asyncio.sleep(0.1)


def handler(sig):
    loop.stop()
    print(f'Got signal: {sig!s}, shutting down.')


print('--- shell_signal02')
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.call_later(0.25, handler, 'SIGTERM')
loop.create_task(main())
loop.run_forever()
print('run_forever() returned, running:', loop.is_running())
tasks = asyncio.all_tasks(loop=loop)
for t in tasks:
    t.cancel()
group = asyncio.gather(*tasks, return_exceptions=True)
results = loop.run_until_complete(group)
print('gathered:', results)
loop.close()
