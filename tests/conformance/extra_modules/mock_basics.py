# unittest.mock: Mock/MagicMock/AsyncMock call bookkeeping, reprs of calls,
# assertion messages, side effects, spec, wraps, patch (decorator, context
# manager, object, dict, multiple, start/stop), seal, mock_open and
# isinstance of a spec'd mock.
from unittest.mock import *
import unittest.mock
from unittest import mock
print(mock is unittest.mock)
import asyncio
m=AsyncMock()
async def main():
    r = await m(1)
    print(type(r).__name__, type(m.foo).__name__)
    m.assert_awaited_once_with(1)
    print(m.await_count)
asyncio.run(main())
mm = MagicMock()
mm.__len__.return_value = 3
print(len(mm), bool(mm), 5 in mm, list(mm), int(mm))
mm.__getitem__.side_effect = lambda k: k * 2
print(mm[4])
with mm as x:
    print(x is mm.__enter__.return_value)
print(repr(call), call.foo, call().bar(1,a=2), call(1)(2))
m = Mock()
m.a.b(1); m(2); m.c().d(3)
print(m.mock_calls)
print(m.method_calls)
m=Mock(spec=['a']); 
try: m.b
except AttributeError as e: print(e)
m=Mock(spec_set=['a'])
try: m.b=1
except AttributeError as e: print(e)
m=Mock()
try: m.assert_foo()
except AttributeError as e: print(e)
try: len(Mock())
except TypeError as e: print(e)
print(sentinel.foo, DEFAULT, ANY, sentinel.foo is sentinel.foo)
print(repr(Mock(name='x').y.z()).split(' id=')[0])
m=Mock(); m(1,2,a=3); print(m.call_args, m.call_args.args, m.call_args.kwargs, m.call_args == ((1,2),{'a':3}))
for f in [lambda: m.assert_has_calls([call(2)]), lambda: m.assert_called_with(1),
          lambda: m.assert_not_called(), lambda: Mock().assert_called(),
          lambda: m.assert_any_call(5), lambda: Mock(name='q').assert_called_with(1, b=2),
          lambda: m.assert_called_once_with(4)]:
    try: f()
    except AssertionError as e: print('AE:', e)
m.assert_called_once_with(1, 2, a=3)
m = Mock(side_effect=[1, ValueError('boom'), 3])
print(m())
try: m()
except ValueError as e: print('VE', e)
print(m())
try: m()
except StopIteration: print('stop')
m = Mock(return_value=5, **{'x.return_value': 7})
print(m(), m.x())
m.reset_mock()
print(m.call_count, m.called, m())
m = Mock(side_effect=KeyError('k'))
try: m()
except KeyError as e: print('KE', e)
m = Mock(wraps=lambda a: a + 1)
print(m(1), m.call_count)
import json
class C:
    def meth(self): return 'real'
with patch.object(C, 'meth', return_value='fake') as pm:
    print(C().meth(), pm.call_count)
print(C().meth())
@patch('json.dumps')
def f(g):
    g.return_value = '/x'
    return json.dumps(1)
print(f())
d = {'a': 1}
with patch.dict(d, b=2):
    print(sorted(d.items()))
print(d)
p = patch('json.dumps', new=lambda *a: 'NEW')
p.start(); print(json.dumps(1)); p.stop(); print(json.dumps(1) != 'NEW')
mo = mock_open(read_data='line1\nline2\n')
with patch('builtins.open', mo, create=True):
    with open('foo') as fh:
        print(fh.read())
    with open('foo') as fh:
        print(list(fh))
mo.assert_called_with('foo')
m = MagicMock()
m.__eq__.return_value = True
print(m == 3, m != 3)
m2 = MagicMock()
print(m2 == m2, m2 == 1, m2 != 1)
print(str(mm).startswith('<MagicMock'))
pm = PropertyMock(return_value=9)
class D: pass
D.p = pm
print(D().p)
nc = NonCallableMock()
try: nc()
except TypeError as e: print(e)
m = Mock()
m.configure_mock(**{'a.b.return_value': 1, 'c': 2})
print(m.a.b(), m.c)
# isinstance follows spec through the mock's __class__ property.
class Svc:
    def get(self): pass
print(isinstance(Mock(spec=Svc), Svc), isinstance(MagicMock(spec=Svc()), Svc),
      isinstance(Mock(), Svc), Mock(spec=Svc).__class__ is Svc, isinstance(Mock(), Mock))
m = Mock()
m.__class__ = dict
print(isinstance(m, dict), type(m) is dict)
# patch.multiple: DEFAULT values become MagicMocks passed by keyword.
import os
@patch.multiple('os', getcwd=DEFAULT, sep='!')
def f(getcwd):
    getcwd.return_value = '/x'
    return os.getcwd(), os.sep, type(getcwd).__name__
print(f(), os.sep)
with patch.multiple(os, getpid=DEFAULT, getcwd=DEFAULT) as values:
    print(sorted(values), os.getpid is values['getpid'])
try: patch.multiple('os')
except ValueError as e: print(e)
# seal: no new children, existing ones still work.
m = Mock(name='svc')
m.fetch.return_value.status = 200
seal(m)
print(m.fetch().status)
for f in (lambda: m.other, lambda: m.fetch.extra, lambda: m.fetch().body):
    try: f()
    except AttributeError as e: print('AttributeError:', e)
