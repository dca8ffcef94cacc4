# source: PyMOTW-3, asyncio chapter, "Composing Coroutines with Control Structures" (asyncio_wait.py, asyncio_wait_timeout.py, asyncio_gather.py, asyncio_as_completed.py), https://pymotw.com/3/asyncio/control.html
# adapted: asyncio.wait() no longer takes bare coroutines (Python 3.11), so phases are wrapped in tasks (which also fixes their start order); set results are sorted and pending tasks cancelled in creation order; delays are scaled down (0.05 s steps, gather 0.1/0.05 s, as_completed 0.2 - 0.05*i s); each listing after the first installs a fresh default loop.
import asyncio

print('== asyncio_wait.py')


async def phase(i):
    print('in phase {}'.format(i))
    await asyncio.sleep(0.05 * i)
    print('done with phase {}'.format(i))
    return 'phase {} result'.format(i)


async def main(num_phases):
    print('starting main')
    phases = [
        asyncio.ensure_future(phase(i))
        for i in range(num_phases)
    ]
    print('waiting for phases to complete')
    completed, pending = await asyncio.wait(phases)
    results = sorted(t.result() for t in completed)
    print('results: {!r}'.format(results))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(3))
finally:
    event_loop.close()

print('== asyncio_wait_timeout.py')


async def phase(i):
    print('in phase {}'.format(i))
    try:
        await asyncio.sleep(0.05 * i)
    except asyncio.CancelledError:
        print('phase {} canceled'.format(i))
        raise
    else:
        print('done with phase {}'.format(i))
        return 'phase {} result'.format(i)


async def main(num_phases):
    print('starting main')
    phases = [
        asyncio.ensure_future(phase(i))
        for i in range(num_phases)
    ]
    print('waiting 0.025 for phases to complete')
    completed, pending = await asyncio.wait(phases, timeout=0.025)
    print('{} completed and {} pending'.format(
        len(completed), len(pending),
    ))
    # Cancel remaining tasks so they do not generate errors
    # as we exit without finishing them.
    if pending:
        print('canceling tasks')
        for t in phases:
            if t in pending:
                t.cancel()
    print('exiting main')


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(3))
finally:
    event_loop.close()

print('== asyncio_gather.py')


async def phase1():
    print('in phase1')
    await asyncio.sleep(0.1)
    print('done with phase1')
    return 'phase1 result'


async def phase2():
    print('in phase2')
    await asyncio.sleep(0.05)
    print('done with phase2')
    return 'phase2 result'


async def main():
    print('starting main')
    print('waiting for phases to complete')
    results = await asyncio.gather(
        phase1(),
        phase2(),
    )
    print('results: {!r}'.format(results))


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main())
finally:
    event_loop.close()

print('== asyncio_as_completed.py')


async def phase(i):
    print('in phase {}'.format(i))
    await asyncio.sleep(0.2 - (0.05 * i))
    print('done with phase {}'.format(i))
    return 'phase {} result'.format(i)


async def main(num_phases):
    print('starting main')
    phases = [
        asyncio.ensure_future(phase(i))
        for i in range(num_phases)
    ]
    print('waiting for phases to complete')
    results = []
    for next_to_complete in asyncio.as_completed(phases):
        answer = await next_to_complete
        print('received answer {!r}'.format(answer))
        results.append(answer)
    print('results: {!r}'.format(results))
    return results


asyncio.set_event_loop(asyncio.new_event_loop())
event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(3))
finally:
    event_loop.close()
