# One file of this size because CPython's mock is one module too
# (unittest/mock.py); its classes share private helpers throughout.
# unittest.mock: Mock, MagicMock, AsyncMock, call, ANY, sentinel, patch and
# mock_open, with CPython 3.11's reprs, call bookkeeping and assertion
# messages. A much smaller implementation than CPython's:
#
# - each mock instance gets its own subclass (as in CPython), so magic
#   methods configured on one MagicMock don't leak to others;
# - create_autospec/autospec=True check calls against the originals'
#   signatures and shape attributes after them (methods eagerly, other
#   attributes as spec'd children); assert_called_with/assert_any_call
#   match calls by signature, assert_has_calls by arguments only;
# - spec=Class restricts attributes to dir(Class); isinstance(mock, Class)
#   is True through the __class__ property, as in CPython.

import sys
import functools
import inspect
import pprint

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock',
           'AsyncMock', 'PropertyMock', 'call', 'ANY', 'DEFAULT', 'sentinel',
           'patch', 'mock_open', 'FILTER_DIR', 'seal', 'create_autospec')

FILTER_DIR = True


class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    "A helper object that compares equal to everything."

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'

    __hash__ = object.__hash__


ANY = _ANY()


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % (k, v) for k, v in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _is_async_func(obj):
    return inspect.iscoroutinefunction(obj)


class _Call(tuple):
    """A recorded call: (args, kwargs) or (name, args, kwargs)."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        args = ()
        kwargs = {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = tuple.__getitem__(self, 0), tuple.__getitem__(self, 1)
            return '', args, kwargs
        return (tuple.__getitem__(self, 0), tuple.__getitem__(self, 1),
                tuple.__getitem__(self, 2))

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, '_mock_parent', None) is not None
                and getattr(other, '_mock_parent', None) is not None
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args, other_kwargs = value, {}
            elif isinstance(value, str):
                other_name, other_args, other_kwargs = value, (), {}
            else:
                other_args, other_kwargs = (), value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') and attr in (
                '__deepcopy__', '__copy__', '__reduce_ex__', '__reduce__',
                '__getstate__', '__setstate__', '__length_hint__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self._parts()[1:]
        else:
            name, args, kwargs = self._parts()
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `sublist in calls` finds a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if list(self[i:i + n]) == list(value):
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


# Magic methods MagicMock configures, and their default results.
_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: repr(self),  # object.__str__
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__complex__': lambda self: complex(0, 1),  # 1j, once complex exists
    '__fspath__': lambda self: (type(self).__name__ + '/' +
                                self._extract_mock_name() + '/' +
                                str(id(self))),
}

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__float__': 1.0,
    '__bool__': True, '__index__': 1, '__aexit__': False,
}

_numerics = ('add sub mul matmul truediv floordiv mod lshift rshift and '
             'xor or pow')
_numeric_magics = set()
for _n in _numerics.split():
    _numeric_magics.update(('__%s__' % _n, '__r%s__' % _n, '__i%s__' % _n))

_magics = {
    '__%s__' % _m for _m in (
        'lt le gt ge eq ne getitem setitem delitem len contains iter hash '
        'str sizeof enter exit divmod rdivmod neg pos abs invert complex '
        'int float index round trunc floor ceil bool next fspath '
        'aiter').split()
} | _numeric_magics

_async_magics = {'__aenter__', '__aexit__', '__anext__'}
_all_magics = _magics | _async_magics
_non_defaults = {'__get__', '__set__', '__delete__', '__reversed__',
                 '__missing__', '__reduce__', '__reduce_ex__',
                 '__getinitargs__', '__getnewargs__', '__getstate__',
                 '__setstate__', '__getformat__', '__class_getitem__',
                 '__format__', '__subclasses__', '__dir__', '__copy__',
                 '__deepcopy__'}
_supported_magics = _all_magics | _non_defaults
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__',
                       '__prepare__', '__instancecheck__',
                       '__subclasscheck__', '__del__'}
_allowed_names = {'return_value', '_mock_return_value', 'side_effect',
                  '_mock_side_effect', '_mock_parent', '_mock_new_parent',
                  '_mock_name', '_mock_new_name', 'called', 'call_count',
                  'call_args', 'call_args_list', 'mock_calls'}


def _eq_default(mock):
    def __eq__(other):
        ret = mock.__eq__._mock_return_value
        if ret is not DEFAULT:
            return ret
        if mock is other:
            return True
        return NotImplemented
    return __eq__


def _ne_default(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if mock is other:
            return False
        return NotImplemented
    return __ne__


def _iter_default(mock):
    def __iter__():
        ret = mock.__iter__._mock_return_value
        if ret is DEFAULT:
            return iter([])
        return iter(ret)
    return __iter__


def _aiter_default(mock):
    def __aiter__():
        ret = mock.__aiter__._mock_return_value
        if ret is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(ret))
    return __aiter__


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


_side_effect_defaults = {
    '__eq__': _eq_default, '__ne__': _ne_default,
    '__iter__': _iter_default, '__aiter__': _aiter_default,
}


def _configure_magic(mock, child, name):
    """Gives a fresh magic-method mock its default behaviour."""
    if name in _return_values:
        child.return_value = _return_values[name]
        return
    if name in _calculate_return_value:
        child.return_value = _calculate_return_value[name](mock)
        return
    if name in _side_effect_defaults:
        child.side_effect = _side_effect_defaults[name](mock)


class _MagicProxy:
    """Stands in the mock's own class for one magic method: looking it up
    (or calling it through an operator) gets the child mock."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        child = parent._mock_children.get(self.name)
        if child is None:
            child = parent._get_child_mock(name=self.name, parent=parent,
                                           _new_name=self.name,
                                           _new_parent=parent)
            parent._mock_children[self.name] = child
            _configure_magic(parent, child, self.name)
        return child

    def __get__(self, obj, _type=None):
        return self.create_mock()

    # Some of the interpreter's protocol paths (with, iter, ...) call what
    # the type holds without binding it; the proxy then calls the mock.
    def __call__(self, /, *args, **kwargs):
        return self.create_mock()(*args, **kwargs)


