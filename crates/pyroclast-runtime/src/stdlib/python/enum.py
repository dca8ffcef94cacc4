# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, built on a
# metaclass like CPython's.

# Rebound when the class Flag is made; EnumMeta asks it whether a class is a flag.
Flag = None


class auto:
    def __init__(self):
        self.value = None

    # CPython resolves auto() as the class body assigns it (a __prepare__
    # namespace); here the metaclass resolves it, so `A | B` of autos in
    # the body is kept as an expression until then.
    def _resolve(self):
        return self.value

    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    def __ror__(self, other):
        return _AutoOp(lambda a, b: a | b, other, self)

    def __rand__(self, other):
        return _AutoOp(lambda a, b: a & b, other, self)

    def __rxor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, other, self)


class _AutoOp(auto):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def _resolve(self):
        left = self.left._resolve() if isinstance(self.left, auto) else self.left
        right = self.right._resolve() if isinstance(self.right, auto) else self.right
        return self.op(left, right)


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


class EnumType(type):
    def __new__(mcs, name, bases, ns, *, boundary=None, **kwds):
        candidates = [(k, v) for k, v in ns.items() if _is_member_candidate(k, v)]
        cls = super().__new__(mcs, name, bases, ns, **kwds)
        cls._member_map_ = {}
        cls._member_names_ = []
        cls._value2member_map_ = {}
        member_type = _data_type(cls)
        cls._member_type_ = member_type
        is_flag = name == 'Flag' if Flag is None else issubclass(cls, Flag)
        if is_flag:
            cls._boundary_ = boundary or getattr(cls, '_boundary_', None)
            cls._flag_mask_ = 0
            cls._singles_mask_ = 0
            cls._all_bits_ = 0
        if member_type is not object:
            # As CPython's EnumType: where the class would find the mixed-in
            # type's (or object's) repr/str/format, the last enum base's
            # apply, unless the class body defines them.
            first_enum = next((b for b in reversed(bases) if isinstance(b, EnumMeta)), None)
            if first_enum is not None:
                for method in ('__repr__', '__str__', '__format__'):
                    if method not in ns:
                        found = getattr(cls, method)
                        if found in (getattr(member_type, method), getattr(object, method)):
                            setattr(cls, method, getattr(first_enum, method))
        has_init = _defines_before(cls, '__init__', member_type)
        last_values = []
        for key, value in candidates:
            if isinstance(value, _AutoOp):
                value = value._resolve()
            elif isinstance(value, auto):
                value.value = cls._generate_next_value_(key, 1, len(last_values), last_values[:])
                value = value.value
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
            if is_flag:
                cls._flag_mask_ |= member_value
                if _is_single_bit(member_value):
                    cls._singles_mask_ |= member_value
                cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1
            if member_value in cls._value2member_map_:
                member = cls._value2member_map_[member_value]
            else:
                member._name_ = key
                member._value_ = member_value
                member._sort_order_ = len(cls._member_names_)
                if has_init:
                    member.__init__(*args)
                # A flag's multi-bit members are aliases: not iterated.
                if not is_flag or _is_single_bit(member_value):
                    cls._member_names_.append(key)
                cls._value2member_map_[member_value] = member
            cls._member_map_[key] = member
            setattr(cls, key, member)
        if is_flag and Flag is not None:
            # The operators are Flag's even where a mixed-in int has its own.
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in ns:
                    setattr(cls, op, getattr(Flag, op))
            values = [m._value_ for m in cls]
            if values != sorted(values):
                cls._iter_member_ = cls._iter_member_by_def_
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

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            # The functional API: Enum('Color', 'RED GREEN').
            if module is None:
                import sys
                try:
                    module = sys._getframe(1).f_globals['__name__']
                except (AttributeError, ValueError, KeyError):
                    pass
            return cls._create_(value, names, module=module, qualname=qualname,
                                type=type, start=start, boundary=boundary)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        if result is not None:
            raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType


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
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def _bin(num, max_bits=None):
    """bin() in two's complement with a sign bit: _bin(10) == '0b0 1010'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f'{sign} {digits}'


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = list(FlagBoundary)


class Flag(Enum, boundary=STRICT):
    _inverted_ = None
    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """A composite pseudo-member of the members whose bits `value` has."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n'
                                 f'    given {_bin(value, max_bits)}\n'
                                 f'  allowed {_bin(flag_mask, max_bits)}')
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {boundary!r}')
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} [{_bin(unknown)}]')
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError(f'{cls!r}: no members with value {unknown!r}')
            elif unknown:
                pseudo_member._name_ += '|' + cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        # Cached, so equal composites are the same object, as members are.
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'<{cls_name}: {self._value_!r}>'
        return f'<{cls_name}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints: str() and format() are the int's."""

    def __str__(self):
        return str(self._value_)

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
