# typing: enough for annotations and module-level subscripting. Special
# forms and generic aliases subscript to themselves.

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join([_type_repr(t) for t in obj]) + ']'
    if isinstance(obj, tuple) and len(obj) == 0:
        return '()'
    return repr(obj)


class _GenericAlias:
    def __init__(self, form, params):
        self.__origin__ = form.__origin__
        self._form = form
        self.__args__ = params

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        return self._form(*args, **kwargs)

    def __repr__(self):
        args = self.__args__
        if self._form._name == 'Union':
            none_type = type(None)
            if len(args) == 2 and (args[0] is none_type or args[1] is none_type):
                other = args[1] if args[0] is none_type else args[0]
                return 'typing.Optional[' + _type_repr(other) + ']'
        if len(args) == 0:
            return 'typing.' + self._form._name + '[()]'
        return 'typing.' + self._form._name + '[' + ', '.join([_type_repr(a) for a in args]) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._form is other._form and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._form._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (object,)


def _union_args(params):
    out = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p._form is Union:
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in out:
                out.append(item)
    return tuple(out)


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return Union[params[0], None]
        if self._name == 'Union':
            args = _union_args(params)
            if len(args) == 1:
                return args[0]
            return _GenericAlias(self, args)
        return _GenericAlias(self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is not None:
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __repr__(self):
        return 'typing.' + self._name

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (object,)


Any = _SpecialForm('Any')
Optional = _SpecialForm('Optional')
Union = _SpecialForm('Union')
Callable = _SpecialForm('Callable')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
LiteralString = _SpecialForm('LiteralString')
Unpack = _SpecialForm('Unpack')

List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
DefaultDict = _SpecialForm('DefaultDict')
OrderedDict = _SpecialForm('OrderedDict')
Counter = _SpecialForm('Counter')
Deque = _SpecialForm('Deque')
ChainMap = _SpecialForm('ChainMap')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Reversible = _SpecialForm('Reversible')
Collection = _SpecialForm('Collection')
Container = _SpecialForm('Container')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
ItemsView = _SpecialForm('ItemsView')
KeysView = _SpecialForm('KeysView')
ValuesView = _SpecialForm('ValuesView')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterable = _SpecialForm('AsyncIterable')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncGenerator = _SpecialForm('AsyncGenerator')
ContextManager = _SpecialForm('ContextManager')
AsyncContextManager = _SpecialForm('AsyncContextManager')
Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsIndex = _SpecialForm('SupportsIndex')
SupportsRound = _SpecialForm('SupportsRound')
Text = str
AnyStr = _SpecialForm('AnyStr')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = Any
        self.kwargs = Any

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class Generic:
    @classmethod
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable")


def reveal_type(obj):
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    def __new__(mcs, name, bases, ns):
        if not bases:
            return super().__new__(mcs, name, bases, ns)
        from collections import namedtuple
        annotations = ns.get('__annotations__', {})
        fields = list(annotations)
        defaults = [ns[f] for f in fields if f in ns]
        nt = namedtuple(name, fields, defaults=defaults)
        for key, value in ns.items():
            if key not in fields and key not in ('__annotations__', '__module__', '__qualname__'):
                setattr(nt, key, value)
        nt.__annotations__ = dict(annotations)
        return nt

    def __call__(cls, typename, fields=None, **kwargs):
        from collections import namedtuple
        if fields is None:
            fields = list(kwargs.items())
        return namedtuple(typename, [f[0] for f in fields])


class NamedTuple(metaclass=_NamedTupleMeta):
    pass


def TypedDict(typename, fields=None, total=True, **kwargs):
    return dict
