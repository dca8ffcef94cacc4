# unittest.IsolatedAsyncioTestCase: setUp/asyncSetUp/test/asyncTearDown/
# tearDown and cleanups (sync and async, last added first) in order, one
# contextvars context shared by all parts of a test, a fresh event loop per
# test, tasks left running cancelled when the test's runner closes, async
# failures and errors, skips, subtests, and async context managers. The
# runner writes to a StringIO; only timing-free lines are printed.
import asyncio
import contextvars
import io
import unittest

log = []
loops = []
request_id = contextvars.ContextVar('request_id', default='none')


class Ordered(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append('setUp')
        request_id.set('set in setUp')

    async def asyncSetUp(self):
        log.append('asyncSetUp sees ' + request_id.get())
        loops.append(asyncio.get_running_loop())
        self.addAsyncCleanup(self.async_cleanup, 'first')
        self.addCleanup(log.append, 'sync cleanup')

    async def async_cleanup(self, label):
        await asyncio.sleep(0)
        log.append('async cleanup ' + label + ' sees ' + request_id.get())

    async def asyncTearDown(self):
        log.append('asyncTearDown')

    def tearDown(self):
        log.append('tearDown')

    async def test_1_awaits(self):
        log.append('test sees ' + request_id.get())
        request_id.set('set in test')
        results = await asyncio.gather(*(asyncio.sleep(0.01 * i, result=i) for i in range(3)))
        self.assertEqual(results, [0, 1, 2])

    async def test_2_leaves_a_task(self):
        async def forever():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                log.append('left-over task cancelled')
                raise
        asyncio.create_task(forever())
        await asyncio.sleep(0)
        log.append('test 2 done')

    def test_3_sync_method(self):
        log.append('sync test method in ' + request_id.get())


class Outcomes(unittest.IsolatedAsyncioTestCase):
    async def test_assert_fails(self):
        value = await asyncio.sleep(0, result={'a': 1})
        self.assertEqual(value, {'a': 2})

    async def test_error_in_task(self):
        async def boom():
            await asyncio.sleep(0)
            raise KeyError('from a task')
        await asyncio.create_task(boom())

    async def test_timeout(self):
        with self.assertRaises(TimeoutError):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)

    async def test_task_group(self):
        async def bad(n):
            await asyncio.sleep(0.01 * n)
            raise ValueError(n)
        with self.assertRaises(ExceptionGroup) as cm:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(bad(1))
                tg.create_task(bad(2))
        print('group:', repr(cm.exception.exceptions))

    @unittest.skip('async skip')
    async def test_skipped(self):
        pass

    async def test_skip_inside(self):
        await asyncio.sleep(0)
        self.skipTest('decided while running')

    @unittest.expectedFailure
    async def test_expected_failure(self):
        await asyncio.sleep(0)
        raise AssertionError('as expected')

    async def test_subtests(self):
        for n in range(3):
            with self.subTest(n=n):
                await asyncio.sleep(0)
                self.assertNotEqual(n, 1)

    async def test_async_context(self):
        class Resource:
            async def __aenter__(self):
                log.append('resource opened')
                return 'resource'

            async def __aexit__(self, *exc):
                log.append('resource closed')
        value = await self.enterAsyncContext(Resource())
        log.append('using ' + value)


class FailingSetUp(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.addAsyncCleanup(self.cleanup)
        raise RuntimeError('asyncSetUp failed')

    async def cleanup(self):
        log.append('cleanup after failed asyncSetUp')

    async def test_never(self):
        log.append('never')


def run(cls):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(cls)
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    for line in stream.getvalue().splitlines():
        if not line or line.startswith('====='):
            break
        print('  ' + line)
    print('  ' + stream.getvalue().splitlines()[-1])
    for kind, items in (('ERROR', result.errors), ('FAIL', result.failures)):
        for test, tb in items:
            first = [l for l in tb.splitlines()
                     if not l.startswith('Traceback') and not l.startswith(' ')][0]
            print('  %s: %s -> %s' % (kind, test, first))
    print('  run=%d ok=%s' % (result.testsRun, result.wasSuccessful()))


print('== ordered')
run(Ordered)
for entry in log:
    print(' ', entry)
print('distinct loops:', len(set(map(id, loops))), 'closed:', [lp.is_closed() for lp in loops])
print('outside, request_id is', request_id.get())
log.clear()

print('== outcomes')
run(Outcomes)
print(log)
log.clear()

print('== failing asyncSetUp')
run(FailingSetUp)
print(log)
