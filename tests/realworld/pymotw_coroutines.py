# source: PyMOTW-3, asyncio chapter, "Cooperative Multitasking with Coroutines" (asyncio_coroutine.py, asyncio_coroutine_return.py, asyncio_coroutine_chain.py), https://pymotw.com/3/asyncio/coroutines.html
# adapted: the three listings run one after another; each later one installs a fresh default loop with set_event_loop(new_event_loop()) because the previous one was closed.
import asyncio

print('== asyncio_coroutine.py')


async def coroutine():
    print('in coroutine')


event_loop = asyncio.get_event_loop()
try:
    print('starting coroutine')
    coro = coroutine()
    print('entering event loop')
    event_loop.run_until_complete(coro)
finally:
    print('closing event loop')
    event_loop.close()

print('== asyncio_coroutine_return.py')


async def coroutine():
    print('in coroutine')
    return 'result'


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    return_value = event_loop.run_until_complete(
        coroutine()
    )
    print('it returned: {!r}'.format(return_value))
finally:
    event_loop.close()

print('== asyncio_coroutine_chain.py')


async def outer():
    print('in outer')
    print('waiting for result1')
    result1 = await phase1()
    print('waiting for result2')
    result2 = await phase2(result1)
    return (result1, result2)


async def phase1():
    print('in phase1')
    return 'result1'


async def phase2(arg):
    print('in phase2')
    return 'result2 derived from {}'.format(arg)


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    return_value = event_loop.run_until_complete(outer())
    print('return value: {!r}'.format(return_value))
finally:
    event_loop.close()

# A closed loop refuses further work.
coro = phase1()
try:
    event_loop.run_until_complete(coro)
except RuntimeError as err:
    print('RuntimeError: {}'.format(err))
    coro.close()
print('loop closed: {}'.format(event_loop.is_closed()))
