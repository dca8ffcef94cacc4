# logging from asyncio tasks: per-task child loggers and adapters,
# interleaving that follows the scheduling order, failures logged from
# gather(return_exceptions=True), TaskGroup errors, timeouts and a
# producer/consumer pair. The root stays at INFO: at DEBUG CPython's
# asyncio logs its selector choice.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)-7s %(name)s: %(message)s')
log = logging.getLogger('jobs')
log.setLevel(logging.DEBUG)


class ExcLine(logging.Formatter):
    # Traceback frames differ between interpreters; type and text do not.
    def formatException(self, ei):
        return '  %s: %s' % (ei[0].__name__, ei[1])


logging.root.handlers[0].setFormatter(ExcLine('%(levelname)-7s %(name)s: %(message)s'))


class TaskAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (asyncio.current_task().get_name(), msg), kwargs


async def job(n, fail=False):
    jl = log.getChild('job%d' % n)
    jl.debug('start')
    for step in range(3):
        # Job n yields n times per step: the order is the scheduler's alone.
        for _ in range(n):
            await asyncio.sleep(0)
        jl.debug('step %d of 3', step + 1)
    if fail:
        raise ValueError('job %d broke' % n)
    jl.info('finished')
    return n * 10


async def named(n):
    adapter = TaskAdapter(log, {})
    adapter.info('running %d', n)
    await asyncio.sleep(0)
    adapter.info('resumed %d', n)


async def producer(queue, count):
    pl = logging.getLogger('pipe.producer')
    for i in range(count):
        await queue.put(i)
        pl.info('put %d (size %d)', i, queue.qsize())
    await queue.put(None)


async def consumer(queue):
    cl = logging.getLogger('pipe.consumer')
    while (item := await queue.get()) is not None:
        cl.info('got %d', item)
        await asyncio.sleep(0)
    cl.warning('done')


async def main():
    log.info('gather with a failure')
    results = await asyncio.gather(job(1), job(2, fail=True), job(3),
                                   return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            log.error('job failed: %s', r, exc_info=r)
        else:
            log.info('result %d', r)

    await asyncio.gather(*(asyncio.create_task(named(i), name='worker-%d' % i)
                           for i in range(3)))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(4))
            tg.create_task(job(1, fail=True))
    except* ValueError as eg:
        log.exception('task group failed with %d error(s)', len(eg.exceptions))

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        log.warning('timed out', exc_info=True)

    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue, 4), consumer(queue))

    pipe = logging.getLogger('pipe')
    pipe.setLevel(logging.WARNING)
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue, 2), consumer(queue))
    log.critical('all done')


asyncio.run(main())
