# unittest: TestCase fixtures and cleanups in order, the assert* methods'
# failure messages (diffs of lists, dicts, strings, sets, counts), skips,
# expected failures, subtests, class fixtures, the loader, suites and the
# text runner's progress and summary lines. The runner writes to a
# StringIO; only its timing-free lines and the exception lines of each
# failure (no frames: file paths differ) are printed.
import io
import sys
import unittest

log = []


def show(result, stream):
    text = stream.getvalue()
    lines = text.splitlines()
    # The progress line (dots) or verbose lines, up to the error list.
    for line in lines:
        if not line or line.startswith('=====') or line.startswith('-----'):
            break
        print('progress:', line)
    print('summary:', lines[-1])
    print('run=%d failures=%d errors=%d skipped=%d xfail=%d xpass=%d ok=%s' % (
        result.testsRun, len(result.failures), len(result.errors),
        len(result.skipped), len(result.expectedFailures),
        len(result.unexpectedSuccesses), result.wasSuccessful()))
    for kind, items in (('ERROR', result.errors), ('FAIL', result.failures)):
        for test, tb in items:
            print('%s: %s' % (kind, test))
            for line in tb.splitlines():
                if not (line.startswith('Traceback') or line.startswith('  ')):
                    print('    | ' + line)
    for test, reason in result.skipped:
        print('skipped: %s %r' % (test, reason))
    for line in lines:
        if line.startswith('FAIL:') or line.startswith('ERROR:'):
            print('header:', line)


def run(*classes, verbosity=1, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    show(result, stream)
    return result


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 1')
        self.addCleanup(log.append, 'cleanup 2')

    def tearDown(self):
        log.append('tearDown')

    def test_one(self):
        log.append('test_one')

    def test_two(self):
        log.append('test_two')
        self.assertEqual(1 + 1, 3)


class Messages(unittest.TestCase):
    def test_scalar(self):
        self.assertEqual(1, 2)

    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_list_longer(self):
        self.assertListEqual([1, 2], [1, 2, 3, 4])

    def test_tuple(self):
        self.assertEqual((1, 'a'), (1, 'b'))

    def test_dict(self):
        self.assertEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})

    def test_str_line(self):
        self.assertEqual('hello world', 'hello there')

    def test_str_lines(self):
        self.assertEqual('one\ntwo\nthree\n', 'one\nTwo\nthree\nfour\n')

    def test_set(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})

    def test_count(self):
        self.assertCountEqual([1, 1, 2, 'x'], [1, 2, 2, 'y'])

    def test_count_unhashable(self):
        self.assertCountEqual([[1], [2]], [[2], [3]])

    def test_long_repr(self):
        self.assertEqual('spam' * 30 + 'a', 'spam' * 30 + 'b')

    def test_max_diff(self):
        self.assertEqual(list(range(100)), list(range(1, 101)))

    def test_max_diff_none(self):
        self.maxDiff = None
        self.assertEqual(['alpha', 'beta', 'gamma'], ['alpha', 'betta', 'gamma'])

    def test_msg(self):
        self.assertTrue(0, 'custom message')

    def test_long_message_off(self):
        self.longMessage = False
        self.assertIn(5, [1, 2], 'only this')

    def test_misc(self):
        checks = [
            lambda: self.assertNotEqual(3, 3),
            lambda: self.assertFalse([1]),
            lambda: self.assertIs([], None),
            lambda: self.assertIsNot(None, None),
            lambda: self.assertIsNone(0),
            lambda: self.assertIsNotNone(None),
            lambda: self.assertIn('z', 'abc'),
            lambda: self.assertNotIn(2, (1, 2)),
            lambda: self.assertIsInstance(1, str),
            lambda: self.assertNotIsInstance(1, int),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.25),
            lambda: self.assertNotAlmostEqual(2.0, 2.0000000001),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2),
            lambda: self.assertLess(2, 1),
            lambda: self.assertLessEqual(2, 1),
            lambda: self.assertSequenceEqual('abc', 'abd'),
            lambda: self.assertTupleEqual((1,), [1]),
            lambda: self.assertDictEqual({}, []),
            lambda: self.assertMultiLineEqual('a', 1),
            lambda: self.assertRegex('spam', r'^e.g+s$'),
            lambda: self.assertNotRegex('spam and eggs', r'an?d'),
            lambda: self.fail('failed on purpose'),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print('  assert:', str(e).replace('\n', '\\n'))
            else:
                print('  assert: passed?')

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int('x')
        print('  exception:', repr(cm.exception))
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        with self.assertRaisesRegex(KeyError, r"'k\w+'"):
            {}['key']
        for f in (lambda: self.assertRaises(KeyError, dict),
                  lambda: self.assertRaises(KeyError).__exit__(None, None, None)):
            try:
                f()
            except AssertionError as e:
                print('  assert:', e)
        with self.assertRaises(TypeError) as cm:
            self.assertRaises(1)
        print('  bad arg:', cm.exception)

    def test_raises_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, 'expected text'):
            raise ValueError('other text')

    def test_raises_wrong_type(self):
        with self.assertRaises(KeyError):
            raise IndexError('not a key')


class Outcomes(unittest.TestCase):
    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.skipIf(1 < 2, 'condition true')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(1 < 2, 'never shown')
    def test_skip_unless(self):
        pass

    def test_skip_test(self):
        self.skipTest('from inside')

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_error(self):
        {}['missing']

    def test_chained(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError('while handling') from e

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
        with self.subTest('labelled', x='y'):
            raise OSError('inside subtest')


@unittest.skip('class skipped')
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('no fixture')

    def test_never(self):
        print('never runs')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup after failed setUp')
        raise ValueError('setUp failed')

    def test_x(self):
        pass


def standalone():
    log.append('function test')


print('== fixtures')
run(Fixtures)
print(log)
log.clear()

print('== messages')
run(Messages)

print('== outcomes (verbose)')
run(Outcomes, SkippedClass, BrokenClass, BrokenSetUp, verbosity=2)
print(log)

print('== loader')
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Messages))
suite = loader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [str(t) for t in suite])
print(repr(Fixtures('test_one')), Fixtures('test_one').id())
try:
    Fixtures('test_nope')
except ValueError as e:
    print('ValueError:', e)
ft = unittest.FunctionTestCase(standalone, description='a function')
print(str(ft), ft.shortDescription())
print(unittest.TestSuite([ft]).countTestCases())

print('== failfast')
run(Messages, failfast=True)

print('== main')
stream = io.StringIO()
prog = unittest.main(module=sys.modules[__name__],
                     argv=['prog', 'Fixtures.test_one', 'Outcomes.test_error'],
                     testRunner=unittest.TextTestRunner(stream=stream), exit=False)
print(prog.result, prog.result.wasSuccessful())
print([l for l in stream.getvalue().splitlines() if l[:3] in ('.E', 'FAI', 'OK', 'ERR')])
try:
    unittest.main(argv=['prog', 'Fixtures.test_one'],
                  testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('SystemExit', e.code)
