# source: superfastpython.com (Jason Brownlee), "How to Use an Asyncio Semaphore" and "Asyncio Barrier in Python" tutorials: tasks limited by a Semaphore(2), a Barrier joined by workers plus main, a barrier wait with a timeout, and an aborted barrier raising BrokenBarrierError, https://superfastpython.com/asyncio-semaphore/ and https://superfastpython.com/asyncio-barrier/
# adapted: random.seed(2912) and every random() sleep is scaled by 0.1; the seed was picked so no two tasks wake within 30 ms of each other; the barrier examples use fixed, distinct delays.
# SuperFastPython.com
import asyncio
import random

SCALE = 0.1

print('--- example of using an asyncio semaphore')


# task coroutine
async def task(semaphore, number):
    # acquire the semaphore
    async with semaphore:
        # generate a random value between 0 and 1
        value = random.random()
        # block for a moment
        await asyncio.sleep(value * SCALE)
        # report a message
        print(f'Task {number} got {value:.2f}')


# main coroutine
async def main_semaphore():
    # create the shared semaphore
    semaphore = asyncio.Semaphore(2)
    # create and schedule tasks
    tasks = [asyncio.create_task(task(semaphore, i)) for i in range(8)]
    # wait for all tasks to complete
    _ = await asyncio.wait(tasks)
    print(f'semaphore locked: {semaphore.locked()}')


random.seed(2912)
asyncio.run(main_semaphore())

print('--- example of using an asyncio barrier')


# coroutine that does work then waits on the barrier
async def worker(barrier, number, value):
    # block for a moment
    await asyncio.sleep(value * SCALE)
    # report result
    print(f'Task {number} done, got: {value}')
    # wait on all other tasks to complete
    index = await barrier.wait()
    return index


async def main_barrier():
    # create a barrier for the workers and main
    barrier = asyncio.Barrier(5 + 1)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    values = [0.5, 0.2, 0.9, 0.35, 0.65]
    tasks = [asyncio.create_task(worker(barrier, i, v)) for i, v in enumerate(values)]
    print('Main is waiting on all results...')
    # wait on all tasks
    index = await barrier.wait()
    # report once all tasks are done
    print(f'All tasks have completed (main got index {index})')
    indexes = await asyncio.gather(*tasks)
    print(f'arrival indexes: {indexes}')
    print(barrier.parties, barrier.n_waiting, barrier.broken)


asyncio.run(main_barrier())

print('--- example of a barrier wait with a timeout')


async def main_barrier_timeout():
    barrier = asyncio.Barrier(3)
    slow = asyncio.create_task(worker(barrier, 0, 0.9))
    try:
        async with asyncio.timeout(0.3 * SCALE):
            await barrier.wait()
    except TimeoutError:
        print('Main gave up waiting on the barrier')
    print(f'broken after timeout: {barrier.broken}, waiting: {barrier.n_waiting}')
    await barrier.reset()
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print('slow worker cancelled')


asyncio.run(main_barrier_timeout())

print('--- example of aborting a barrier')


async def waiter(barrier, number):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print(f'Task {number} saw a broken barrier')


async def main_abort():
    barrier = asyncio.Barrier(4)
    tasks = [asyncio.create_task(waiter(barrier, i)) for i in range(3)]
    await asyncio.sleep(0.1 * SCALE)
    print(f'{barrier.n_waiting} tasks waiting, aborting')
    await barrier.abort()
    await asyncio.gather(*tasks)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(f'main: {type(e).__name__}')
    print(repr(barrier).split(' [')[1])


asyncio.run(main_abort())
