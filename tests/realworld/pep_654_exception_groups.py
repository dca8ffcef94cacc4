# source: PEP 654 "Exception Groups and except*" (Katriel, Selivanov, van Rossum), https://peps.python.org/pep-0654/ : the ExceptionGroup examples (nested groups, subgroup/split with types and predicates, derive via subclassing, the "leaf_generator" recipe for tracebacks), the except* semantics examples (matching several clauses, naked exceptions wrapped, raising inside except*, unmatched parts re-raised, "except* cannot catch ExceptionGroup"), and the asyncio motivation (errors of concurrent tasks)
# adapted: tracebacks are summarised by the leaf exceptions' line-free descriptions; the asyncio part uses a TaskGroup with tasks that fail after sleep(0).
import asyncio
import traceback

print('--- constructing and inspecting groups')

eg = ExceptionGroup(
    "one",
    [
        TypeError(1),
        ExceptionGroup(
            "two",
             [TypeError(2), ValueError(3)]
        ),
        ExceptionGroup(
             "three",
              [OSError(4)]
        )
    ]
)
print(repr(eg))
print(eg.message, len(eg.exceptions), type(eg).__mro__[1].__name__)
traceback.print_exception(eg, file=__import__('sys').stdout)

type_errors = eg.subgroup(lambda e: isinstance(e, TypeError))
print('subgroup(TypeError predicate):', repr(type_errors))
print('subgroup(ValueError):', repr(eg.subgroup(ValueError)))
print('subgroup(KeyError):', eg.subgroup(KeyError))
match, rest = eg.split((TypeError, OSError))
print('split match:', repr(match))
print('split rest:', repr(rest))
print('subgroup of everything is the group itself:', eg.subgroup(Exception) is eg)

print('--- BaseExceptionGroup picks its class')
print(type(BaseExceptionGroup('x', [ValueError()])).__name__)
print(type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(f'TypeError: {e}')
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(f'ValueError: {e}')

print('--- subclassing and derive()')


class MyExceptionGroup(ExceptionGroup):
    def __new__(cls, message, excs, errcode):
        obj = super().__new__(cls, message, excs)
        obj.errcode = errcode
        return obj

    def derive(self, excs):
        return MyExceptionGroup(self.message, excs, self.errcode)


meg = MyExceptionGroup('eg', [ValueError(1), TypeError(2)], 42)
m, r = meg.split(ValueError)
print(type(m).__name__, m.errcode, repr(m.exceptions))
print(type(r).__name__, r.errcode, repr(r.exceptions))
meg.add_note('a note on the group')
m, r = meg.split(ValueError)
print(m.__notes__, r.__notes__)

print('--- leaf_generator recipe')


def leaf_generator(exc, tbs=None):
    if tbs is None:
        tbs = []

    tbs.append(exc.__traceback__)
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            yield from leaf_generator(e, tbs)
    else:
        # exc is a leaf exception and its traceback
        # is the concatenation of the traceback
        # segments in tbs.
        yield exc, tbs
    tbs.pop()


def raiser():
    try:
        raise ValueError('leaf 1')
    except ValueError as e1:
        try:
            raise TypeError('leaf 2')
        except TypeError as e2:
            raise ExceptionGroup('outer', [e1, ExceptionGroup('inner', [e2])])


try:
    raiser()
except ExceptionGroup as caught:
    for leaf, tbs in leaf_generator(caught):
        frames = [tb for tb in tbs if tb is not None]
        print(repr(leaf), 'traceback segments:', len(frames))

print('--- except* semantics')

try:
    raise ExceptionGroup('msg', [ValueError('a'), TypeError('b'),
                                 TypeError('c'), KeyError('e')])
except* ValueError as e:
    print(f'got some ValueErrors: {e!r}')
except* TypeError as e:
    print(f'got some TypeErrors: {e!r}')
except* Exception as e:
    print(f'got the rest: {e!r}')

try:
    raise BlockingIOError
except* OSError as e:
    # naked exceptions are wrapped in a group
    print(repr(e))

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        print('handled the ValueError')
except ExceptionGroup as e:
    print(f'unhandled part re-raised: {e!r}')

try:
    try:
        raise ExceptionGroup('eg', [ValueError('v'), TypeError('t')])
    except* ValueError:
        raise KeyError('x')
except BaseExceptionGroup as e:
    print(f'raised inside except*: {e!r}')
    print(f'its __context__: {e.exceptions[0].__context__!r}')

try:
    try:
        raise ExceptionGroup('eg', [ValueError('v')])
    except* ValueError as e:
        raise e
except ExceptionGroup as e:
    print(f're-raising the matched group: {e!r}')

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(f'TypeError at runtime: {e}')

print('--- asyncio: errors of concurrent tasks')


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError('bad value')))
            tg.create_task(fail(ConnectionResetError('reset')))
            tg.create_task(fail(ValueError('another')))
    except* ValueError as eg:
        print('value errors:', [str(e) for e in eg.exceptions])
    except* OSError as eg:
        print('os errors:', [type(e).__name__ for e in eg.exceptions])


asyncio.run(main())
