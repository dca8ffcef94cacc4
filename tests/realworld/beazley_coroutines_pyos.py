# source: David Beazley, "A Curious Course on Coroutines and Concurrency" (PyCon 2009): coroutine.py/grep pipelines (cofollow.py, copipe.py, cobroadcast.py) and the "pyos" operating system (pyos6.py/pyos8.py: Task, Scheduler, SystemCall GetTid/NewTask/KillTask/WaitTask, trampolining coroutine calls), http://www.dabeaz.com/coroutines/
# adapted: follow() reads from an in-memory list of log lines instead of tailing a file; pyos has no I/O polling (ReadWait/WriteWait omitted); the trampoline runs inside the scheduler as in pyos8.
from queue import Queue
import types

print('--- coroutine pipelines')


def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start


LOG = ['GET /index.html 200',
       'GET /python/ 200',
       'POST /login 403',
       'GET /python/coroutines.html 200',
       'GET /favicon.ico 404',
       'GET /pythonista 200']


def follow(lines, target):
    for line in lines:
        target.send(line)
    target.close()


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = (yield)
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()


@coroutine
def printer(prefix=''):
    try:
        while True:
            line = (yield)
            print(prefix + line)
    except GeneratorExit:
        print(prefix + '-- closed')


@coroutine
def broadcast(targets):
    try:
        while True:
            item = (yield)
            for target in targets:
                target.send(item)
    except GeneratorExit:
        for target in targets:
            target.close()


follow(LOG, grep('python', printer()))
follow(LOG, broadcast([grep('python', printer('python: ')),
                       grep('404', printer('404: ')),
                       grep('POST', printer('POST: '))]))


@coroutine
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
for v in [10, 30, 5]:
    print('average so far:', avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print('averager returned', e.value)

print('--- pyos: a tiny operating system of coroutines')


class Task(object):
    taskid = 0

    def __init__(self, target):
        Task.taskid += 1
        self.tid = Task.taskid    # Task ID
        self.target = target      # Target coroutine
        self.sendval = None       # Value to send
        self.stack = []           # Call stack

    # Run a task until it hits the next yield statement
    def run(self):
        while True:
            try:
                result = self.target.send(self.sendval)
                if isinstance(result, SystemCall):
                    return result
                if isinstance(result, types.GeneratorType):
                    self.stack.append(self.target)
                    self.sendval = None
                    self.target = result
                else:
                    if not self.stack:
                        return
                    self.sendval = result
                    self.target = self.stack.pop()
            except StopIteration:
                if not self.stack:
                    raise
                self.sendval = None
                self.target = self.stack.pop()


class Scheduler(object):
    def __init__(self):
        self.ready = Queue()
        self.taskmap = {}
        # Tasks waiting for other tasks to exit
        self.exit_waiting = {}

    def new(self, target):
        newtask = Task(target)
        self.taskmap[newtask.tid] = newtask
        self.schedule(newtask)
        return newtask.tid

    def exit(self, task):
        print('Task %d terminated' % task.tid)
        del self.taskmap[task.tid]
        # Notify other tasks waiting for exit
        for task in self.exit_waiting.pop(task.tid, []):
            self.schedule(task)

    def waitforexit(self, task, waittid):
        if waittid in self.taskmap:
            self.exit_waiting.setdefault(waittid, []).append(task)
            return True
        else:
            return False

    def schedule(self, task):
        self.ready.put(task)

    def mainloop(self):
        while self.taskmap:
            task = self.ready.get()
            try:
                result = task.run()
                if isinstance(result, SystemCall):
                    result.task = task
                    result.sched = self
                    result.handle()
                    continue
            except StopIteration:
                self.exit(task)
                continue
            self.schedule(task)


class SystemCall(object):
    def handle(self):
        pass


class GetTid(SystemCall):
    def handle(self):
        self.task.sendval = self.task.tid
        self.sched.schedule(self.task)


class NewTask(SystemCall):
    def __init__(self, target):
        self.target = target

    def handle(self):
        tid = self.sched.new(self.target)
        self.task.sendval = tid
        self.sched.schedule(self.task)


class KillTask(SystemCall):
    def __init__(self, tid):
        self.tid = tid

    def handle(self):
        task = self.sched.taskmap.get(self.tid, None)
        if task:
            task.target.close()
            self.task.sendval = True
        else:
            self.task.sendval = False
        self.sched.schedule(self.task)


class WaitTask(SystemCall):
    def __init__(self, tid):
        self.tid = tid

    def handle(self):
        result = self.sched.waitforexit(self.task, self.tid)
        self.task.sendval = result
        # If waiting for a non-existent task,
        # return immediately without waiting
        if not result:
            self.sched.schedule(self.task)


def foo():
    mytid = yield GetTid()
    while True:
        print("I'm foo", mytid)
        yield


def bar():
    mytid = yield GetTid()
    for i in range(3):
        print("I'm bar", mytid)
        yield


def main():
    child = yield NewTask(foo())
    print('Waiting for child')
    for i in range(3):
        yield
    killed = yield KillTask(child)
    print('Child killed:', killed)
    waiter = yield NewTask(bar())
    done = yield WaitTask(waiter)
    print('Child done', done)
    again = yield WaitTask(waiter)
    print('Waiting on a finished task returns', again)


sched = Scheduler()
sched.new(main())
sched.mainloop()

print('--- pyos8: trampolining subroutine calls')


def add(x, y):
    yield x + y


def main_trampoline():
    mytid = yield GetTid()
    r = yield add(2, 2)
    print('task', mytid, 'got', r)
    total = 0
    for n in range(3):
        total = yield add(total, n)
    print('task', mytid, 'total', total)
    yield


sched = Scheduler()
sched.new(main_trampoline())
sched.new(bar())
sched.mainloop()
