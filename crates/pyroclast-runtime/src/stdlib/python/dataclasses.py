# dataclasses: the decorator builds __init__, __repr__, __eq__, ordering,
# __hash__ and frozen __setattr__/__delattr__ from the class annotations.
# The generated methods are closures over the field list rather than code
# compiled from source text.

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return 'dataclasses.InitVar[' + getattr(self.type, '__name__', repr(self.type)) + ']'


_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    form = getattr(tp, '_form', tp)
    return getattr(form, '_name', None) == 'ClassVar'


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith('InitVar') or tp.startswith('dataclasses.InitVar')
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only(tp):
    if isinstance(tp, str):
        return tp == 'KW_ONLY' or tp == 'dataclasses.KW_ONLY'
    return tp is KW_ONLY


def _own_dict(cls):
    return cls.__dict__


def _get_field(cls, name, a_type, default_kw_only):
    ns = _own_dict(cls)
    default = ns[name] if name in ns else MISSING
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type == _FIELD or f._field_type == _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type == _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _missing_message(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, all_fields, frozen, has_post_init):
    std = [f for f in all_fields if f.init and not f.kw_only]
    kw_fields = [f for f in all_fields if f.init and f.kw_only]
    qualname = cls.__qualname__ + '.__init__'
    names = [f.name for f in std] + [f.name for f in kw_fields]
    n_std = len(std)
    n_required = len([f for f in std if f.default is MISSING and f.default_factory is MISSING])

    def __init__(self, *args, **kwargs):
        if len(args) > n_std:
            if n_required == n_std:
                raise TypeError(f'{qualname}() takes {n_std + 1} positional arguments '
                                f'but {len(args) + 1} were given')
            raise TypeError(f'{qualname}() takes from {n_required + 1} to {n_std + 1} '
                            f'positional arguments but {len(args) + 1} were given')
        values = {}
        for i in range(len(args)):
            values[std[i].name] = args[i]
        for key in kwargs:
            if key not in names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
            if key in values:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            values[key] = kwargs[key]
        missing = [f.name for f in std
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            s = '' if len(missing) == 1 else 's'
            raise TypeError(f'{qualname}() missing {len(missing)} required positional '
                            f'argument{s}: {_missing_message(missing)}')
        missing = [f.name for f in kw_fields
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            s = '' if len(missing) == 1 else 's'
            raise TypeError(f'{qualname}() missing {len(missing)} required keyword-only '
                            f'argument{s}: {_missing_message(missing)}')
        init_vars = []
        for f in all_fields:
            if f.name in values:
                value = values[f.name]
            elif not f.init or f.name not in names:
                if f._field_type == _FIELD_INITVAR:
                    if f.default is not MISSING:
                        init_vars.append(f.default)
                    continue
                if f.default_factory is not MISSING:
                    value = f.default_factory()
                elif f.default is not MISSING:
                    value = f.default
                else:
                    continue
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                value = f.default
            if f._field_type == _FIELD_INITVAR:
                init_vars.append(value)
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*init_vars)

    __init__.__qualname__ = qualname
    return __init__


def _field_values(obj, flds):
    return tuple([getattr(obj, f.name) for f in flds])


def _make_repr(cls, flds):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{f.name}={getattr(self, f.name)!r}' for f in flds]
            return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
        finally:
            _repr_running.discard(key)
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    return __repr__


_repr_running = set()


def _make_eq(cls, flds):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, flds) == _field_values(other, flds)
        return NotImplemented
    __eq__.__qualname__ = cls.__qualname__ + '.__eq__'
    return __eq__


def _make_order(cls, flds, name):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, flds) < _field_values(other, flds)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, flds) <= _field_values(other, flds)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, flds) > _field_values(other, flds)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, flds) >= _field_values(other, flds)
        return NotImplemented

    fn = {'__lt__': __lt__, '__le__': __le__, '__gt__': __gt__, '__ge__': __ge__}[name]
    fn.__qualname__ = cls.__qualname__ + '.' + name
    return fn


def _make_hash(cls, flds):
    def __hash__(self):
        return hash(_field_values(self, flds))
    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in _own_dict(cls):
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if b.__dataclass_params__.frozen:
                any_frozen_base = True

    ns = _own_dict(cls)
    annotations = ns['__annotations__'] if '__annotations__' in ns else {}
    own_fields = []
    kw_mode = kw_only
    for name in annotations:
        tp = annotations[name]
        if _is_kw_only(tp):
            kw_mode = True
            continue
        own_fields.append(_get_field(cls, name, tp, kw_mode))
    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(ns[f.name] if f.name in ns else None, Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name in ns:
        value = ns[name]
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, '__dataclass_fields__', all_fields)
    setattr(cls, '__dataclass_params__',
            _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = ns['__hash__'] if '__hash__' in ns else MISSING
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in ns))

    field_list = [f for f in all_fields.values() if f._field_type == _FIELD]
    init_fields = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]

    if init:
        seen_default = False
        for f in init_fields:
            if f.init and not f.kw_only:
                if not (f.default is MISSING and f.default_factory is MISSING):
                    seen_default = True
                elif seen_default:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _make_init(cls, init_fields, frozen, has_post_init))

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _make_repr(cls, flds))

    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _make_eq(cls, flds))

    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        flds = [f for f in field_list if f.compare]
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, name, _make_order(cls, flds, name)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        setter, deleter = _make_frozen(cls, tuple([f.name for f in field_list]))
        if _set_new_attribute(cls, '__setattr__', setter):
            raise TypeError(f'Cannot overwrite attribute __setattr__ in class {cls.__name__}')
        if _set_new_attribute(cls, '__delattr__', deleter):
            raise TypeError(f'Cannot overwrite attribute __delattr__ in class {cls.__name__}')

    hash_flds = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        setattr(cls, '__hash__', _make_hash(cls, hash_flds))
    elif eq and frozen:
        if not has_explicit_hash:
            setattr(cls, '__hash__', _make_hash(cls, hash_flds))
    elif eq:
        if not has_explicit_hash:
            setattr(cls, '__hash__', None)

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple([f.name for f in init_fields if f.init and not f.kw_only]))
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in flds.values() if f._field_type == _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                          for k, v in obj.items()])
    else:
        return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items()])
    else:
        return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only)
