# source: Matthew Fowler, "Python Concurrency with asyncio" (Manning 2022), ch. 14 "Advanced asyncio", listings 14.7 (driving a coroutine with send), 14.8/14.9 (CustomFuture with __await__), 14.11 (CustomTask) and 14.12/14.13 (a custom event loop), https://github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio/tree/main/chapter_14
# adapted: the book's event loop waits on selectors for socket events; here it waits on a heap of timers instead (a CustomFuture resolved by "sleep" stands in for accept/recv), and runs on a virtual clock so nothing actually sleeps.
import functools
import heapq
import itertools

print('--- listing 14.7: running a coroutine by hand')


async def say_hello():
    print('Hello!')


async def say_goodbye():
    print('Goodbye!')


async def meet_and_greet():
    await say_hello()
    await say_goodbye()


coro = meet_and_greet()
try:
    coro.send(None)
except StopIteration as si:
    print(f'coroutine finished, value {si.value!r}')

print('--- listing 14.8/14.9: a custom future')


class CustomFuture:

    def __init__(self):
        self._result = None
        self._is_finished = False
        self._done_callback = None

    def result(self):
        return self._result

    def is_finished(self):
        return self._is_finished

    def set_result(self, result):
        self._result = result
        self._is_finished = True
        if self._done_callback:
            self._done_callback(result)

    def add_done_callback(self, fn):
        self._done_callback = fn

    def __await__(self):
        if not self._is_finished:
            yield self
        return self.result()


future = CustomFuture()

i = 0

while True:
    try:
        print('Checking future...')
        gen = future.__await__()
        gen.send(None)
        print('Future is not done...')
        if i == 1:
            print('Setting future value...')
            future.set_result('Finished!')
        i = i + 1
    except StopIteration as si:
        print(f'Value is: {si.value}')
        break




class CustomTask(CustomFuture):

    def __init__(self, coro, loop):
        super(CustomTask, self).__init__()
        self._coro = coro
        self._loop = loop
        self._current_result = None
        self._task_state = None
        loop.register_task(self)

    def step(self):
        try:
            if self._task_state is None:
                self._task_state = self._coro.send(None)
            if isinstance(self._task_state, CustomFuture):
                self._task_state.add_done_callback(self._future_done)
        except StopIteration as si:
            self.set_result(si.value)

    def _future_done(self, result):
        self._current_result = result
        try:
            self._task_state = self._coro.send(self._current_result)
        except StopIteration as si:
            self.set_result(si.value)


print('--- listings 14.11-14.13: a custom task and event loop')


class EventLoop:
    _event_loop = None

    @staticmethod
    def get_event_loop():
        if EventLoop._event_loop is None:
            EventLoop._event_loop = EventLoop()
        return EventLoop._event_loop

    def __init__(self):
        self._tasks_to_run = []
        self._timers = []
        self._counter = itertools.count()
        self.now = 0.0

    def register_task(self, task):
        self._tasks_to_run.append(task)

    def call_later(self, delay, callback):
        heapq.heappush(self._timers, (self.now + delay, next(self._counter), callback))

    def _run_timers(self):
        when, _, callback = heapq.heappop(self._timers)
        self.now = when
        print(f'[t={self.now:g}] Processing timer event...')
        callback()

    def run(self, coro):
        self.current_result = coro.send(None)

        while True:
            try:
                if isinstance(self.current_result, CustomFuture):
                    self.current_result.add_done_callback(
                        self._set_current_result)
                    if self.current_result.result() is not None:
                        self.current_result = coro.send(self.current_result.result())
                else:
                    self.current_result = coro.send(self.current_result)
            except StopIteration as si:
                return si.value

            for task in self._tasks_to_run:
                task.step()

            self._tasks_to_run = [task for task in self._tasks_to_run
                                  if not task.is_finished()]

            if self._timers:
                self._run_timers()

    def _set_current_result(self, result):
        self.current_result = result


def sleep(delay, result):
    future = CustomFuture()
    loop = EventLoop.get_event_loop()
    loop.call_later(delay, functools.partial(future.set_result, result))
    return future


async def read_data(name, delay):
    print(f'{name}: waiting for data...')
    data = await sleep(delay, f'{name}-data')
    print(f'{name}: got {data!r}')
    more = await sleep(delay, f'{name}-more')
    print(f'{name}: got {more!r}')
    return len(data) + len(more)


async def main():
    loop = EventLoop.get_event_loop()
    task_one = CustomTask(read_data('slow', 3), loop)
    task_two = CustomTask(read_data('fast', 1), loop)
    print('main: waiting for a reply')
    reply = await sleep(7.5, 'reply')
    print(f'main: got {reply!r}')
    print(f'task results: {task_one.result()}, {task_two.result()}')
    return 'main done'


event_loop = EventLoop.get_event_loop()
print(event_loop.run(main()))
print(f'finished at virtual time {event_loop.now:g}')
