# queue: the synchronous FIFO, LIFO and priority queues and SimpleQueue.
#
# Pyroclast runs Python on one thread, so while a call waits on a queue
# nothing can put into it or take from it. A wait with a timeout therefore
# sleeps out its timeout (time passes as in CPython) and then raises Empty
# or Full; a wait without a timeout could never end (CPython would hang
# for good), so it raises RuntimeError at once instead.

from collections import deque
from heapq import heappush, heappop
from time import monotonic as _clock, sleep as _sleep
import types

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Raised by a get() that finds no item in time (get_nowait() at once).'
    __module__ = '_queue'


class Full(Exception):
    'Raised by a put() that finds no room in time (put_nowait() at once).'


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_in_vain(timeout, what, error):
    # Nothing else runs while we wait, so the condition cannot change:
    # wait as long as asked, then fail as the timeout would.
    if timeout is None:
        raise RuntimeError(
            f'{what} would block forever: no other thread can change the '
            f'queue (Pyroclast runs one thread)')
    deadline = _clock() + timeout
    remaining = deadline - _clock()
    if remaining > 0:
        _sleep(remaining)
    raise error


class Queue:
    '''A first-in first-out queue holding at most `maxsize` items (no
    limit when `maxsize` <= 0).'''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Marks one item taken by get() as processed (see join()).'''
        left = self.unfinished_tasks - 1
        if left < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = left

    def join(self):
        '''Returns once every item put has been marked done by task_done().'''
        if self.unfinished_tasks:
            _wait_in_vain(None, 'Queue.join() with unfinished tasks', None)

    def qsize(self):
        '''The number of items in the queue.'''
        return self._qsize()

    def empty(self):
        '''True when the queue holds no item.'''
        return not self._qsize()

    def full(self):
        '''True when the queue holds `maxsize` items.'''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Adds `item`, waiting for room when the queue is full.'''
        if self.maxsize > 0:
            if block and timeout is not None:
                _check_timeout(timeout)
            if self._qsize() >= self.maxsize:
                if not block:
                    raise Full
                _wait_in_vain(timeout, 'Queue.put() on a full queue', Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Takes the next item, waiting for one when the queue is empty.'''
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._qsize():
            if not block:
                raise Empty
            _wait_in_vain(timeout, 'Queue.get() on an empty queue', Empty)
        return self._get()

    def put_nowait(self, item):
        '''Adds `item`, or raises Full when there is no room.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Takes the next item, or raises Empty when there is none.'''
        return self.get(block=False)

    # The storage, which subclasses replace.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    '''A queue that hands out its smallest item first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A last-in first-out queue (a stack).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''An unbounded first-in first-out queue without task tracking.'''
    __module__ = '_queue'

    def __init__(self):
        self._items = deque()

    def put(self, item, block=True, timeout=None):
        '''Adds `item` (never blocks: the queue is unbounded).'''
        self._items.append(item)

    def put_nowait(self, item):
        '''Adds `item` (never blocks: the queue is unbounded).'''
        self._items.append(item)

    def get(self, block=True, timeout=None):
        '''Takes the next item, waiting for one when the queue is empty.'''
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._items:
            if not block:
                raise Empty
            _wait_in_vain(timeout, 'SimpleQueue.get() on an empty queue', Empty)
        return self._items.popleft()

    def get_nowait(self):
        '''Takes the next item, or raises Empty when there is none.'''
        return self.get(False)

    def empty(self):
        '''True when the queue holds no item.'''
        return not self._items

    def qsize(self):
        '''The number of items in the queue.'''
        return len(self._items)

    __class_getitem__ = classmethod(types.GenericAlias)
