# Part of asyncio written in Python on top of the Rust core (event loop,
# Future, Task, sleep), following CPython 3.11's asyncio/queues.py, so that
# callbacks and tasks run in CPython's order. All parts share the asyncio
# namespace; while one runs, __name__ is its submodule's name.

_GenericAlias = type(list[int])  # types.GenericAlias, without importing types


class QueueEmpty(Exception):
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    __module__ = 'asyncio.queues'


class Queue(_LoopBoundMixin):
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        else:
            return self.qsize() >= self._maxsize

    # In Rust (stdlib/asyncio/queues.rs), following CPython's code step by
    # step; subclasses' overrides of _put, _get, full... are still called.
    put = _queue_put
    put_nowait = _queue_put_nowait
    get = _queue_get
    get_nowait = _queue_get_nowait

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    def _put(self, item):
        self._queue.append(item)
        self._queue.sort()

    def _get(self):
        return self._queue.pop(0)


_queue_register(Queue, Event)
del _queue_put, _queue_put_nowait, _queue_get, _queue_get_nowait, _queue_register
