# source: David Beazley, "Build Your Own Async" (PyCon India 2019 workshop), first half: a callback scheduler with call_soon/call_later on a heapq, countdown/countup, and a producer/consumer over a callback-based AsyncQueue with close() and a Result wrapper, https://www.youtube.com/watch?v=Y4Gt3Xjd7G8
# adapted: one "second" is UNIT = 0.01 s; countdown sleeps 4.5 units instead of 4 so that no two printing wake-ups coincide; counts are smaller (countdown(3), countup(9), 6 items); the scheduler also counts the callbacks it ran.
import heapq
import time
from collections import deque

UNIT = 0.01


class Scheduler:
    def __init__(self):
        self.ready = deque()     # Functions ready to execute
        self.sleeping = []       # Sleeping functions
        self.sequence = 0        # Tie-breaker for the heap
        self.calls = 0

    def call_soon(self, func):
        self.ready.append(func)

    def call_later(self, delay, func):
        self.sequence += 1
        deadline = time.monotonic() + delay * UNIT   # Expiration time
        # Priority queue
        heapq.heappush(self.sleeping, (deadline, self.sequence, func))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                # Find nearest deadline
                deadline, _, func = heapq.heappop(self.sleeping)
                delta = deadline - time.monotonic()
                if delta > 0:
                    time.sleep(delta)
                self.ready.append(func)

            while self.ready:
                func = self.ready.popleft()
                self.calls += 1
                func()


sched = Scheduler()   # Behind the scenes scheduler object

print('--- countdown / countup')


def countdown(n):
    if n > 0:
        print('Down', n)
        sched.call_later(4.5, lambda: countdown(n - 1))


def countup(stop):
    def _run(x):
        if x < stop:
            print('Up', x)
            sched.call_later(1, lambda: _run(x + 1))
    _run(0)


sched.call_soon(lambda: countdown(3))
sched.call_soon(lambda: countup(9))
sched.run()
print('callbacks run:', sched.calls)

print('--- producer / consumer with an AsyncQueue')


class QueueClosed(Exception):
    pass


class Result:
    def __init__(self, value=None, exc=None):
        self.value = value
        self.exc = exc

    def result(self):
        if self.exc:
            raise self.exc
        else:
            return self.value


class AsyncQueue:
    def __init__(self):
        self.items = deque()
        self.waiting = deque()   # All getters waiting for data
        self._closed = False     # Can queue be used anymore?

    def close(self):
        self._closed = True
        if self.waiting and not self.items:
            for func in self.waiting:
                sched.call_soon(func)

    def put(self, item):
        if self._closed:
            raise QueueClosed()

        self.items.append(item)
        if self.waiting:
            func = self.waiting.popleft()
            # Do we call it right away?
            # func()  -----> not a good idea as may lead to deep calls, recursion, etc.
            sched.call_soon(func)

    def get(self, callback):
        # Wait until an item is available. Then return it.
        if self.items:
            callback(Result(value=self.items.popleft()))   # Good result
        else:
            # No items available (must wait)
            if self._closed:
                callback(Result(exc=QueueClosed()))   # Error result
            else:
                self.waiting.append(lambda: self.get(callback))


def producer(q, count):
    def _run(n):
        if n < count:
            print('Producing', n)
            q.put(n)
            sched.call_later(1, lambda: _run(n + 1))
        else:
            print('Producer done')
            q.close()   # No more items will be produced
            try:
                q.put('late')
            except QueueClosed:
                print('put() on a closed queue raises QueueClosed')
    _run(0)


def consumer(q, name):
    def _consume(result):
        try:
            item = result.result()
            print(name, 'consuming', item)
            sched.call_soon(lambda: consumer(q, name))
        except QueueClosed:
            print(name, 'consumer done')
    q.get(callback=_consume)


q = AsyncQueue()
sched.call_soon(lambda: producer(q, 6))
sched.call_soon(lambda: consumer(q, 'A'))
sched.call_soon(lambda: consumer(q, 'B'))
sched.run()
print('callbacks run:', sched.calls)
