# source: https://docs.python.org/3.11/library/asyncio-sync.html (Lock, Event waiter example, Condition, Semaphore, BoundedSemaphore, Barrier example)
# adapted: the 1 s sleep of the Event example is 0.05 s; the snippets without output (Lock, Condition, Semaphore) are completed into small programs; Barrier reprs are printed without their "at 0x..." address.
import asyncio


# --- Lock -------------------------------------------------------------------
balance = 0


async def deposit(lock, name, amount, delay):
    global balance
    async with lock:
        # access shared state
        current = balance
        await asyncio.sleep(delay)
        balance = current + amount
        print(f'{name}: deposited {amount}, balance {balance}')


async def withdraw(lock, amount):
    global balance
    await lock.acquire()
    try:
        print(f'withdraw: locked={lock.locked()}')
        balance -= amount
    finally:
        lock.release()
    print(f'withdraw: took {amount}, balance {balance}, locked={lock.locked()}')


async def lock_example():
    lock = asyncio.Lock()
    await asyncio.gather(deposit(lock, 'a', 10, 0.02),
                         deposit(lock, 'b', 20, 0.01),
                         withdraw(lock, 5))
    print(f'final balance: {balance}')
    try:
        lock.release()
    except RuntimeError as exc:
        print(f'RuntimeError: {exc}')


# --- Event ------------------------------------------------------------------
async def waiter(event):
    print('waiting for it ...')
    await event.wait()
    print('... got it!')


async def event_example():
    # Create an Event object.
    event = asyncio.Event()

    # Spawn a Task to wait until 'event' is set.
    waiter_task = asyncio.create_task(waiter(event))

    # Sleep for 0.05 second and set the event.
    await asyncio.sleep(0.05)
    event.set()

    # Wait until the waiter task is finished.
    await waiter_task
    print(f'is_set: {event.is_set()}')
    event.clear()
    print(f'after clear: {event.is_set()}')


# --- Condition --------------------------------------------------------------
async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f'{name} consumed {item}')


async def condition_example():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(cond, items, f'consumer-{i}'))
                 for i in range(3)]
    await asyncio.sleep(0.01)
    for item in ('spam', 'eggs', 'ham'):
        async with cond:
            items.append(item)
            print(f'produced {item}')
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*consumers)
    try:
        cond.notify()
    except RuntimeError as exc:
        print(f'RuntimeError: {exc}')


# --- Semaphore --------------------------------------------------------------
async def limited(sem, i):
    async with sem:
        print(f'job {i} started (locked={sem.locked()})')
        await asyncio.sleep(0.02 * (i + 1))
    print(f'job {i} done')
    return i * i


async def semaphore_example():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(limited(sem, i) for i in range(5)))
    print(f'results: {results}, locked: {sem.locked()}')

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as exc:
        print(f'ValueError: {exc}')


# --- Barrier ----------------------------------------------------------------
def show(barrier):
    text = repr(barrier)
    print(text[:text.index(' at ')] + text[text.index(' ['):])


async def example_barrier():
    # barrier with 3 parties
    b = asyncio.Barrier(3)

    # create 2 new waiting tasks
    asyncio.create_task(b.wait())
    asyncio.create_task(b.wait())

    await asyncio.sleep(0)
    show(b)

    # The third .wait() call passes the barrier
    await b.wait()
    show(b)
    print("barrier passed")

    await asyncio.sleep(0)
    show(b)


async def barrier_abort():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0.01)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print(f'BrokenBarrierError, broken={b.broken}')


for section in (lock_example, event_example, condition_example,
                semaphore_example, example_barrier, barrier_abort):
    print(f"--- {section.__name__}")
    asyncio.run(section())
