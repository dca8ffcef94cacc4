# source: David Beazley & Brian K. Jones, "Python Cookbook" 3rd ed. (O'Reilly 2013), recipe 12.12 "Using Generators As an Alternative to Threads" (TaskScheduler with countdown/countup) and recipe 12.10 "Defining an Actor Task" (generator actors: printer, counter, ActorScheduler), https://github.com/dabeaz/python-cookbook/tree/master/src/12
# adapted: the recipes' generator tasks are followed by the same ideas written with async def/await (a types.coroutine "yield point" and an async generator actor), driven by the same round-robin schedulers; the actor counter counts from 6 instead of 10000.
import types
from collections import deque

print('--- recipe 12.12: TaskScheduler')


# Two simple generator functions
def countdown(n):
    while n > 0:
        print('T-minus', n)
        yield
        n -= 1
    print('Blastoff!')


def countup(n):
    x = 0
    while x < n:
        print('Counting up', x)
        yield
        x += 1


class TaskScheduler:
    def __init__(self):
        self._task_queue = deque()

    def new_task(self, task):
        '''
        Admit a newly started task to the scheduler
        '''
        self._task_queue.append(task)

    def run(self):
        '''
        Run until there are no more tasks
        '''
        while self._task_queue:
            task = self._task_queue.popleft()
            try:
                # Run until the next yield statement
                next(task)
                self._task_queue.append(task)
            except StopIteration:
                # Generator is no longer executing
                pass


sched = TaskScheduler()
sched.new_task(countdown(10))
sched.new_task(countdown(5))
sched.new_task(countup(15))
sched.run()

print('--- recipe 12.10: ActorScheduler')


class ActorScheduler:
    def __init__(self):
        self._actors = {}           # Mapping of names to actors
        self._msg_queue = deque()   # Message queue

    def new_actor(self, name, actor):
        '''
        Admit a newly started actor to the scheduler and give it a name
        '''
        self._msg_queue.append((actor, None))
        self._actors[name] = actor

    def send(self, name, msg):
        '''
        Send a message to a named actor
        '''
        actor = self._actors.get(name)
        if actor:
            self._msg_queue.append((actor, msg))

    def run(self):
        '''
        Run as long as there are pending messages.
        '''
        while self._msg_queue:
            actor, msg = self._msg_queue.popleft()
            try:
                actor.send(msg)
            except StopIteration:
                pass


def printer():
    while True:
        msg = yield
        print('Got:', msg)


def counter(sched):
    while True:
        # Receive the current count
        n = yield
        if n == 0:
            break
        # Send to the printer task
        sched.send('printer', n)
        # Send the next count to the counter task (recursive)
        sched.send('counter', n - 1)


asched = ActorScheduler()
# Create the initial actors
asched.new_actor('printer', printer())
asched.new_actor('counter', counter(asched))

# Send an initial message to the counter to initiate
asched.send('counter', 6)
asched.run()

print('--- the same TaskScheduler driving async def coroutines')


@types.coroutine
def yield_point():
    yield


async def acountdown(n):
    while n > 0:
        print('async T-minus', n)
        await yield_point()
        n -= 1
    print('async Blastoff!')
    return 'launched'


async def acountup(n):
    for x in range(n):
        print('async Counting up', x)
        await yield_point()
    return x


class CoroutineScheduler(TaskScheduler):
    def __init__(self):
        super().__init__()
        self.results = []

    def run(self):
        while self._task_queue:
            task = self._task_queue.popleft()
            try:
                task.send(None)
                self._task_queue.append(task)
            except StopIteration as e:
                self.results.append((task.__name__, e.value))


csched = CoroutineScheduler()
csched.new_task(acountdown(3))
csched.new_task(acountup(4))
csched.run()
print('results:', csched.results)

print('--- an async generator actor')


async def aprinter():
    count = 0
    while True:
        msg = yield count
        count += 1
        print('async Got:', msg)


async def drive(actor):
    await actor.asend(None)
    for word in ['alpha', 'beta', 'gamma']:
        seen = await actor.asend(word)
        print('messages seen:', seen)
    await actor.aclose()


coro = drive(aprinter())
try:
    coro.send(None)
except StopIteration:
    print('actor closed')
