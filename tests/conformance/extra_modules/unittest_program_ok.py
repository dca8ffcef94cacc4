# A realistic test module run by unittest.main(): a small shopping-cart
# class and an async price fetcher, tested with sync and async TestCases,
# module and class fixtures, cleanups, subtests, skips and an expected
# failure. Every test passes, so unittest.main() exits with status 0; the
# report goes to stderr (only the exit status is compared, its timing line
# varies).
import asyncio
import unittest

events = []


class Cart:
    def __init__(self, prices):
        self.prices = dict(prices)
        self.items = {}

    def add(self, name, qty=1):
        if name not in self.prices:
            raise KeyError(name)
        if qty <= 0:
            raise ValueError('quantity must be positive, got %d' % qty)
        self.items[name] = self.items.get(name, 0) + qty

    def total(self, discount=0.0):
        gross = sum(self.prices[n] * q for n, q in self.items.items())
        return round(gross * (1 - discount), 2)


async def fetch_price(name, delay=0.001):
    await asyncio.sleep(delay)
    return {'apple': 0.5, 'pear': 0.75}.get(name)


def setUpModule():
    events.append('setUpModule')


def tearDownModule():
    events.append('tearDownModule')
    print('events:', events)


class CartTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.prices = {'apple': 0.5, 'pear': 0.75, 'melon': 2.0}
        events.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        self.cart = Cart(self.prices)
        self.addCleanup(events.append, 'cleanup')

    def test_empty_total(self):
        self.assertEqual(self.cart.total(), 0)

    def test_totals(self):
        self.cart.add('apple', 4)
        self.cart.add('melon')
        for discount, expected in [(0, 4.0), (0.25, 3.0), (0.5, 2.0)]:
            with self.subTest(discount=discount):
                self.assertAlmostEqual(self.cart.total(discount), expected)

    def test_errors(self):
        with self.assertRaises(KeyError):
            self.cart.add('kiwi')
        with self.assertRaisesRegex(ValueError, r'positive, got -\d'):
            self.cart.add('pear', -2)
        self.assertRaises(ValueError, self.cart.add, 'pear', 0)

    def test_containers(self):
        self.cart.add('pear', 2)
        self.assertIn('pear', self.cart.items)
        self.assertNotIn('apple', self.cart.items)
        self.assertDictEqual(self.cart.items, {'pear': 2})
        self.assertCountEqual(self.prices, ['melon', 'pear', 'apple'])
        self.assertIsInstance(self.cart.total(), float)
        self.assertTrue(self.cart.items)
        self.assertIsNone(self.cart.items.get('apple'))
        self.assertGreater(self.cart.total(), 1)
        self.assertRegex('pear x2', r'^\w+ x\d$')

    def test_warns_and_logs(self):
        import logging
        import warnings
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn('old API', DeprecationWarning)
        self.assertEqual(str(cm.warning), 'old API')
        with self.assertWarnsRegex(UserWarning, 'careful'):
            warnings.warn('be careful')
        with self.assertLogs('cart', level='INFO') as logs:
            logging.getLogger('cart').info('added %d items', 3)
            logging.getLogger('cart').warning('low stock')
        self.assertEqual(logs.output, ['INFO:cart:added 3 items', 'WARNING:cart:low stock'])

    @unittest.skip('prices are not localised yet')
    def test_currency(self):
        self.fail('never runs')

    @unittest.skipUnless(hasattr(Cart, 'remove'), 'Cart.remove is not written')
    def test_remove(self):
        self.cart.remove('apple')

    @unittest.expectedFailure
    def test_known_rounding_bug(self):
        self.cart.add('pear', 3)
        self.assertEqual(self.cart.total(1 / 3), 1.5000001)


class FetchTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.cache = {}
        events.append('asyncSetUp')

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    async def test_fetch_one(self):
        self.assertEqual(await fetch_price('apple'), 0.5)

    async def test_fetch_many(self):
        names = ['apple', 'pear', 'grape']
        prices = await asyncio.gather(*(fetch_price(n) for n in names))
        self.assertEqual(prices, [0.5, 0.75, None])

    async def test_timeout(self):
        with self.assertRaises(TimeoutError):
            await asyncio.wait_for(fetch_price('apple', delay=1), 0.01)


if __name__ == '__main__':
    unittest.main()
