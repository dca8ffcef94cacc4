# Part of asyncio written in Python on top of the Rust core (event loop,
# Future, Task, sleep), following CPython 3.11's asyncio/tasks.py, so that
# callbacks and tasks run in CPython's order. All parts share the asyncio
# namespace; while one runs, __name__ is its submodule's name.

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def isfuture(obj):
    return isinstance(obj, (Future, Task))


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, (Future, Task, _GatheringFuture)):
        return coro_or_future
    if loop is None:
        # The running loop, else the current one (made on first use), as
        # CPython's events._get_event_loop.
        loop = get_event_loop()
    if iscoroutine(coro_or_future) or type(coro_or_future).__name__ == 'async_generator_asend':
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(awaitable):
    return await awaitable


def gather(*coros_or_futures, return_exceptions=False):
    loop = get_event_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    arg_to_fut = {}
    children = []
    state = {'nfinished': 0, 'outer': None, 'cancel_requested': False}
    nfuts = 0

    def _done_callback(fut):
        state['nfinished'] += 1
        outer = state['outer']
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['nfinished'] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    msg = f._cancel_message if isinstance(f, (Future, Task)) else None
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if state['cancel_requested']:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        key = id(arg)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            nfuts += 1
            arg_to_fut[key] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[key]
        children.append(fut)
    outer = _GatheringFuture(loop.create_future(), children, state)
    state['outer'] = outer
    return outer


class _GatheringFuture:
    # A gather() result: a future whose cancel() cancels the children.
    def __init__(self, fut, children, state):
        self._fut = fut
        self._children = children
        self._state = state
        self._wrappers = []

    def cancel(self, msg=None):
        if self._fut.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._state['cancel_requested'] = True
        return ret

    def done(self):
        return self._fut.done()

    def cancelled(self):
        return self._fut.cancelled()

    def result(self):
        return self._fut.result()

    def exception(self):
        return self._fut.exception()

    def set_result(self, value):
        self._fut.set_result(value)

    def set_exception(self, exc):
        self._fut.set_exception(exc)

    def add_done_callback(self, cb):
        wrapper = lambda f: cb(self)
        self._wrappers.append((cb, wrapper))
        self._fut.add_done_callback(wrapper)

    def remove_done_callback(self, cb):
        n = 0
        for pair in list(self._wrappers):
            if pair[0] is cb:
                self._wrappers.remove(pair)
                n += self._fut.remove_done_callback(pair[1])
        return n

    def __await__(self):
        return self._fut


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = [ensure_future(f) for f in fs]
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    loop = get_running_loop()
    todo = [ensure_future(f) for f in fs]
    done = Queue()
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    return [_wait_for_one() for _ in range(len(todo))]


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = get_running_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
