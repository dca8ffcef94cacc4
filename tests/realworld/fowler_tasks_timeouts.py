# source: Matthew Fowler, "Python Concurrency with asyncio" (Manning 2022), ch. 2 "asyncio basics", listings 2.9-2.20 (tasks, canceling, wait_for timeouts, shield, futures) and ch. 14 listings 14.1 (TaskRunner on its own loop) and 14.3 (forcing iterations with sleep(0)), https://github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio
# adapted: "seconds" last UNIT = 0.03 s; the counters printed while waiting use distinct offsets so they never coincide with the task's own wake-ups; elapsed times are not printed; util.delay() is inlined.
import asyncio
from asyncio import CancelledError, Future

UNIT = 0.03


async def delay(delay_seconds: int) -> int:
    print(f'sleeping for {delay_seconds} second(s)')
    await asyncio.sleep(delay_seconds * UNIT)
    print(f'finished sleeping for {delay_seconds} second(s)')
    return delay_seconds


print('--- listing 2.9/2.10: running code while other operations complete')


async def hello_every_second():
    for i in range(2):
        await asyncio.sleep(1.1 * UNIT)
        print("I'm running other code while I'm waiting!")


async def main_2_10():
    first_delay = asyncio.create_task(delay(3))
    second_delay = asyncio.create_task(delay(3))
    await hello_every_second()
    await first_delay
    await second_delay


asyncio.run(main_2_10())

print('--- listing 2.11: canceling a task')


async def main_2_11():
    long_task = asyncio.create_task(delay(10))

    seconds_elapsed = 0

    while not long_task.done():
        print('Task not finished, checking again in a second.')
        await asyncio.sleep(1.05 * UNIT)
        seconds_elapsed = seconds_elapsed + 1
        if seconds_elapsed == 5:
            long_task.cancel()

    try:
        await long_task
    except CancelledError:
        print('Our task was cancelled')


asyncio.run(main_2_11())

print('--- listing 2.12: a timeout with wait_for')


async def main_2_12():
    delay_task = asyncio.create_task(delay(2))
    try:
        result = await asyncio.wait_for(delay_task, timeout=1 * UNIT)
        print(result)
    except asyncio.exceptions.TimeoutError:
        print('Got a timeout!')
        print(f'Was the task cancelled? {delay_task.cancelled()}')


asyncio.run(main_2_12())

print('--- listing 2.13: shielding a task from cancellation')


async def main_2_13():
    task = asyncio.create_task(delay(10))

    try:
        result = await asyncio.wait_for(asyncio.shield(task), 5 * UNIT)
        print(result)
    except asyncio.TimeoutError:
        print("Task took longer than five seconds, it will finish soon!")
        result = await task
        print(result)


asyncio.run(main_2_13())

print('--- listings 2.14/2.15: the basics of futures')

my_future = Future(loop=asyncio.new_event_loop())
print(f'Is my_future done? {my_future.done()}')
my_future.set_result(42)
print(f'Is my_future done? {my_future.done()}')
print(f'What is the result of my_future? {my_future.result()}')


def make_request() -> Future:
    future = Future()
    asyncio.create_task(set_future_value(future))
    return future


async def set_future_value(future) -> None:
    await asyncio.sleep(1 * UNIT)
    future.set_result(42)


async def main_2_15():
    future = make_request()
    print(f'Is the future done? {future.done()}')
    value = await future
    print(f'Is the future done? {future.done()}')
    print(value)


asyncio.run(main_2_15())

print('--- listing 2.16: creating an event loop manually')


async def main_2_16():
    await asyncio.sleep(1 * UNIT)
    return 'done'


loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(main_2_16()))
finally:
    loop.close()
print(f'loop closed: {loop.is_closed()}')

print('--- listing 2.17: accessing the event loop')


def call_later():
    print("I'm being called in the future!")


async def main_2_17():
    loop = asyncio.get_running_loop()
    loop.call_soon(call_later)
    await delay(1)


asyncio.run(main_2_17())

print('--- listing 14.1: a task runner with its own loop')


class TaskRunner:

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.tasks = []

    def add_task(self, func):
        self.tasks.append(func)

    async def _run_all(self):
        awaitable_tasks = []

        for task in self.tasks:
            if asyncio.iscoroutinefunction(task):
                awaitable_tasks.append(asyncio.create_task(task()))
            elif asyncio.iscoroutine(task):
                awaitable_tasks.append(asyncio.create_task(task))
            else:
                self.loop.call_soon(task)

        await asyncio.gather(*awaitable_tasks)

    def run(self):
        self.loop.run_until_complete(self._run_all())
        self.loop.close()


def regular_function():
    print('Hello from a regular function!')


async def coroutine_function():
    print('Running coroutine, sleeping!')
    await asyncio.sleep(1 * UNIT)
    print('Finished sleeping!')


runner = TaskRunner()
runner.add_task(coroutine_function)
runner.add_task(coroutine_function())
runner.add_task(regular_function)

runner.run()

print('--- listing 14.3: forcing an iteration with sleep(0)')


async def create_tasks_no_sleep():
    task1 = asyncio.create_task(delay(1))
    task2 = asyncio.create_task(delay(2))
    print('Gathering tasks:')
    await asyncio.gather(task1, task2)


async def create_tasks_sleep():
    task1 = asyncio.create_task(delay(1))
    await asyncio.sleep(0)
    task2 = asyncio.create_task(delay(2))
    await asyncio.sleep(0)
    print('Gathering tasks:')
    await asyncio.gather(task1, task2)


async def main_14_3():
    print('--- Testing without asyncio.sleep(0) ---')
    await create_tasks_no_sleep()
    print('--- Testing with asyncio.sleep(0) ---')
    await create_tasks_sleep()


asyncio.run(main_14_3())
