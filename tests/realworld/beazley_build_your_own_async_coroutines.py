# source: David Beazley, "Build Your Own Async" (PyCon India 2019 workshop), second half: a coroutine scheduler driven with send(None), an Awaitable "switch", sleep() on a heapq, an awaitable AsyncQueue with close()/QueueClosed, and the Task class that lets callback code and coroutines share one scheduler, https://www.youtube.com/watch?v=Y4Gt3Xjd7G8
# adapted: one "second" is UNIT = 0.03 s; countdown sleeps 4.5 units instead of 4 so that no two printing wake-ups coincide; counts are smaller; the scheduler reports how many coroutine steps it ran.
import heapq
import time
from collections import deque

UNIT = 0.03


class Awaitable:
    def __await__(self):
        yield


def switch():
    return Awaitable()


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.current = None    # Currently executing coroutine
        self.sequence = 0
        self.steps = 0

    async def sleep(self, delay):
        # The current coroutine wants to sleep. How?
        deadline = time.monotonic() + delay * UNIT
        self.sequence += 1
        heapq.heappush(self.sleeping, (deadline, self.sequence, self.current))
        self.current = None   # "Disappear"
        await switch()        # Switch tasks

    def new_task(self, coro):
        self.ready.append(coro)

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                deadline, _, coro = heapq.heappop(self.sleeping)
                delta = deadline - time.monotonic()
                if delta > 0:
                    time.sleep(delta)
                self.ready.append(coro)

            self.current = self.ready.popleft()
            # Drive as a generator
            try:
                self.steps += 1
                self.current.send(None)   # Send to a coroutine
                if self.current:
                    self.ready.append(self.current)
            except StopIteration:
                pass


sched = Scheduler()   # Background scheduler object

print('--- countdown / countup as coroutines')


async def countdown(n):
    while n > 0:
        print('Down', n)
        await sched.sleep(4.5)
        n -= 1


async def countup(stop):
    x = 0
    while x < stop:
        print('Up', x)
        await sched.sleep(1)
        x += 1


sched.new_task(countdown(3))
sched.new_task(countup(9))
sched.run()
print('steps:', sched.steps)

print('--- cooperative switching without sleeping')


async def chatter(name, n):
    for i in range(n):
        print(f'{name} {i}')
        await switch()


sched.new_task(chatter('ping', 3))
sched.new_task(chatter('pong', 2))
sched.run()

print('--- producer / consumer with an awaitable AsyncQueue')


class QueueClosed(Exception):
    pass


class AsyncQueue:
    def __init__(self):
        self.items = deque()
        self.waiting = deque()
        self._closed = False

    def close(self):
        self._closed = True
        if self.waiting and not self.items:
            sched.ready.append(self.waiting.popleft())   # Reschedule waiting tasks

    async def put(self, item):
        if self._closed:
            raise QueueClosed()

        self.items.append(item)
        if self.waiting:
            sched.ready.append(self.waiting.popleft())

    async def get(self):
        while not self.items:
            if self._closed:
                raise QueueClosed()
            self.waiting.append(sched.current)   # Put myself to sleep
            sched.current = None                 # "Disappear"
            await switch()                       # Switch to another task
        return self.items.popleft()


async def producer(q, count):
    for n in range(count):
        print('Producing', n)
        await q.put(n)
        await sched.sleep(1)

    print('Producer done')
    q.close()


async def consumer(q):
    try:
        while True:
            item = await q.get()
            print('Consuming', item)
    except QueueClosed:
        print('Consumer done')


q = AsyncQueue()
sched.new_task(producer(q, 5))
sched.new_task(consumer(q))
sched.run()

print('--- Task: callback-style code and coroutines on one scheduler')


class Task:
    def __init__(self, coro):
        self.coro = coro

    def __call__(self):
        try:
            # Drive the coroutine to the next yield
            sched.current = self
            self.coro.send(None)
            if sched.current:
                sched.ready.append(self)
        except StopIteration:
            pass


class CallbackScheduler(Scheduler):
    # The final version: ready holds plain callables, and a Task is one of them.
    def call_soon(self, func):
        self.ready.append(func)

    def call_later(self, delay, func):
        self.sequence += 1
        deadline = time.monotonic() + delay * UNIT
        heapq.heappush(self.sleeping, (deadline, self.sequence, func))

    async def sleep(self, delay):
        self.call_later(delay, self.current)
        self.current = None
        await switch()

    def new_task(self, coro):
        self.ready.append(Task(coro))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                deadline, _, func = heapq.heappop(self.sleeping)
                delta = deadline - time.monotonic()
                if delta > 0:
                    time.sleep(delta)
                self.ready.append(func)
            while self.ready:
                func = self.ready.popleft()
                func()


sched = CallbackScheduler()


def callback_countdown(n):
    if n > 0:
        print('callback Down', n)
        sched.call_later(2.5, lambda: callback_countdown(n - 1))


async def coroutine_countup(stop):
    for x in range(stop):
        print('coroutine Up', x)
        await sched.sleep(1)


sched.call_soon(lambda: callback_countdown(3))
sched.new_task(coroutine_countup(5))
sched.run()
print('all done')
