# A small service class tested with unittest.mock: its HTTP client and
# clock are replaced by Mocks (spec'd after the real classes), module
# functions by patch (decorator, context manager, patch.object, patch.dict
# on os.environ, a patched TestCase class), an async notifier by
# AsyncMock. The tests check calls with assert_called_with/once/any_call,
# call_args_list, call and ANY, and drive failures through side_effect.
# The runner writes to stdout with verbosity 2; its timing line is masked.
import asyncio
import io
import os
import re
import sys
import time
import unittest
from unittest import mock
from unittest.mock import ANY, AsyncMock, MagicMock, Mock, call, patch


class HttpClient:
    def get(self, url, timeout=10):
        raise NotImplementedError('no network in tests')

    def post(self, url, payload):
        raise NotImplementedError('no network in tests')


class Notifier:
    async def send(self, user, text):
        raise NotImplementedError


def default_region():
    return os.environ.get('WEATHER_REGION', 'eu')


class WeatherService:
    """Fetches temperatures, caches them for a minute, alerts on heat."""

    def __init__(self, client, notifier=None, clock=time.monotonic):
        self.client = client
        self.notifier = notifier
        self.clock = clock
        self.cache = {}

    def temperature(self, city):
        now = self.clock()
        hit = self.cache.get(city)
        if hit and now - hit[0] < 60:
            return hit[1]
        url = 'https://api.example/%s/%s' % (default_region(), city)
        try:
            data = self.client.get(url, timeout=5)
        except ConnectionError:
            if hit:
                return hit[1]
            raise
        value = float(data['temp'])
        self.cache[city] = (now, value)
        return value

    def report(self, cities):
        temps = {c: self.temperature(c) for c in cities}
        self.client.post('https://api.example/reports', temps)
        return max(temps, key=temps.get)

    async def alert_hot(self, users, city, limit=30):
        temp = self.temperature(city)
        if temp <= limit:
            return 0
        sent = await asyncio.gather(*(self.notifier.send(u, '%s is %.1f' % (city, temp))
                                      for u in users))
        return sum(1 for ok in sent if ok)


