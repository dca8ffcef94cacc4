# unittest.mock.create_autospec and patch(autospec=True): a class spec's
# calls checked against __init__, its instances' methods (self skipped;
# staticmethods and classmethods not), async methods as AsyncMocks, other
# attributes autospec'd when first used, names outside the spec refused,
# isinstance of the spec, a function's signature, calls matched by what
# they bind to, and the errors for autospec with new or new_callable.
import json, asyncio
from unittest import mock
from unittest.mock import create_autospec, patch, call, ANY, Mock

class Repo:
    kind = 'sql'
    def __init__(self, dsn, *, timeout=5):
        self.dsn = dsn
    def get(self, key, default=None):
        return default
    @staticmethod
    def norm(key):
        return key.lower()
    @classmethod
    def build(cls, cfg):
        return cls(cfg)
    async def fetch(self, key):
        return key

def tryit(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

R = create_autospec(Repo)
tryit('class call ok', lambda: type(R('x', timeout=1)).__name__)
tryit('class call bad', lambda: R())
tryit('class call bad kw', lambda: R('x', bogus=1))
r = R.return_value
tryit('inst get ok', lambda: type(r.get('k')).__name__)
tryit('inst get bad', lambda: r.get())
tryit('inst get too many', lambda: r.get(1, 2, 3))
tryit('inst missing', lambda: r.missing)
tryit('inst not callable', lambda: r())
tryit('static', lambda: type(R.norm('A')).__name__)
tryit('classmethod', lambda: type(R.build({})).__name__)
tryit('class attr', lambda: type(R.kind).__name__)
tryit('isinstance', lambda: isinstance(r, Repo))
r.get('k', default=3)
tryit('assert', lambda: r.get.assert_called_with('k', default=3))
print(R.mock_calls[-1:] if R.mock_calls else R.mock_calls)
def fn(a, b, *args, c, **kw): return a
f = create_autospec(fn, return_value=7)
tryit('fn ok', lambda: f(1, 2, c=3))
tryit('fn bad', lambda: f(1))
tryit('fn called', lambda: f.call_args)
async def am():
    return await r.fetch('z')
tryit('async method', lambda: type(r.fetch).__name__)
with patch('json.dumps', autospec=True) as d:
    d.return_value = 'X'
    tryit('patched ok', lambda: json.dumps({}, indent=2))
    tryit('patched bad', lambda: json.dumps())
tryit('autospec + new', lambda: patch('json.dumps', new=1, autospec=True).start())
tryit('autospec + new_callable', lambda: patch('json.dumps', new_callable=dict, autospec=True))
def fn2(a, b=2, *, c=3): pass
f = create_autospec(fn2)
f(1, b=5)
f.assert_called_with(1, 5)
f.assert_called_once_with(a=1, b=5)
f.assert_any_call(1, 5)
for chk in (lambda: f.assert_called_with(1, 6), lambda: f.assert_called_with(1, 2, 3, 4), lambda: f.assert_any_call(9)):
    try: chk()
    except AssertionError as e: print('AE', e, type(e.__cause__).__name__)
m = Mock(); m(1)
try: m.assert_called_with(2)
except AssertionError as e: print('AE', e, e.__cause__)
class K:
    def meth(self, x, y=0): pass
k = create_autospec(K, instance=True)
k.meth(1, y=2)
k.meth.assert_called_with(1, 2)
print(k.meth.call_args, k.mock_calls)