def _get_method(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that can't be called: attributes become child mocks."""

    def __new__(cls, /, *args, **kw):
        # Each instance has its own class, so magic methods set on it (the
        # interpreter looks them up on the type) stay with it.
        new = type(cls.__name__, (cls,), {'__doc__': cls.__doc__,
                                          '__module__': cls.__module__,
                                          '__qualname__': cls.__qualname__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False,
                 **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d['_spec_class'] = None
        d['_mock_methods'] = None
        d['_spec_set'] = None
        d['_spec_asyncs'] = []
        self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        d = self.__dict__
        _spec_class = None
        _spec_asyncs = []
        if spec is not None and not isinstance(spec, list):
            if isinstance(spec, type):
                _spec_class = spec
            else:
                _spec_class = type(spec)
            names = dir(spec)
            for attr in names:
                try:
                    value = getattr(spec, attr)
                except AttributeError:
                    continue
                if _is_async_func(value):
                    _spec_asyncs.append(attr)
            spec = names
        d['_spec_class'] = _spec_class
        d['_spec_set'] = spec_set
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = _spec_asyncs

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        d = mock.__dict__
        d['_mock_parent'] = None
        d['_mock_new_parent'] = None
        d['_mock_name'] = ''
        d['_mock_new_name'] = None
        setattr(self, attribute, mock)

    # Call bookkeeping, stored under _mock_ names as CPython does.
    def _prop(name):
        private = '_mock_' + name

        def getter(self):
            return self.__dict__[private]

        def setter(self, value):
            self.__dict__[private] = value
        return property(getter, setter)

    called = _prop('called')
    call_count = _prop('call_count')
    call_args = _prop('call_args')
    call_args_list = _prop('call_args_list')
    mock_calls = _prop('mock_calls')
    del _prop

    def __get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def __set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if _is_instance_mock(value):
            _adopt(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value)

    def __get_side_effect(self):
        return self._mock_side_effect

    def __set_side_effect(self, value):
        if value is not None and not callable(value) and \
                not _is_exception(value):
            try:
                value = _SideEffectIterator(iter(value))
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_mock_calls'] = _CallList()
        d['_mock_call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value,
                             side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        for arg, val in sorted(kwargs.items(),
                               key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_children'}:
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods
                                      or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert',
                                'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if isinstance(result, _SpecState):
            result = create_autospec(result.spec, result.spec_set,
                                     _parent=result.parent, _name=result.name)
            self._mock_children[name] = result
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        return result

    def _get_class(self):
        spec_class = self.__dict__.get('_spec_class')
        return type(self) if spec_class is None else spec_class

    # isinstance(mock, Spec) is True for a mock made with spec=Spec.
    __class__ = property(_get_class)

    def __setattr__(self, name, value):
        if name in _allowed_names:
            # property setters (return_value, side_effect) go through here
            return object.__setattr__(self, name, value)
        elif name == '__class__':
            self.__dict__['_spec_class'] = value
            return
        elif (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        elif name in _unsupported_magics:
            raise AttributeError(
                'Attempting to set unsupported magic method %r.' % name)
        elif name in _all_magics:
            if self._mock_methods is not None and \
                    name not in self._mock_methods:
                raise AttributeError(
                    'Mock object has no attribute %r' % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                mock = self

                def value(*args, **kw):
                    return original(mock, *args, **kw)
            else:
                # Only the new name: mock_calls track it, method_calls don't.
                _adopt(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name in _non_defaults:
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
            else:
                setattr(type(self), name, value)
        elif _is_instance_mock(value) and _adopt(self, value, name):
            self._mock_children[name] = value
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [n for n, m in self._mock_children.items()
                      if m is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_')]
        return sorted(set(extras + from_type + from_dict + from_child))

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            parent = parent._mock_new_parent
        names = list(reversed(names))
        first = last._mock_name or 'mock'
        if len(names) > 1:
            if names[1] not in ('()', '().'):
                first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string,
                                      spec_string, id(self))

    def _get_child_mock(self, /, **kw):
        _new_name = kw.get('_new_name')
        if _new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        _type = type(self)
        if issubclass(_type, MagicMock) and _new_name in _async_magics:
            klass = AsyncMock
        elif issubclass(_type, AsyncMockMixin):
            if _new_name in _all_magics:
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(_type, CallableMixin):
            if issubclass(_type, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = _type.__mro__[1]
        return klass(**kw)

    # Assertions.
    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, expected, actual)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %s.' % (prefix, _safe_repr(self.mock_calls))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(
                'expected call not found.\nExpected: %s\n  Actual: not called.'
                % expected)
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs)) from cause

    def _call_matcher(self, _call):
        # With a signature (autospec), calls compare by what they bind to:
        # f(1, b=2) matches call(1, 2).
        sig = self.__dict__.get('_spec_signature')
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return _Call((name, bound.args, bound.kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(
                    'Calls not found.\nExpected: %r%s' % (
                        _CallList(calls),
                        self._calls_repr(prefix='  Actual').rstrip('.')))
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, '
                'found %r instead' % (self._mock_name or 'mock',
                                      tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        if not any(expected == self._call_matcher(c)
                   for c in self.call_args_list):
            raise AssertionError('%s call not found' %
                                 self._format_mock_call_signature(
                                     args, kwargs)) from cause


def _adopt(parent, value, name, new_name=None):
    """Makes `value` (a mock without a parent) a child of `parent`, named
    `name` (method_calls) and `new_name` (mock_calls); never its own
    ancestor, which would loop when calls are recorded."""
    if new_name is None:
        new_name = name
    if (value._mock_name or value._mock_new_name
            or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    d = value.__dict__
    if name is not None:
        d['_mock_parent'] = parent
        d['_mock_name'] = name
    d['_mock_new_parent'] = parent
    d['_mock_new_name'] = new_name
    return True


def _is_instance_mock(obj):
    return isinstance(obj, NonCallableMock)


class _SpecState:
    """An attribute of an autospec'd mock, made into a mock when first
    looked up (specs can be deep or cyclic)."""

    def __init__(self, spec, spec_set=False, parent=None, name=None):
        self.spec = spec
        self.spec_set = spec_set
        self.parent = parent
        self.name = name


class _SideEffectIterator:
    """An iterable side effect, consumed one item per call."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.iterator)


class CallableMixin(Base):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state,
                         _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        # An autospec'd mock refuses calls its original could not take.
        sig = self.__dict__.get('_spec_signature')
        if sig is not None:
            sig.bind(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        _call = _Call((args, kwargs), two=True)
        self.call_args = _call
        self.call_args_list.append(_call)

        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))

        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(
                    _Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + '.' + \
                        method_call_name
            parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect) or isinstance(effect,
                                                    _SideEffectIterator):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls are recorded and return `return_value`."""


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        these = _magics | _async_magics
        methods = getattr(self, '_mock_methods', None)
        if methods is not None:
            these = these.intersection(methods)
            for entry in (_magics | _async_magics) - these:
                if entry in type(self).__dict__:
                    delattr(type(self), entry)
        these = these - set(type(self).__dict__)
        _type = type(self)
        for entry in these:
            setattr(_type, entry, _MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that can't be called."""


class MagicMock(MagicMixin, Mock):
    """A Mock with its magic methods configured."""


class AsyncMockMixin(Base):
    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['_mock_await_count'] = 0
        d['_mock_await_args'] = None
        d['_mock_await_args_list'] = _CallList()

    @property
    def await_count(self):
        return self._mock_await_count

    @property
    def await_args(self):
        return self._mock_await_args

    @property
    def await_args_list(self):
        return self._mock_await_args_list

    def _execute_mock_call(self, /, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)
        mock = self

        async def proxy():
            d = mock.__dict__
            d['_mock_await_count'] += 1
            d['_mock_await_args'] = _call
            d['_mock_await_args_list'].append(_call)
            effect = mock.side_effect
            if effect is not None:
                if _is_exception(effect):
                    raise effect
                elif not callable(effect) or isinstance(effect,
                                                        _SideEffectIterator):
                    try:
                        result = next(effect)
                    except StopIteration:
                        raise StopAsyncIteration
                    if _is_exception(result):
                        raise result
                elif _is_async_func(effect):
                    result = await effect(*args, **kwargs)
                else:
                    result = effect(*args, **kwargs)
                if result is not DEFAULT:
                    return result
            if mock._mock_return_value is not DEFAULT:
                return mock.return_value
            if mock._mock_wraps is not None:
                if _is_async_func(mock._mock_wraps):
                    return await mock._mock_wraps(*args, **kwargs)
                return mock._mock_wraps(*args, **kwargs)
            return mock.return_value

        return proxy()

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d['_mock_await_count'] = 0
        d['_mock_await_args'] = None
        d['_mock_await_args_list'] = _CallList()

    def _name(self):
        return self._mock_name or 'mock'

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(
                f"Expected {self._name()} to have been awaited.")

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError(
                f"Expected {self._name()} to have been awaited once."
                f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        if self.await_args != _Call((args, kwargs), two=True):
            expected = self._format_mock_call_signature(args, kwargs)
            actual = self._format_mock_call_signature(*self.await_args)
            raise AssertionError(
                'expected await not found.\nExpected: %s\n  Actual: %s'
                % (expected, actual))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError(
                f"Expected {self._name()} to have been awaited once."
                f" Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if not any(expected == c for c in self.await_args_list):
            raise AssertionError('%s await not found' %
                                 self._format_mock_call_signature(args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        expected = list(calls)
        all_awaits = list(self.await_args_list)
        if not any_order:
            if expected not in _CallList(all_awaits):
                raise AssertionError(
                    f'Awaits not found.\nExpected: {_CallList(calls)}\n'
                    f'Actual: {self.await_args_list}')
            return
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r not all found in await list' % (tuple(not_found),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(
                f"Expected {self._name()} to not have been awaited."
                f" Awaited {self.await_count} times.")


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock whose calls return awaitables."""


class PropertyMock(Mock):
    """A mock to stand for a property on a class."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# patch ------------------------------------------------------------------

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += '.%s' % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


class _patch(object):
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError(
                    "Cannot use 'new' and 'new_callable' together")
        if autospec is not None and new_callable is not None:
            raise ValueError(
                "Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.kwargs = kwargs
        self.autospec = autospec
        self.additional_patchers = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec,
                   self.create, self.spec_set, self.autospec,
                   self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [q.copy() for q in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            extra = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra.append(arg)
                return func(*args, *extra, **keywargs)
            finally:
                info = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*info)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            extra = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra.append(arg)
                return await func(*args, *extra, **keywargs)
            finally:
                info = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*info)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in ('__builtins__',) or (
                not self.create and original is DEFAULT):
            if not self.create and original is DEFAULT:
                raise AttributeError(
                    "%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        original, local = self.get_original()
        if self.autospec is not None and new is not DEFAULT:
            raise TypeError("autospec creates the mock for you. Can't "
                            "specify autospec and new.")
        if self.autospec not in (None, False):
            autospec = original if self.autospec is True else self.autospec
            new = create_autospec(autospec, spec_set=bool(spec_set),
                                  _name=self.attribute, **self.kwargs)
        elif new is DEFAULT:
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
            klass = self.new_callable
            if klass is None:
                if spec is None and _is_async_func(original):
                    klass = AsyncMock
                elif spec is not None or spec_set is not None:
                    probe = spec if spec is not None else spec_set
                    if _is_async_func(probe):
                        klass = AsyncMock
                    elif callable(probe):
                        klass = MagicMock
                    else:
                        klass = NonCallableMagicMock
                else:
                    klass = MagicMock
            _kwargs = {}
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            _kwargs.update(self.kwargs)
            new = klass(**_kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self.target = self.getter()
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if not hasattr(self, 'is_local'):
            return
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in ('__doc__',)):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError(
            f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    """Patches `target` ('package.module.Name') with `new` (a MagicMock by
    default) as a decorator, context manager or with start/stop."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


class _patch_dict(object):
    """Patches a dictionary (or dict-like) for the duration of a test."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                attr_value = getattr(f, attr)
                if attr.startswith(patch.TEST_PREFIX) and \
                        callable(attr_value):
                    decorator = _patch_dict(self.in_dict, self.values,
                                            self.clear)
                    setattr(f, attr, decorator(attr_value))
            return f
        if inspect.iscoroutinefunction(f):
            @functools.wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    for patch in reversed(_patch._active_patches):
        patch.stop()


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        def getter():
            return _importer(target)
    else:
        def getter():
            return target
    if not kwargs:
        raise ValueError(
            'Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    patcher = None
    for attribute, new in items:
        this = _patch(getter, attribute, new, spec, create, spec_set,
                      autospec, new_callable, {})
        this.attribute_name = attribute
        if patcher is None:
            patcher = this
        else:
            patcher.additional_patchers.append(this)
    return patcher


def _signature(spec, skipfirst):
    try:
        sig = inspect.signature(spec)
    except (TypeError, ValueError):
        return None
    if skipfirst:
        params = list(sig.parameters.values())[1:]
        sig = sig.replace(parameters=params)
    return sig


def _skips_self(klass, entry):
    # A plain function found on the class takes self; a staticmethod or
    # classmethod does not.
    for k in klass.__mro__:
        if entry in k.__dict__:
            found = k.__dict__[entry]
            return not isinstance(found, (staticmethod, classmethod))
    return False


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock shaped like `spec`: its attributes are those of spec, and
    calls to it (and to its methods) must match the originals' signatures,
    else TypeError."""
    is_type = isinstance(spec, type)
    if _is_async_func(spec):
        klass = AsyncMock
    elif is_type and instance:
        klass = NonCallableMagicMock
    elif not is_type and not callable(spec):
        klass = NonCallableMagicMock
    else:
        klass = MagicMock
    _kwargs = {'spec_set': spec} if spec_set else {'spec': spec}
    _kwargs.update(kwargs)
    if _parent is not None:
        _kwargs.update(parent=_parent, _new_parent=_parent,
                       _new_name=_name or '')
    mock = klass(name=_name, unsafe=unsafe, **_kwargs)
    if callable(spec) and not (is_type and instance):
        mock.__dict__['_spec_signature'] = _signature(spec, False)
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)
    owner = spec if is_type else type(spec)
    for entry in dir(spec):
        if entry.startswith('__') and entry.endswith('__'):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if not (inspect.isfunction(original) or inspect.ismethod(original)):
            mock._mock_children[entry] = _SpecState(original, spec_set, mock,
                                                    entry)
            continue
        skip = is_type and _skips_self(owner, entry)
        child_kw = {'spec_set': original} if spec_set else {'spec': original}
        child_klass = AsyncMock if _is_async_func(original) else MagicMock
        child = child_klass(parent=mock, name=entry, _new_name=entry,
                            _new_parent=mock, **child_kw)
        child.__dict__['_spec_signature'] = _signature(original, skip)
        mock._mock_children[entry] = child
    return mock


def seal(mock):
    """Disable the automatic creation of child mocks on `mock` and on the
    mocks it made: a new attribute then raises AttributeError."""
    mock.__dict__['_mock_sealed'] = True
    children = list(mock._mock_children.values())
    children.append(mock.__dict__.get('_mock_return_value'))
    for m in children:
        if not isinstance(m, NonCallableMock):
            continue
        if m._mock_new_parent is mock:
            seal(m)


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# mock_open --------------------------------------------------------------

def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing for `open`: the handle's read, readline,
    readlines and iteration serve `read_data`."""
    state = [None, None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if mock is None:
        try:
            spec = open
        except NameError:
            spec = None
        mock = MagicMock(name='open', spec=spec)
    handle = MagicMock()
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    state[0] = _to_stream(read_data)

    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
