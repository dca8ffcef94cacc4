# A realistic test module whose run fails, run by unittest.main(): sync and
# async tests with failures, errors, failing subtests, a chained exception,
# a skip, an expected failure and an unexpected success. unittest.main()
# writes dots and letters, one block per problem with its traceback, the
# "Ran N tests" line and FAILED (...) to stderr and exits with status 1.
# The same suite is run first into a StringIO so that the whole report is
# compared too, with its timing and file paths masked.
import asyncio
import io
import os
import re
import sys
import unittest


class Inventory:
    def __init__(self):
        self.stock = {}

    def receive(self, sku, qty):
        self.stock[sku] = self.stock.get(sku, 0) + qty

    def ship(self, sku, qty):
        have = self.stock[sku]
        if qty > have:
            raise ValueError('only %d of %s left' % (have, sku))
        self.stock[sku] = have - qty  # bug: never removes empty entries

    def report(self):
        return ['%s: %d' % item for item in sorted(self.stock.items())]


async def lookup(sku):
    await asyncio.sleep(0)
    return {'A1': 'anvil', 'B2': 'bolt'}[sku]


class InventoryTests(unittest.TestCase):
    def setUp(self):
        self.inv = Inventory()
        self.inv.receive('A1', 5)
        self.inv.receive('B2', 2)

    def test_receive(self):
        self.inv.receive('A1', 1)
        self.assertEqual(self.inv.stock['A1'], 6)

    def test_ship_everything(self):
        self.inv.ship('B2', 2)
        self.assertNotIn('B2', self.inv.stock)

    def test_report(self):
        self.assertEqual(self.inv.report(), ['A1: 5', 'B2: 3', 'C3: 0'])

    def test_ship_unknown(self):
        self.inv.ship('Z9', 1)

    def test_ship_too_many(self):
        with self.assertRaisesRegex(ValueError, 'not enough'):
            self.inv.ship('A1', 10)

    def test_each_sku(self):
        for sku, qty in [('A1', 5), ('B2', 1), ('C3', 0)]:
            with self.subTest(sku=sku):
                self.assertEqual(self.inv.stock.get(sku, 0), qty)

    def test_wrapped_error(self):
        try:
            self.inv.ship('B2', 3)
        except ValueError as e:
            raise RuntimeError('shipping failed') from e

    @unittest.skipIf(sys.platform != 'nowhere', 'needs the warehouse')
    def test_warehouse(self):
        pass

    @unittest.expectedFailure
    def test_negative_stock(self):
        self.inv.receive('A1', -10)
        self.assertGreaterEqual(self.inv.stock['A1'], 0)

    @unittest.expectedFailure
    def test_fixed_already(self):
        self.assertEqual(self.inv.report()[0], 'A1: 5')


class BrokenFixture(unittest.TestCase):
    def setUp(self):
        raise OSError('database unavailable')

    def test_query(self):
        pass


class LookupTests(unittest.IsolatedAsyncioTestCase):
    async def test_known(self):
        self.assertEqual(await lookup('A1'), 'anvil')

    async def test_unknown(self):
        self.assertIsNone(await lookup('C3'))

    async def test_wrong_name(self):
        name = await lookup('B2')
        self.assertEqual(name, 'bolts', 'plural expected')


def report_of(text):
    # Paths are the script's absolute one; CPython's tracebacks also show
    # frames inside asyncio and ^^^ markers, which Pyroclast leaves out
    # (see README), so those lines are dropped too.
    here = os.path.abspath(__file__)
    lines = []
    in_other_file = False
    for line in text.splitlines():
        if line.startswith('  File "'):
            in_other_file = not line.startswith('  File "%s"' % here)
        elif not line.startswith('    '):
            in_other_file = False
        if in_other_file or re.fullmatch(r' *[~^]+ *', line):
            continue
        line = line.replace(here, os.path.basename(here))
        lines.append(re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in T', line))
    return '\n'.join(lines)


if __name__ == '__main__':
    stream = io.StringIO()
    unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream))
    print(report_of(stream.getvalue()))
    unittest.main()