class WeatherServiceTests(unittest.TestCase):
    def setUp(self):
        self.client = Mock(spec=HttpClient)
        self.clock = Mock(return_value=1000.0)
        self.service = WeatherService(self.client, clock=self.clock)

    def test_fetches_and_caches(self):
        self.client.get.return_value = {'temp': '21.5'}
        self.assertEqual(self.service.temperature('oslo'), 21.5)
        self.clock.return_value = 1030.0
        self.assertEqual(self.service.temperature('oslo'), 21.5)
        self.client.get.assert_called_once_with('https://api.example/eu/oslo', timeout=5)
        self.assertEqual(self.clock.call_count, 2)

    def test_cache_expires(self):
        self.client.get.side_effect = [{'temp': 10}, {'temp': 12}]
        self.service.temperature('rome')
        self.clock.return_value = 1061.0
        self.assertEqual(self.service.temperature('rome'), 12.0)
        print('calls:', self.client.get.call_args_list)
        self.assertEqual(self.client.get.call_args_list,
                         [call(ANY, timeout=5)] * 2)

    def test_stale_value_when_offline(self):
        self.client.get.side_effect = [{'temp': 3}, ConnectionError('down'), ConnectionError('down')]
        self.service.temperature('kyiv')
        self.clock.return_value = 2000.0
        self.assertEqual(self.service.temperature('kyiv'), 3.0)
        with self.assertRaises(ConnectionError):
            self.service.temperature('lima')
        self.client.get.assert_any_call('https://api.example/eu/lima', timeout=5)

    def test_spec_rejects_unknown_methods(self):
        with self.assertRaises(AttributeError) as cm:
            self.client.delete('x')
        print('spec:', cm.exception)

    def test_report_posts_all(self):
        temps = {'oslo': 2, 'cairo': 35, 'lima': 18}
        self.client.get.side_effect = lambda url, timeout: {'temp': temps[url.rsplit('/', 1)[1]]}
        self.assertEqual(self.service.report(['oslo', 'cairo', 'lima']), 'cairo')
        self.client.post.assert_called_with('https://api.example/reports',
                                            {'oslo': 2.0, 'cairo': 35.0, 'lima': 18.0})
        print('mock_calls:', self.client.mock_calls[-1])
        self.assertEqual(self.client.method_calls[0], call.get(ANY, timeout=5))

    @patch.dict(os.environ, {'WEATHER_REGION': 'us'})
    def test_region_from_environment(self):
        self.client.get.return_value = {'temp': 70}
        self.service.temperature('boston')
        self.assertEqual(self.client.get.call_args.args, ('https://api.example/us/boston',))
        self.assertEqual(self.client.get.call_args.kwargs, {'timeout': 5})

    @patch(__name__ + '.default_region', return_value='asia')
    def test_patched_function(self, region):
        self.client.get.return_value = {'temp': 30}
        self.service.temperature('tokyo')
        region.assert_called_once_with()
        self.client.get.assert_called_with('https://api.example/asia/tokyo', timeout=5)

    def test_patch_object_and_context_manager(self):
        with patch.object(WeatherService, 'temperature', side_effect=[5.0, 25.0]) as temp:
            self.assertEqual(self.service.report(['a', 'b']), 'b')
        temp.assert_has_calls([call('a'), call('b')])
        self.assertEqual(temp.call_count, 2)
        self.assertNotIsInstance(WeatherService.temperature, Mock)

    def test_failure_messages(self):
        self.client.get.return_value = {'temp': 1}
        self.service.temperature('riga')
        checks = [
            lambda: self.client.get.assert_called_with('https://api.example/eu/riga'),
            lambda: self.client.post.assert_called_once(),
            lambda: self.client.get.assert_not_called(),
            lambda: self.client.get.assert_any_call('elsewhere', timeout=5),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print('AssertionError:', str(e).replace('\n', ' | '))


@patch(__name__ + '.default_region', return_value='moon')
class PatchedClassTests(unittest.TestCase):
    def test_region(self, region):
        self.assertEqual(default_region(), 'moon')

    def test_spec_is_instance(self, region):
        client = Mock(spec=HttpClient)
        client.get.return_value = {'temp': -170}
        WeatherService(client, clock=lambda: 0.0).temperature('crater')
        region.assert_called_once_with()
        self.assertIsInstance(client, HttpClient)
        client.get.assert_called_once_with('https://api.example/moon/crater', timeout=5)


class AlertTests(unittest.IsolatedAsyncioTestCase):
    async def test_alerts_when_hot(self):
        notifier = AsyncMock(spec=Notifier)
        notifier.send.side_effect = [True, False, True]
        service = WeatherService(MagicMock(), notifier, clock=lambda: 0.0)
        service.client.get.return_value = {'temp': 33.25}
        self.assertEqual(await service.alert_hot(['ann', 'bob', 'cy'], 'cairo'), 2)
        notifier.send.assert_awaited_with('cy', 'cairo is 33.2')
        self.assertEqual(notifier.send.await_count, 3)
        notifier.send.assert_any_await('ann', ANY)
        print('awaits:', notifier.send.await_args_list)

    async def test_no_alert_when_mild(self):
        notifier = AsyncMock()
        service = WeatherService(MagicMock(), notifier, clock=lambda: 0.0)
        service.client.get.return_value = {'temp': 12}
        self.assertEqual(await service.alert_hot(['ann'], 'oslo'), 0)
        notifier.send.assert_not_awaited()


class MagicMockTests(unittest.TestCase):
    def test_magic_methods(self):
        cache = MagicMock()
        cache.__getitem__.side_effect = {'a': 1}.__getitem__
        cache.__len__.return_value = 7
        cache.__contains__.return_value = True
        self.assertEqual(cache['a'], 1)
        self.assertEqual(len(cache), 7)
        self.assertIn('zzz', cache)
        with self.assertRaises(KeyError):
            cache['b']
        cache.__iter__.return_value = iter(['x', 'y'])
        self.assertEqual(list(cache), ['x', 'y'])
        with cache as entered:
            self.assertIs(entered, cache.__enter__.return_value)
        cache.__exit__.assert_called_once_with(None, None, None)

    def test_open_is_patched(self):
        opener = mock.mock_open(read_data='city,temp\noslo,2\n')
        with patch('builtins.open', opener):
            with open('weather.csv') as f:
                rows = [line.strip().split(',') for line in f]
        opener.assert_called_once_with('weather.csv')
        self.assertEqual(rows, [['city', 'temp'], ['oslo', '2']])


if __name__ == '__main__':
    out = io.StringIO()
    program = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
    print(re.sub(r'in \d+\.\d+s', 'in T', out.getvalue()))
    sys.exit(not program.result.wasSuccessful())
