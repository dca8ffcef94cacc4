# enum: Enum, IntEnum, auto and unique, built on a metaclass like CPython's.


class auto:
    def __init__(self):
        self.value = None


def _is_member_candidate(key, value):
    if key.startswith('_'):
        return False
    if isinstance(value, (staticmethod, classmethod, property)):
        return False
    if callable(value) and not isinstance(value, auto):
        return False
    return True


_DATA_TYPES = (int, str, float, tuple, bytes, frozenset)


def _data_type(cls):
    """The builtin type mixed into an enum (`class C(str, Enum)`), or object."""
    for c in cls.__mro__[1:]:
        if c in _DATA_TYPES:
            return c
    return object


def _defines_before(cls, name, stop):
    """True when a class on cls's MRO before `stop` defines `name`."""
    for c in cls.__mro__:
        if c is stop or c is object:
            return False
        if name in c.__dict__:
            return True
    return False


class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        candidates = [(k, v) for k, v in ns.items() if _is_member_candidate(k, v)]
        cls = super().__new__(mcs, name, bases, ns)
        cls._member_map_ = {}
        cls._member_names_ = []
        cls._value2member_map_ = {}
        member_type = _data_type(cls)
        if member_type is not object:
            # As CPython: a mixed-in type's repr/str/format do not replace
            # the enum's own unless the enum class body defines them.
            for method in ('__repr__', '__str__', '__format__'):
                if method not in ns:
                    for c in cls.__mro__[1:]:
                        if c is member_type:
                            break
                        if isinstance(c, EnumMeta) and method in c.__dict__:
                            setattr(cls, method, c.__dict__[method])
                            break
        has_init = _defines_before(cls, '__init__', member_type)
        last_values = []
        for key, value in candidates:
            if isinstance(value, auto):
                value = cls._generate_next_value_(key, 1, len(last_values), last_values[:])
            last_values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if member_type is object:
                member = object.__new__(cls)
                member_value = value
            else:
                member = member_type.__new__(cls, *args)
                member_value = member_type(*args)
            if member_value in cls._value2member_map_:
                member = cls._value2member_map_[member_value]
            else:
                member._name_ = key
                member._value_ = member_value
                if has_init:
                    member.__init__(*args)
                cls._member_names_.append(key)
                cls._value2member_map_[member_value] = member
            cls._member_map_[key] = member
            setattr(cls, key, member)
        return cls

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __call__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)


class Enum(metaclass=EnumMeta):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    @classmethod
    def _missing_(cls, value):
        return None


class ReprEnum(Enum):
    """Changes only repr(); str() and format() stay the mixed-in type's."""


class IntEnum(int, ReprEnum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join([f"{alias} -> {name}" for (alias, name) in duplicates])
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration
