# source: PEP 342 "Coroutines via Enhanced Generators" (van Rossum, Eby), https://peps.python.org/pep-0342/ : Example 1 (the @consumer decorator), Example 2 (thumbnail_pager/jpeg_writer pipeline), Example 3 (the Trampoline co-routine scheduler with nested calls and return values); and PEP 380 "Syntax for Delegating to a Subgenerator" (Ewing), https://peps.python.org/pep-0380/ : yield from with send/throw/close delegation and generator return values
# adapted: the thumbnail pipeline processes fake image names instead of files; the Trampoline's "echo server" is replaced by coroutines that call each other through the scheduler; Python 2 idioms (.next(), raise StopIteration(value)) become next() and return value.
import collections
import types

print('--- Example 1: the consumer decorator')


def consumer(func):
    def wrapper(*args, **kw):
        gen = func(*args, **kw)
        next(gen)
        return gen
    wrapper.__name__ = func.__name__
    wrapper.__dict__ = func.__dict__
    wrapper.__doc__ = func.__doc__
    return wrapper


print('--- Example 2: thumbnail pager')


@consumer
def thumbnail_pager(pagesize, thumbsize, destination):
    while True:
        page = []
        rows, columns = pagesize // thumbsize
        pending = False
        try:
            for row in range(rows):
                for column in range(columns):
                    thumb = yield
                    page.append(((row, column), thumb))
                    pending = True
        except GeneratorExit:
            # close() was called, so flush any pending output
            if pending:
                destination.send(page)

            # then close the downstream consumer, and exit
            destination.close()
            return
        else:
            # we finished a page full of thumbnails, so send it
            # downstream and keep on looping
            destination.send(page)


@consumer
def jpeg_writer(file_name_format):
    fileno = 1
    try:
        while True:
            page = yield
            print(file_name_format % fileno, [thumb for pos, thumb in page])
            fileno += 1
    except GeneratorExit:
        print('writer closed after', fileno - 1, 'pages')


class Size(tuple):
    def __floordiv__(self, other):
        return (self[0] // other[0], self[1] // other[1])


def write_thumbnails(pagesize, thumbsize, images, output_file):
    pipeline = thumbnail_pager(pagesize, thumbsize, jpeg_writer(output_file))

    for image in images:
        pipeline.send('thumb(%s)' % image)

    pipeline.close()


write_thumbnails(Size((600, 400)), Size((200, 200)),
                 ['img%02d' % n for n in range(1, 9)], 'page%d.jpg')

print('--- Example 3: a trampoline scheduler')


class Trampoline:
    """Manage communications between coroutines"""

    running = False

    def __init__(self):
        self.queue = collections.deque()

    def add(self, coroutine):
        """Request that a coroutine be executed"""
        self.schedule(coroutine)

    def run(self):
        result = None
        self.running = True
        try:
            while self.running and self.queue:
                func = self.queue.popleft()
                result = func()
            return result
        finally:
            self.running = False

    def stop(self):
        self.running = False

    def schedule(self, coroutine, stack=(), val=None, *exc):
        def resume():
            value = val
            try:
                if exc:
                    value = coroutine.throw(value, *exc)
                else:
                    value = coroutine.send(value)
            except StopIteration as e:
                # coroutine finished; pass its return value up
                if stack:
                    self.schedule(stack[0], stack[1], e.value)
                return e.value
            except:
                if stack:
                    # send the error back to the "caller"
                    self.schedule(stack[0], stack[1], *sys_exc_info())
                else:
                    # Nothing left in this pseudothread to
                    # handle it, let it propagate to the
                    # run loop
                    raise

            if isinstance(value, types.GeneratorType):
                # Yielded to a specific coroutine, push the
                # current one on the stack, and call the new
                # one with no args
                self.schedule(value, (coroutine, stack))

            elif stack:
                # Yielded a result, pop the stack and send the
                # value to the caller
                self.schedule(stack[0], stack[1], value)

            # else: this pseudothread has ended

        self.queue.append(resume)


def sys_exc_info():
    import sys
    return sys.exc_info()


def fetch(name, n):
    print(f'  fetch({name!r}, {n}) running')
    if n < 0:
        raise ValueError(f'negative size for {name}')
    # yielding a plain value returns it to the caller
    yield name * n


def length(data):
    # returning (StopIteration) also passes a value back
    return len(data)
    yield


def handler(name, n):
    try:
        data = yield fetch(name, n)
        size = yield length(data)
        print(f'{name}: got {data!r} of length {size}')
    except ValueError as e:
        print(f'{name}: caught {e}')


t = Trampoline()
t.add(handler('ab', 2))
t.add(handler('xyz', 1))
t.add(handler('bad', -1))
t.run()

print('--- PEP 380: yield from')


def accumulate():
    tally = 0
    while True:
        next_value = yield
        if next_value is None:
            return tally
        tally += next_value


def gather_tallies(tallies):
    while True:
        tally = yield from accumulate()
        tallies.append(tally)


tallies = []
acc = gather_tallies(tallies)
next(acc)
for i in range(4):
    acc.send(i)
acc.send(None)
for i in range(5):
    acc.send(i)
acc.send(None)
print(tallies)


def inner():
    try:
        x = yield 'inner ready'
        print('inner got', x)
        yield 'inner second'
    except KeyError as e:
        print('inner handled', repr(e))
        yield 'inner recovered'
    finally:
        print('inner finally')
    return 'inner result'


def outer():
    result = yield from inner()
    print('outer got', result)
    yield 'outer done'


g = outer()
print(next(g))
print(g.send('hello'))
print(g.throw(KeyError('k')))
print(next(g))
g.close()

g = outer()
next(g)
g.close()
print('closed while delegating')


def delegate_to_iterable():
    yield from range(3)
    yield from 'ab'
    return 'finished'


print(list(delegate_to_iterable()))
