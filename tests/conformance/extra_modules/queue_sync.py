# queue (synchronous): FIFO, LIFO and priority order, maxsize and Full,
# Empty, timeouts, task_done/join accounting, SimpleQueue, subclasses.
import queue
import time

print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize, q.unfinished_tasks)
print([q.get() for _ in range(5)], q.empty())

lifo = queue.LifoQueue()
for word in ["a", "b", "c"]:
    lifo.put_nowait(word)
print([lifo.get_nowait() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
print(pq.queue)

# Bounded queues: Full when there is no room.
b = queue.Queue(maxsize=2)
b.put(1)
b.put(2, block=False)
print(b.full(), b.qsize())
for attempt in [lambda: b.put_nowait(3), lambda: b.put(3, block=False),
                lambda: b.put(3, timeout=0.01), lambda: b.put(3, True, 0)]:
    try:
        attempt()
    except queue.Full as e:
        print("Full", repr(e))
print(b.get(), b.full())
b.put(3, timeout=0.5)
print(list(b.queue))

# Empty when there is nothing to get.
e = queue.Queue()
for attempt in [e.get_nowait, lambda: e.get(False), lambda: e.get(timeout=0.01),
                lambda: e.get(block=True, timeout=0)]:
    try:
        attempt()
    except queue.Empty as err:
        print("Empty", repr(err), type(err).__module__)

# A timed wait on an empty queue takes its time.
start = time.monotonic()
try:
    e.get(timeout=0.05)
except queue.Empty:
    print("waited", time.monotonic() - start >= 0.04)

# Negative timeouts are rejected.
for attempt in [lambda: e.get(timeout=-1), lambda: b.put(9, timeout=-0.5)]:
    try:
        attempt()
    except ValueError as err:
        print("ValueError:", err)
# ... but not when no wait was asked for or there is no bound.
print(queue.Queue().put(1, timeout=-1), queue.Queue(1).put(1, False, -1))

# task_done and join.
t = queue.Queue()
for job in ["x", "y"]:
    t.put(job)
print(t.unfinished_tasks)
while not t.empty():
    job = t.get()
    t.task_done()
    print("done", job, t.unfinished_tasks)
t.join()
print("joined")
try:
    t.task_done()
except ValueError as err:
    print("ValueError:", err)

# SimpleQueue.
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
s.put(3, block=False, timeout=1)
print(s.qsize(), s.get(), s.get_nowait(), s.get(timeout=0.1), s.empty())
try:
    s.get_nowait()
except queue.Empty:
    print("SimpleQueue empty")
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue timed out")
try:
    s.get(timeout=-1)
except ValueError as err:
    print("ValueError:", err)

# Generic aliases.
print(queue.Queue[int], queue.SimpleQueue[str])

# A subclass replacing the storage hooks.
class Dedup(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        self.seen = set()

    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)

d = Dedup()
for x in [1, 2, 1, 3, 2]:
    d.put(x)
print(d.qsize(), d.unfinished_tasks, [d.get() for _ in range(d.qsize())])

# Priority items that cannot be compared.
bad = queue.PriorityQueue()
bad.put((1, {}))
try:
    bad.put((1, {}))
except TypeError as err:
    print("TypeError:", err)

# A worker loop draining a queue of jobs.
jobs = queue.Queue()
for n in range(1, 6):
    jobs.put(("square", n))
jobs.put(("stop", None))
results = []
while True:
    kind, n = jobs.get()
    jobs.task_done()
    if kind == "stop":
        break
    results.append(n * n)
jobs.join()
print(results, jobs.unfinished_tasks)
